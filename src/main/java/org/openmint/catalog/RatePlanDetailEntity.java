package org.openmint.catalog;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinColumns;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/** One detail of a rate plan (a rate card or revenue share) with its bands. */
@Entity
@Table(name = "rate_plan_details")
@IdClass(RatePlanDetailEntity.Key.class)
class RatePlanDetailEntity {

    @Id
    private String orgId;
    @Id
    private String id;
    private String ratePlanId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumns({
            @JoinColumn(name = "orgId", referencedColumnName = "orgId", insertable = false, updatable = false),
            @JoinColumn(name = "ratePlanId", referencedColumnName = "id", insertable = false, updatable = false)})
    private RatePlanEntity plan;

    private int position;
    private String type;
    private String meteringType;
    private String ratingParameter;
    private Short customAttribute;
    private String ratingParameterUnit;
    private String revenueType;
    private String productId;
    private String currencyId;
    private Integer duration;
    private String durationType;
    private Integer freemiumDuration;
    private String freemiumDurationType;
    private long freemiumUnit;
    private boolean aggregateFreemiumCounters;
    private boolean aggregateStandardCounters;
    private boolean aggregateTransactions;
    private boolean customPaymentTerm;
    private String paymentDueDays;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "rate_plan_rates", joinColumns = {
            @JoinColumn(name = "org_id", referencedColumnName = "orgId"),
            @JoinColumn(name = "detail_id", referencedColumnName = "id")})
    @OrderColumn(name = "position")
    private List<RateEmbeddable> rates = new ArrayList<>();

    protected RatePlanDetailEntity() {
    }

    RatePlanDetailEntity(RatePlanEntity plan, String orgId, String ratePlanId, int position,
            RatePlanEntity.DetailFields fields) {
        this.plan = plan;
        this.orgId = orgId;
        this.id = UUID.randomUUID().toString();
        this.ratePlanId = ratePlanId;
        this.position = position;
        replace(fields);
    }

    /** Replaces every field; bands keep their ids by position. */
    void replace(RatePlanEntity.DetailFields fields) {
        type = fields.type();
        meteringType = fields.meteringType();
        ratingParameter = fields.ratingParameter();
        customAttribute = fields.customAttribute();
        ratingParameterUnit = fields.ratingParameterUnit();
        revenueType = fields.revenueType();
        productId = fields.productId();
        currencyId = fields.currencyId();
        duration = fields.duration();
        durationType = fields.durationType();
        freemiumDuration = fields.freemiumDuration();
        freemiumDurationType = fields.freemiumDurationType();
        freemiumUnit = fields.freemiumUnit();
        aggregateFreemiumCounters = fields.aggregateFreemiumCounters();
        aggregateStandardCounters = fields.aggregateStandardCounters();
        aggregateTransactions = fields.aggregateTransactions();
        customPaymentTerm = fields.customPaymentTerm();
        paymentDueDays = fields.paymentDueDays();
        List<RateEmbeddable> replaced = new ArrayList<>();
        List<RatePlanEntity.RateFields> requested = fields.rates();
        for (int i = 0; i < requested.size(); i++) {
            String rateId = i < rates.size() ? rates.get(i).id : UUID.randomUUID().toString();
            replaced.add(new RateEmbeddable(rateId, currencyId, requested.get(i)));
        }
        rates.clear();
        rates.addAll(replaced);
    }

    RatePlanEntity.DetailFields fields() {
        return new RatePlanEntity.DetailFields(type, meteringType, ratingParameter, customAttribute,
                ratingParameterUnit, revenueType, productId, currencyId, duration, durationType, freemiumDuration,
                freemiumDurationType, freemiumUnit, aggregateFreemiumCounters, aggregateStandardCounters,
                aggregateTransactions, customPaymentTerm, paymentDueDays,
                rates.stream().map(RateEmbeddable::fields).toList());
    }

    String id() {
        return id;
    }

    /** The ids of the bands, in order. */
    List<String> rateIds() {
        return rates.stream().map(r -> r.id).toList();
    }

    /** One band of the detail's rate card or revenue share, with the currency of its rate. */
    @Embeddable
    static class RateEmbeddable {

        @Column(name = "id")
        private String id;
        private String type;
        private String currencyId;
        private BigDecimal rate;
        private BigDecimal revshare;
        private long startUnit;
        private Long endUnit;

        protected RateEmbeddable() {
        }

        RateEmbeddable(String id, String currencyId, RatePlanEntity.RateFields fields) {
            this.id = id;
            this.currencyId = currencyId;
            this.type = fields.type();
            this.rate = fields.rate();
            this.revshare = fields.revshare();
            this.startUnit = fields.startUnit();
            this.endUnit = fields.endUnit();
        }

        RatePlanEntity.RateFields fields() {
            return new RatePlanEntity.RateFields(type, rate, revshare, startUnit, endUnit);
        }
    }

    /** The primary key: organization and detail id. */
    record Key(String orgId, String id) implements Serializable {
        Key() {
            this(null, null);
        }
    }
}
