package org.openmint.organization;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The body of {@code PUT /v1/mint/organizations/{org}}: the whole profile; both spellings of renamed fields. */
record PutOrganizationRequest(
        String id,
        String name,
        String description,
        List<Address> address,
        String country,
        String currency,
        String billingCycle,
        String supportedBillingType,
        String taxModel,
        String timezone,
        String status,
        @JsonAlias("approvedTrusted") Boolean approveTrusted,
        @JsonAlias("approvedUntrusted") Boolean approveUntrusted,
        Boolean hasBillingAdjustment,
        Boolean hasBroker,
        Boolean hasSelfBilling,
        Boolean hasSeparateInvoiceForProduct,
        Boolean issueNettingStmt,
        Boolean nettingStmtPerCurrency,
        Boolean selfBillingAsExchOrg,
        Boolean selfBillingForAllDev,
        Boolean separateInvoiceForFees,
        String regNo,
        String taxRegNo,
        String taxNexus,
        String taxEngineExternalId,
        String logoUrl,
        @JsonProperty("transactionRelayURL") @JsonAlias("transactionalRelayURL") String transactionRelayURL,
        String netPaymentAdviceNote) {

    /** A request with nothing but the name: every other field takes its default. */
    static PutOrganizationRequest named(String name) {
        return new PutOrganizationRequest(null, name, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
