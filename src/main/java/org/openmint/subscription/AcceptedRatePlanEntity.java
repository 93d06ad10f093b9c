package org.openmint.subscription;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A rate plan a developer or company has accepted, in effect from {@code startDate} (inclusive) to
 * {@code endDate} (exclusive: the start of the day after the accepted end date), or on without an end.
 */
@Entity
@Table(name = "accepted_rate_plans")
@IdClass(AcceptedRatePlanEntity.Key.class)
class AcceptedRatePlanEntity {

    @Id
    private String orgId;
    @Id
    private UUID id;
    private UUID developerId;
    private String ratePlanId;
    private Instant startDate;
    private Instant endDate;
    private Long quotaTarget;
    @Version
    private long version;
    private Instant createdAt;
    private Instant updatedAt;

    protected AcceptedRatePlanEntity() {
    }

    AcceptedRatePlanEntity(String orgId, UUID developerId, String ratePlanId, Instant startDate, Instant endDate,
            Long quotaTarget, Instant now) {
        this.orgId = orgId;
        this.id = UUID.randomUUID();
        this.developerId = developerId;
        this.ratePlanId = ratePlanId;
        this.startDate = startDate;
        this.endDate = endDate;
        this.quotaTarget = quotaTarget;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Whether the plan's period shares an instant with {@code [start, end)} (end null: open). */
    boolean overlaps(Instant start, Instant end) {
        return (end == null || startDate.isBefore(end)) && (endDate == null || endDate.isAfter(start));
    }

    /** Whether the plan starts after this instant. */
    boolean startsAfter(Instant instant) {
        return startDate.isAfter(instant);
    }

    void changeStartDate(Instant startDate, Instant now) {
        this.startDate = startDate;
        this.updatedAt = now;
    }

    void changeEndDate(Instant endDate, Instant now) {
        this.endDate = endDate;
        this.updatedAt = now;
    }

    void changeQuotaTarget(Long quotaTarget, Instant now) {
        this.quotaTarget = quotaTarget;
        this.updatedAt = now;
    }

    String orgId() {
        return orgId;
    }

    UUID id() {
        return id;
    }

    UUID developerId() {
        return developerId;
    }

    String ratePlanId() {
        return ratePlanId;
    }

    Instant startDate() {
        return startDate;
    }

    /** The exclusive end, or null. */
    Instant endDate() {
        return endDate;
    }

    Long quotaTarget() {
        return quotaTarget;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    /** The primary key: organization and id. */
    record Key(String orgId, UUID id) implements Serializable {
        Key() {
            this(null, null);
        }
    }
}
