package org.openmint.organization;

import java.time.ZoneId;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The monetization organization profile as the mint API shows it (spec §2), embedded in every
 * supported currency, developer, package, product and rate plan. Unset optional text fields are left
 * out; every flag is shown, {@code false} unless set, as in Apigee's payloads.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OrganizationProfile(
        List<Address> address,
        boolean approveTrusted,
        boolean approveUntrusted,
        String billingCycle,
        String country,
        String currency,
        String description,
        boolean hasBillingAdjustment,
        boolean hasBroker,
        boolean hasSelfBilling,
        boolean hasSeparateInvoiceForProduct,
        String id,
        boolean issueNettingStmt,
        String logoUrl,
        String name,
        String netPaymentAdviceNote,
        boolean nettingStmtPerCurrency,
        String regNo,
        boolean selfBillingAsExchOrg,
        boolean selfBillingForAllDev,
        boolean separateInvoiceForFees,
        String status,
        String supportedBillingType,
        String taxEngineExternalId,
        String taxModel,
        String taxNexus,
        String taxRegNo,
        String timezone,
        @JsonProperty("transactionRelayURL") String transactionRelayURL) {

    /** The organization's time zone, in which billing months and plan dates are counted. */
    @JsonIgnore
    public ZoneId zone() {
        return ZoneId.of(timezone, ZoneId.SHORT_IDS);
    }
}
