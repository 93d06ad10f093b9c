package org.openmint.currency;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A supported currency of an organization. */
@Entity
@Table(name = "supported_currencies")
@IdClass(CurrencyEntity.Key.class)
class CurrencyEntity {

    @Id
    private String orgId;
    @Id
    private String id;
    private String name;
    private String displayName;
    private String description;
    private String status;
    private boolean virtualCurrency;
    private BigDecimal creditLimit;
    private BigDecimal minimumTopupAmount;
    @Version
    private long version;
    private Instant createdAt;
    private Instant updatedAt;

    protected CurrencyEntity() {
    }

    CurrencyEntity(String orgId, String id, Instant now) {
        this.orgId = orgId;
        this.id = id;
        this.createdAt = now;
    }

    void replace(CurrencyFields fields, Instant now) {
        name = fields.name();
        displayName = fields.displayName();
        description = fields.description();
        status = fields.status();
        virtualCurrency = fields.virtualCurrency();
        creditLimit = fields.creditLimit();
        minimumTopupAmount = fields.minimumTopupAmount();
        updatedAt = now;
    }

    String orgId() {
        return orgId;
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

    boolean virtualCurrency() {
        return virtualCurrency;
    }

    BigDecimal creditLimit() {
        return creditLimit;
    }

    BigDecimal minimumTopupAmount() {
        return minimumTopupAmount;
    }

    /** The validated fields a create or replace sets. */
    record CurrencyFields(String name, String displayName, String description, String status,
            boolean virtualCurrency, BigDecimal creditLimit, BigDecimal minimumTopupAmount) {
    }

    /** The primary key: organization and currency id. */
    record Key(String orgId, String id) implements Serializable {
        Key() {
            this(null, null);
        }
    }
}
