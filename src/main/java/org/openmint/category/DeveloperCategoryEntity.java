package org.openmint.category;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A developer category of an organization. */
@Entity
@Table(name = "developer_categories")
@IdClass(DeveloperCategoryEntity.Key.class)
class DeveloperCategoryEntity {

    @Id
    private String orgId;
    @Id
    private String id;
    private String name;
    private String description;
    @Version
    private long version;
    private Instant createdAt;
    private Instant updatedAt;

    protected DeveloperCategoryEntity() {
    }

    DeveloperCategoryEntity(String orgId, String id, Instant now) {
        this.orgId = orgId;
        this.id = id;
        this.createdAt = now;
    }

    /** Replaces the name and description with already validated values. */
    void replace(String newName, String newDescription, Instant now) {
        name = newName;
        description = newDescription;
        updatedAt = now;
    }

    String id() {
        return id;
    }

    DeveloperCategory toView() {
        return new DeveloperCategory(description, id, name);
    }

    /** The primary key: organization and category id. */
    record Key(String orgId, String id) implements Serializable {
        Key() {
            this(null, null);
        }
    }
}
