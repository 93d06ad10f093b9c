package org.openmint.app;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;
import org.openmint.attribute.Attribute;
import org.openmint.attribute.Attributes;

/** A developer or company app with its attributes, API products and credentials. */
@Entity
@Table(name = "apps")
@IdClass(AppEntity.Key.class)
class AppEntity {

    static final String APPROVED = "approved";
    static final String REVOKED = "revoked";

    @Id
    @Column(name = "org_id")
    private String orgId;
    @Id
    @Column(name = "id")
    private UUID id;
    @Column(name = "developer_id")
    private UUID ownerId;
    @Column(name = "is_company")
    private boolean ownedByCompany;
    private String name;
    private String callbackUrl;
    private String status;
    private String[] scopes;

    @ElementCollection
    @CollectionTable(name = "app_attributes", joinColumns = {
            @JoinColumn(name = "org_id", referencedColumnName = "org_id"),
            @JoinColumn(name = "app_id", referencedColumnName = "id")})
    @OrderColumn(name = "position")
    @BatchSize(size = 100)
    private List<Attribute> attributes = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "app_products", joinColumns = {
            @JoinColumn(name = "org_id", referencedColumnName = "org_id"),
            @JoinColumn(name = "app_id", referencedColumnName = "id")})
    @OrderBy("position")
    @BatchSize(size = 100)
    private List<AppProduct> products = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "app_credentials", joinColumns = {
            @JoinColumn(name = "org_id", referencedColumnName = "org_id"),
            @JoinColumn(name = "app_id", referencedColumnName = "id")})
    @OrderBy("issuedAt")
    @BatchSize(size = 100)
    private List<AppCredential> credentials = new ArrayList<>();

    @Version
    private long version;
    private Instant createdAt;
    private String createdBy;
    private Instant updatedAt;
    private String updatedBy;

    protected AppEntity() {
    }

    /** A new {@code approved} app of this owner with its first credential. */
    AppEntity(String orgId, UUID ownerId, boolean ownedByCompany, String name, List<String> scopes,
            AppCredential credential, Instant now, String user) {
        this.orgId = orgId;
        this.id = UUID.randomUUID();
        this.ownerId = ownerId;
        this.ownedByCompany = ownedByCompany;
        this.name = name;
        this.status = APPROVED;
        this.scopes = scopes.toArray(String[]::new);
        this.credentials.add(credential);
        this.createdAt = now;
        this.createdBy = user;
        this.updatedAt = now;
        this.updatedBy = user;
    }

    /**
     * Replaces the callback URL and attributes, and the API products when given (null keeps them), with
     * already validated values. A product the app keeps keeps its status.
     */
    void replace(String newCallbackUrl, List<Attribute> newAttributes, List<AppProduct> newProducts, Instant now,
            String user) {
        callbackUrl = newCallbackUrl;
        attributes.clear();
        attributes.addAll(newAttributes);
        if (newProducts != null) {
            List<AppProduct> kept = new ArrayList<>();
            for (AppProduct product : newProducts) {
                String productStatus = products.stream()
                        .filter(p -> p.productName().equals(product.productName()))
                        .map(AppProduct::status)
                        .findFirst().orElse(product.status());
                kept.add(new AppProduct(product.productName(), product.position(), productStatus));
            }
            if (!kept.equals(products)) {
                products.clear();
                products.addAll(kept);
            }
        }
        updatedAt = now;
        updatedBy = user;
    }

    /** Replaces the attributes alone with already validated ones. */
    void replaceAttributes(List<Attribute> newAttributes, Instant now, String user) {
        attributes.clear();
        attributes.addAll(newAttributes);
        updatedAt = now;
        updatedBy = user;
    }

    /** Sets the app's status, {@link #APPROVED} or {@link #REVOKED}; its credentials keep theirs, as in Edge. */
    void setStatus(String newStatus, Instant now, String user) {
        status = newStatus;
        updatedAt = now;
        updatedBy = user;
    }

    /** The value of an attribute, or null when it is absent or blank. */
    String attributeOrNull(String attributeName) {
        return Attributes.nonBlankValueOf(attributes, attributeName);
    }

    /** The view the other features get. */
    App toApp() {
        return new App(orgId, id.toString(), name, ownerId.toString(), ownedByCompany,
                products.stream().map(AppProduct::productName).toList());
    }

    String orgId() {
        return orgId;
    }

    UUID id() {
        return id;
    }

    UUID ownerId() {
        return ownerId;
    }

    boolean ownedByCompany() {
        return ownedByCompany;
    }

    String name() {
        return name;
    }

    String callbackUrl() {
        return callbackUrl;
    }

    String status() {
        return status;
    }

    List<String> scopes() {
        return List.of(scopes);
    }

    List<Attribute> attributes() {
        return List.copyOf(attributes);
    }

    List<AppProduct> products() {
        return List.copyOf(products);
    }

    List<AppCredential> credentials() {
        return List.copyOf(credentials);
    }

    Instant createdAt() {
        return createdAt;
    }

    String createdBy() {
        return createdBy;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    String updatedBy() {
        return updatedBy;
    }

    /** The primary key: organization and id. */
    record Key(String orgId, UUID id) implements Serializable {
        Key() {
            this(null, null);
        }
    }
}
