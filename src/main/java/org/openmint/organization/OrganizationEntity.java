package org.openmint.organization;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A monetization organization and its profile. */
@Entity
@Table(name = "organizations")
class OrganizationEntity {

    @Id
    private String id;
    private String name;
    private String description;
    private String country;
    private String currency;
    private String billingCycle;
    private String supportedBillingType;
    private String taxModel;
    private String timezone;
    private String status;
    private Boolean approveTrusted;
    private Boolean approveUntrusted;
    private Boolean hasBillingAdjustment;
    private Boolean hasBroker;
    private Boolean hasSelfBilling;
    private Boolean hasSeparateInvoiceForProduct;
    private Boolean issueNettingStmt;
    private Boolean nettingStmtPerCurrency;
    private Boolean selfBillingAsExchOrg;
    private boolean selfBillingForAllDev;
    private boolean separateInvoiceForFees;
    private String regNo;
    private String taxRegNo;
    private String taxNexus;
    private String taxEngineExternalId;
    private String logoUrl;
    @Column(name = "transaction_relay_url")
    private String transactionRelayUrl;
    private String netPaymentAdviceNote;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "organization_addresses", joinColumns = @JoinColumn(name = "org_id"))
    @OrderColumn(name = "position")
    private List<AddressEmbeddable> addresses = new ArrayList<>();

    @Version
    private long version;
    private Instant createdAt;
    private Instant updatedAt;

    protected OrganizationEntity() {
    }

    OrganizationEntity(String id, Instant now) {
        this.id = id;
        this.createdAt = now;
    }

    /** Replaces the whole profile with an already validated one. */
    void replaceProfile(OrganizationProfile profile, Instant now) {
        name = profile.name();
        description = profile.description();
        country = profile.country();
        currency = profile.currency();
        billingCycle = profile.billingCycle();
        supportedBillingType = profile.supportedBillingType();
        taxModel = profile.taxModel();
        timezone = profile.timezone();
        status = profile.status();
        approveTrusted = profile.approveTrusted();
        approveUntrusted = profile.approveUntrusted();
        hasBillingAdjustment = profile.hasBillingAdjustment();
        hasBroker = profile.hasBroker();
        hasSelfBilling = profile.hasSelfBilling();
        hasSeparateInvoiceForProduct = profile.hasSeparateInvoiceForProduct();
        issueNettingStmt = profile.issueNettingStmt();
        nettingStmtPerCurrency = profile.nettingStmtPerCurrency();
        selfBillingAsExchOrg = profile.selfBillingAsExchOrg();
        selfBillingForAllDev = profile.selfBillingForAllDev();
        separateInvoiceForFees = profile.separateInvoiceForFees();
        regNo = profile.regNo();
        taxRegNo = profile.taxRegNo();
        taxNexus = profile.taxNexus();
        taxEngineExternalId = profile.taxEngineExternalId();
        logoUrl = profile.logoUrl();
        transactionRelayUrl = profile.transactionRelayURL();
        netPaymentAdviceNote = profile.netPaymentAdviceNote();
        addresses.clear();
        profile.address().forEach(a -> addresses.add(AddressEmbeddable.from(a)));
        updatedAt = now;
    }

    OrganizationProfile toProfile() {
        return new OrganizationProfile(addresses.stream().map(AddressEmbeddable::toAddress).toList(),
                approveTrusted, approveUntrusted, billingCycle, country, currency, description,
                hasBillingAdjustment, hasBroker, hasSelfBilling, hasSeparateInvoiceForProduct, id,
                issueNettingStmt, logoUrl, name, netPaymentAdviceNote, nettingStmtPerCurrency, regNo,
                selfBillingAsExchOrg, selfBillingForAllDev, separateInvoiceForFees, status,
                supportedBillingType, taxEngineExternalId, taxModel, taxNexus, taxRegNo, timezone,
                transactionRelayUrl);
    }
}
