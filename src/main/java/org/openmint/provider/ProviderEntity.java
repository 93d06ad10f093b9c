package org.openmint.provider;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A payment provider of an organization. */
@Entity
@Table(name = "payment_providers")
@IdClass(ProviderEntity.Key.class)
class ProviderEntity {

    @Id
    private String orgId;
    @Id
    private String id;
    private String name;
    private String description;
    private String authType;
    private String credential;
    private String endpoint;
    private String merchantCode;
    private Instant createdAt;
    private Instant updatedAt;

    protected ProviderEntity() {
    }

    ProviderEntity(String orgId, String id, Instant now) {
        this.orgId = orgId;
        this.id = id;
        this.createdAt = now;
    }

    void replace(PaymentProvider provider, Instant now) {
        name = provider.name();
        description = provider.description();
        authType = provider.authType();
        credential = provider.credential();
        endpoint = provider.endpoint();
        merchantCode = provider.merchantCode();
        updatedAt = now;
    }

    PaymentProvider toView() {
        return new PaymentProvider(authType, credential, description, endpoint, id, merchantCode, name);
    }

    /** The primary key: organization and provider id. */
    record Key(String orgId, String id) implements Serializable {
        Key() {
            this(null, null);
        }
    }
}
