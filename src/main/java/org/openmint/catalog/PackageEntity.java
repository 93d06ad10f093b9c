package org.openmint.catalog;

import java.io.Serializable;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An API package: a bundle of API products that rate plans price. */
@Entity
@Table(name = "monetization_packages")
@IdClass(PackageEntity.Key.class)
class PackageEntity {

    @Id
    private String orgId;
    @Id
    private String id;
    private String name;
    private String displayName;
    private String description;
    private String status;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "monetization_package_products", joinColumns = {
            @JoinColumn(name = "org_id", referencedColumnName = "orgId"),
            @JoinColumn(name = "package_id", referencedColumnName = "id")})
    @Column(name = "product_id")
    private Set<String> productIds = new HashSet<>();

    @Version
    private long version;
    private Instant createdAt;
    private Instant updatedAt;

    protected PackageEntity() {
    }

    PackageEntity(String orgId, String id, String name, String displayName, String description, String status,
            List<String> productIds, Instant now) {
        this.orgId = orgId;
        this.id = id;
        this.name = name;
        this.displayName = displayName;
        this.description = description;
        this.status = status;
        this.productIds.addAll(productIds);
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Adds a product; false when the package already holds it. */
    boolean addProduct(String productId, Instant now) {
        updatedAt = now;
        return productIds.add(productId);
    }

    /** Removes a product; false when the package does not hold it. */
    boolean removeProduct(String productId, Instant now) {
        updatedAt = now;
        return productIds.remove(productId);
    }

    String id() {
        return id;
    }

    String name() {
        return name;
    }

    String displayName() {
        return displayName;
    }

    String description() {
        return description;
    }

    String status() {
        return status;
    }

    /** The product ids in name order. */
    List<String> productIds() {
        return productIds.stream().sorted().toList();
    }

    /** The primary key: organization and package id. */
    record Key(String orgId, String id) implements Serializable {
        Key() {
            this(null, null);
        }
    }
}
