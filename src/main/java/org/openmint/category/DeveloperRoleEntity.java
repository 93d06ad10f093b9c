package org.openmint.category;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.openmint.organization.OrganizationProfile;

/** A developer role of an organization; its name is its id. */
@Entity
@Table(name = "developer_roles")
@IdClass(DeveloperRoleEntity.Key.class)
class DeveloperRoleEntity {

    @Id
    private String orgId;
    @Id
    private String name;
    private String description;
    @Version
    private long version;
    private Instant createdAt;
    private Instant updatedAt;

    protected DeveloperRoleEntity() {
    }

    DeveloperRoleEntity(String orgId, String name, String description, Instant now) {
        this.orgId = orgId;
        this.name = name;
        this.description = description;
        this.createdAt = now;
        this.updatedAt = now;
    }

    String name() {
        return name;
    }

    /** The role with the organization embedded, or without it for null. */
    DeveloperRole toView(OrganizationProfile organization) {
        return new DeveloperRole(description, name, name, organization);
    }

    /** The primary key: organization and role name. */
    record Key(String orgId, String name) implements Serializable {
        Key() {
            this(null, null);
        }
    }
}
