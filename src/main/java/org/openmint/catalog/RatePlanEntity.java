package org.openmint.catalog;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A rate plan of an API package and its details. Once published, only its end date changes and it
 * cannot be deleted (spec §9.1).
 */
@Entity
@Table(name = "rate_plans")
@IdClass(RatePlanEntity.Key.class)
class RatePlanEntity {

    @Id
    private String orgId;
    @Id
    private String id;
    private String packageId;
    private String parentRatePlanId;
    private String name;
    private String displayName;
    private String description;
    private String type;
    private String developerId;
    private String developerCategoryId;
    private boolean published;
    @Column(name = "is_private")
    private boolean privatePlan;
    private Instant startDate;
    private Instant endDate;
    private String currencyId;
    private BigDecimal setUpFee;
    private BigDecimal recurringFee;
    private BigDecimal earlyTerminationFee;
    private Integer frequencyDuration;
    private String frequencyDurationType;
    private String recurringType;
    private Integer recurringStartUnit;
    private Integer contractDuration;
    private String contractDurationType;
    private boolean advance;
    private boolean prorate;
    private String paymentDueDays;
    private boolean customPaymentTerm;
    private Boolean keepOriginalStartDate;
    private Long freemiumUnit;
    private Integer freemiumDuration;
    private String freemiumDurationType;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<RatePlanDetailEntity> details = new ArrayList<>();

    @Version
    private long version;
    private Instant createdAt;
    private Instant updatedAt;

    protected RatePlanEntity() {
    }

    RatePlanEntity(String orgId, String id, String packageId, Instant now) {
        this(orgId, id, packageId, null, now);
    }

    /** A new plan; with {@code parentRatePlanId}, a revision of that plan (Part III §16). */
    RatePlanEntity(String orgId, String id, String packageId, String parentRatePlanId, Instant now) {
        this.orgId = orgId;
        this.id = id;
        this.packageId = packageId;
        this.parentRatePlanId = parentRatePlanId;
        this.createdAt = now;
    }

    /**
     * Replaces every field with validated ones. Details and their rates keep their ids by position, so that
     * a client that sends back what it read keeps the same ids.
     */
    void replace(PlanFields fields, Instant now) {
        name = fields.name();
        displayName = fields.displayName();
        description = fields.description();
        type = fields.type();
        developerId = fields.developerId();
        developerCategoryId = fields.developerCategoryId();
        published = fields.published();
        privatePlan = fields.isPrivate();
        startDate = fields.startDate();
        endDate = fields.endDate();
        currencyId = fields.currencyId();
        setUpFee = fields.setUpFee();
        recurringFee = fields.recurringFee();
        earlyTerminationFee = fields.earlyTerminationFee();
        frequencyDuration = fields.frequencyDuration();
        frequencyDurationType = fields.frequencyDurationType();
        recurringType = fields.recurringType();
        recurringStartUnit = fields.recurringStartUnit();
        contractDuration = fields.contractDuration();
        contractDurationType = fields.contractDurationType();
        advance = fields.advance();
        prorate = fields.prorate();
        paymentDueDays = fields.paymentDueDays();
        customPaymentTerm = fields.customPaymentTerm();
        keepOriginalStartDate = fields.keepOriginalStartDate();
        freemiumUnit = fields.freemiumUnit();
        freemiumDuration = fields.freemiumDuration();
        freemiumDurationType = fields.freemiumDurationType();
        List<DetailFields> requested = fields.details();
        while (details.size() > requested.size()) {
            details.remove(details.size() - 1);
        }
        for (int i = 0; i < requested.size(); i++) {
            if (i < details.size()) {
                details.get(i).replace(requested.get(i));
            } else {
                details.add(new RatePlanDetailEntity(this, orgId, id, i, requested.get(i)));
            }
        }
        updatedAt = now;
    }

    /** Sets a new end date: the one change a published plan allows. */
    void changeEndDate(Instant newEndDate, Instant now) {
        endDate = newEndDate;
        updatedAt = now;
    }

    /** The plan's fields, as {@link #replace} takes them. */
    PlanFields fields() {
        return new PlanFields(name, displayName, description, type, developerId, developerCategoryId, published,
                privatePlan, startDate, endDate, currencyId, setUpFee, recurringFee, earlyTerminationFee,
                frequencyDuration, frequencyDurationType, recurringType, recurringStartUnit, contractDuration,
                contractDurationType, advance, prorate, paymentDueDays, customPaymentTerm, keepOriginalStartDate,
                freemiumUnit, freemiumDuration, freemiumDurationType,
                details.stream().map(RatePlanDetailEntity::fields).toList());
    }

    String orgId() {
        return orgId;
    }

    String id() {
        return id;
    }

    String packageId() {
        return packageId;
    }

    boolean published() {
        return published;
    }

    /** The plan this one is a revision of, or null. */
    String parentRatePlanId() {
        return parentRatePlanId;
    }

    List<RatePlanDetailEntity> details() {
        return details;
    }

    /** The validated fields of a rate plan, without ids. */
    record PlanFields(String name, String displayName, String description, String type, String developerId,
            String developerCategoryId, boolean published, boolean isPrivate, Instant startDate, Instant endDate,
            String currencyId, BigDecimal setUpFee, BigDecimal recurringFee, BigDecimal earlyTerminationFee,
            Integer frequencyDuration, String frequencyDurationType, String recurringType, Integer recurringStartUnit,
            Integer contractDuration, String contractDurationType, boolean advance, boolean prorate,
            String paymentDueDays, boolean customPaymentTerm, Boolean keepOriginalStartDate, Long freemiumUnit,
            Integer freemiumDuration, String freemiumDurationType, List<DetailFields> details) {

        /** The same fields with another end date. */
        PlanFields withEndDate(Instant newEndDate) {
            return new PlanFields(name, displayName, description, type, developerId, developerCategoryId, published,
                    isPrivate, startDate, newEndDate, currencyId, setUpFee, recurringFee, earlyTerminationFee,
                    frequencyDuration, frequencyDurationType, recurringType, recurringStartUnit, contractDuration,
                    contractDurationType, advance, prorate, paymentDueDays, customPaymentTerm, keepOriginalStartDate,
                    freemiumUnit, freemiumDuration, freemiumDurationType, details);
        }
    }

    /** The validated fields of a rate plan detail, without ids. */
    record DetailFields(String type, String meteringType, String ratingParameter, Short customAttribute,
            String ratingParameterUnit, String revenueType, String productId, String currencyId, Integer duration,
            String durationType, Integer freemiumDuration, String freemiumDurationType, long freemiumUnit,
            boolean aggregateFreemiumCounters, boolean aggregateStandardCounters, boolean aggregateTransactions,
            boolean customPaymentTerm, String paymentDueDays, List<RateFields> rates) {
    }

    /** The validated fields of one rate card or revenue share band, without its id. */
    record RateFields(String type, BigDecimal rate, BigDecimal revshare, long startUnit, Long endUnit) {
    }

    /** The primary key: organization and rate plan id. */
    record Key(String orgId, String id) implements Serializable {
        Key() {
            this(null, null);
        }
    }
}
