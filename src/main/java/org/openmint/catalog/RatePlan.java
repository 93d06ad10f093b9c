package org.openmint.catalog;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.openmint.money.Money;

/**
 * A rate plan, with everything needed to accept it and to price usage and fees by it (spec §9.2, §9.4).
 * Fees are never null (0 when the plan sets none); dates are instants.
 *
 * @param productIds the products of the plan's package
 * @param developerId the developer of a {@code DEVELOPER} plan, as given when the plan was made; else null
 * @param developerCategoryId the category of a {@code DEVELOPER_CATEGORY} plan; else null
 * @param endDate the instant the plan ends, or null when it runs forever
 * @param freemiumUnit units free of charge for the whole plan, or null
 */
public record RatePlan(
        String id,
        String name,
        String displayName,
        String packageId,
        List<String> productIds,
        Type type,
        String developerId,
        String developerCategoryId,
        boolean published,
        boolean isPrivate,
        Instant startDate,
        Instant endDate,
        String currencyId,
        BigDecimal setUpFee,
        BigDecimal recurringFee,
        BigDecimal earlyTerminationFee,
        boolean advance,
        boolean prorate,
        Integer frequencyDuration,
        String frequencyDurationType,
        String recurringType,
        Integer recurringStartUnit,
        Integer contractDuration,
        String contractDurationType,
        String paymentDueDays,
        Long freemiumUnit,
        List<RatePlanDetail> details) {

    /** The plan as pricing reads it, in the package with these products; fees not set are 0. */
    static RatePlan from(RatePlanEntity entity, List<String> productIds) {
        RatePlanEntity.PlanFields f = entity.fields();
        List<RatePlanDetail> details = entity.details().stream()
                .map(detail -> RatePlanDetail.from(detail, f.freemiumUnit())).toList();
        return new RatePlan(entity.id(), f.name(), f.displayName(), entity.packageId(), productIds,
                Type.valueOf(f.type()), f.developerId(), f.developerCategoryId(), f.published(), f.isPrivate(),
                f.startDate(), f.endDate(), f.currencyId(), f.setUpFee(),
                f.recurringFee() == null ? Money.ZERO : f.recurringFee(),
                f.earlyTerminationFee() == null ? Money.ZERO : f.earlyTerminationFee(), f.advance(), f.prorate(),
                f.frequencyDuration(), f.frequencyDurationType(), f.recurringType(), f.recurringStartUnit(),
                f.contractDuration(), f.contractDurationType(), f.paymentDueDays(), f.freemiumUnit(), details);
    }

    /** Whether the plan is published and {@code instant} falls in {@code [startDate, endDate)}. */
    public boolean inEffectAt(Instant instant) {
        return published && !instant.isBefore(startDate) && (endDate == null || instant.isBefore(endDate));
    }

    /** Whether the plan's package holds this product. */
    public boolean coversProduct(String productId) {
        return productIds.contains(productId);
    }

    /** The detail that prices this product: the one specific to it, else the first one for every product. */
    public Optional<RatePlanDetail> detailFor(String productId) {
        return details.stream().filter(d -> productId.equals(d.productId())).findFirst()
                .or(() -> details.stream().filter(d -> d.productId() == null).findFirst());
    }

    /** Who a rate plan is for. */
    public enum Type {
        STANDARD,
        DEVELOPER,
        DEVELOPER_CATEGORY
    }
}
