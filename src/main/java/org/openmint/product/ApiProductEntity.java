package org.openmint.product;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.openmint.attribute.Attribute;

/** An API product of an organization, keyed by its name. */
@Entity
@Table(name = "api_products")
@IdClass(ApiProductEntity.Key.class)
class ApiProductEntity {

    @Id
    private String orgId;
    @Id
    private String name;
    private String displayName;
    private String description;
    private String approvalType;
    private String quota;
    private String quotaInterval;
    private String quotaTimeUnit;
    private String[] apiResources;
    private String[] environments;
    private String[] proxies;
    private String[] scopes;
    private String createdBy;
    private String lastModifiedBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "api_product_attributes", joinColumns = {
            @JoinColumn(name = "org_id", referencedColumnName = "orgId"),
            @JoinColumn(name = "product_name", referencedColumnName = "name")})
    @OrderColumn(name = "position")
    private List<Attribute> attributes = new ArrayList<>();

    @Version
    private long version;
    private Instant createdAt;
    private Instant updatedAt;

    protected ApiProductEntity() {
    }

    ApiProductEntity(String orgId, String name, String createdBy, Instant now) {
        this.orgId = orgId;
        this.name = name;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    /** Replaces every field but the name with already validated ones. */
    void replace(ProductFields fields, String modifiedBy, Instant now) {
        displayName = fields.displayName();
        description = fields.description();
        approvalType = fields.approvalType();
        quota = fields.quota();
        quotaInterval = fields.quotaInterval();
        quotaTimeUnit = fields.quotaTimeUnit();
        apiResources = fields.apiResources().toArray(String[]::new);
        environments = fields.environments().toArray(String[]::new);
        proxies = fields.proxies().toArray(String[]::new);
        scopes = fields.scopes().toArray(String[]::new);
        replaceAttributes(fields.attributes(), modifiedBy, now);
    }

    /** Replaces the attributes only. */
    void replaceAttributes(List<Attribute> replacement, String modifiedBy, Instant now) {
        attributes.clear();
        attributes.addAll(replacement);
        touch(modifiedBy, now);
    }

    /** Sets one attribute, adding it when absent. */
    void putAttribute(String attributeName, String value, String modifiedBy, Instant now) {
        List<Attribute> updated = new ArrayList<>(toProduct().attributes());
        int index = indexOf(attributeName);
        if (index >= 0) {
            updated.set(index, new Attribute(attributeName, value));
        } else {
            updated.add(new Attribute(attributeName, value));
        }
        replaceAttributes(updated, modifiedBy, now);
    }

    /** Removes one attribute; false when there is none with that name. */
    boolean removeAttribute(String attributeName, String modifiedBy, Instant now) {
        int index = indexOf(attributeName);
        if (index < 0) {
            return false;
        }
        List<Attribute> updated = new ArrayList<>(toProduct().attributes());
        updated.remove(index);
        replaceAttributes(updated, modifiedBy, now);
        return true;
    }

    private int indexOf(String attributeName) {
        for (int i = 0; i < attributes.size(); i++) {
            if (attributes.get(i).name().equals(attributeName)) {
                return i;
            }
        }
        return -1;
    }

    private void touch(String modifiedBy, Instant now) {
        lastModifiedBy = modifiedBy;
        updatedAt = now;
    }

    String name() {
        return name;
    }

    ApiProduct toProduct() {
        return new ApiProduct(list(apiResources), approvalType,
                attributes.stream().map(a -> new Attribute(a.name(), a.value() == null ? "" : a.value())).toList(),
                createdAt.toEpochMilli(), createdBy, description, displayName, list(environments),
                updatedAt.toEpochMilli(), lastModifiedBy, name, list(proxies), quota, quotaInterval, quotaTimeUnit,
                list(scopes));
    }

    private static List<String> list(String[] values) {
        return values == null ? List.of() : Arrays.asList(values.clone());
    }

    /** The validated fields a create or replace sets. */
    record ProductFields(String displayName, String description, String approvalType, String quota,
            String quotaInterval, String quotaTimeUnit, List<String> apiResources, List<String> environments,
            List<String> proxies, List<String> scopes, List<Attribute> attributes) {
    }

    /** The primary key: organization and product name. */
    record Key(String orgId, String name) implements Serializable {
        Key() {
            this(null, null);
        }
    }
}
