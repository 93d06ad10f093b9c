package org.openmint.organization;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
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

/**
 * An organization: its monetization profile (the mint API) and its Edge fields, environments,
 * properties and pods (the core API).
 */
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

    private String displayName;
    @Column(name = "org_type")
    private String type;
    private String createdBy;
    private String lastModifiedBy;

    @ElementCollection
    @CollectionTable(name = "organization_environments", joinColumns = @JoinColumn(name = "org_id"))
    @OrderColumn(name = "position")
    @Column(name = "name")
    private List<String> environments = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "organization_properties", joinColumns = @JoinColumn(name = "org_id"))
    @OrderColumn(name = "position")
    private List<PropertyEmbeddable> properties = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "organization_pods", joinColumns = @JoinColumn(name = "org_id"))
    @OrderColumn(name = "position")
    private List<PodEmbeddable> pods = new ArrayList<>();

    @Version
    private long version;
    private Instant createdAt;
    private Instant updatedAt;

    protected OrganizationEntity() {
    }

    /**
     * A new organization as either API creates it: its Edge fields from {@code edge}, its profile from
     * {@code profile}, created and last changed now by {@code caller}.
     */
    OrganizationEntity(String id, EdgeFields edge, OrganizationProfile profile, String caller, Instant now) {
        this.id = id;
        this.createdAt = now.truncatedTo(ChronoUnit.MILLIS);
        this.createdBy = caller;
        replaceEdgeFields(edge, caller, now);
        replaceProfile(profile, caller, now);
    }

    String id() {
        return id;
    }

    /** Replaces the whole profile with an already validated one. */
    void replaceProfile(OrganizationProfile profile, String caller, Instant now) {
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
        changed(caller, now);
    }

    /** Replaces the Edge fields with already validated ones. */
    void replaceEdgeFields(EdgeFields edge, String caller, Instant now) {
        displayName = edge.displayName();
        type = edge.type();
        environments.clear();
        environments.addAll(edge.environments());
        properties.clear();
        edge.properties().forEach(p -> properties.add(new PropertyEmbeddable(p.name(), p.value())));
        changed(caller, now);
    }

    /** The Edge fields as they are. */
    EdgeFields edgeFields() {
        return new EdgeFields(displayName, type, List.copyOf(environments),
                properties.stream().map(PropertyEmbeddable::toProperty).toList());
    }

    /** The pods the organization is associated with, in the order they were added. */
    List<Pod> pods() {
        return pods.stream().map(PodEmbeddable::toPod).toList();
    }

    /** Associates the organization with a pod it is not yet associated with. */
    void addPod(Pod pod, String caller, Instant now) {
        pods.add(new PodEmbeddable(pod));
        changed(caller, now);
    }

    /** Ends the association with a pod. */
    void removePod(Pod pod, String caller, Instant now) {
        pods.removeIf(row -> row.toPod().equals(pod));
        changed(caller, now);
    }

    /** The organization as the core Edge API shows it, with the reserved properties first. */
    EdgeOrganization toEdge(List<OrganizationProperty> reserved) {
        List<OrganizationProperty> all = new ArrayList<>(reserved);
        properties.forEach(p -> all.add(p.toProperty()));
        return new EdgeOrganization(createdAt.toEpochMilli(), createdBy, displayName, List.copyOf(environments),
                updatedAt.toEpochMilli(), lastModifiedBy, id, new OrganizationProperties(all), type);
    }

    /** Times are kept to the millisecond the core API shows, so that what is answered is what is stored. */
    private void changed(String caller, Instant now) {
        lastModifiedBy = caller;
        updatedAt = now.truncatedTo(ChronoUnit.MILLIS);
    }

    OrganizationProfile toProfile() {
        return new OrganizationProfile(addresses.stream().map(AddressEmbeddable::toAddress).toList(),
                isTrue(approveTrusted), isTrue(approveUntrusted), billingCycle, country, currency, description,
                isTrue(hasBillingAdjustment), isTrue(hasBroker), isTrue(hasSelfBilling),
                isTrue(hasSeparateInvoiceForProduct), id, isTrue(issueNettingStmt), logoUrl, name,
                netPaymentAdviceNote, isTrue(nettingStmtPerCurrency), regNo, isTrue(selfBillingAsExchOrg),
                selfBillingForAllDev, separateInvoiceForFees, status,
                supportedBillingType, taxEngineExternalId, taxModel, taxNexus, taxRegNo, timezone,
                transactionRelayUrl);
    }

    private static boolean isTrue(Boolean flag) {
        return Boolean.TRUE.equals(flag);
    }
}
