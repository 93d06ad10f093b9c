package org.openmint.user;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;

/** An organization user: a username, the BCrypt hash of the password and a role per organization. */
@Entity
@Table(name = "mint_users")
class UserEntity {

    @Id
    private UUID id;
    private String username;
    private String passwordHash;

    @ElementCollection
    @CollectionTable(name = "mint_user_roles", joinColumns = @JoinColumn(name = "user_id"))
    @MapKeyColumn(name = "org_id")
    @Column(name = "role")
    @BatchSize(size = 100)
    private Map<String, String> roles = new HashMap<>();

    @Version
    private long version;
    private Instant createdAt;
    private Instant updatedAt;

    protected UserEntity() {
    }

    UserEntity(String username, String passwordHash, Map<String, OrgRole> roles, Instant now) {
        this.id = UUID.randomUUID();
        this.username = username;
        this.createdAt = now;
        replace(passwordHash, roles, now);
    }

    /** Replaces the roles, and the password hash unless it is null. */
    void replace(String passwordHash, Map<String, OrgRole> roles, Instant now) {
        if (passwordHash != null) {
            this.passwordHash = passwordHash;
        }
        this.roles.clear();
        roles.forEach((org, role) -> this.roles.put(org, role.value()));
        this.updatedAt = now;
    }

    String username() {
        return username;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    Map<String, OrgRole> roles() {
        Map<String, OrgRole> result = new HashMap<>();
        roles.forEach((org, role) -> result.put(org, OrgRole.parse(role).orElseThrow()));
        return result;
    }

    UserLogin toLogin() {
        return new UserLogin(username, passwordHash, roles());
    }
}
