package org.openmint.transaction;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.openmint.catalog.Pricing;
import org.openmint.catalog.RatePlan;
import org.openmint.catalog.RatePlanDetail;
import org.openmint.money.Money;
import org.openmint.security.CurrentUser;

/**
 * A usage charge with what prices it ({@link UsageRating#rate}): the owner's accepted rate plan in effect for the
 * product and its detail (both null when {@code force} charges usage that no plan prices), the units it rates and
 * the currency it is charged in.
 */
record RatedUsage(Usage usage, RatePlan plan, RatePlanDetail detail, BigDecimal units, String currencyId) {

    /** Whether a rate plan prices the usage. */
    boolean priced() {
        return detail != null;
    }

    /** Whether the price depends on the units already used this month (volume bands, freemium). */
    boolean pricedByCounter() {
        return priced() && Pricing.dependsOnCounter(detail);
    }

    /** The price of the usage after {@code unitsSoFar} units this month; zero when no plan prices it. */
    BigDecimal price(BigDecimal unitsSoFar) {
        return priced() ? Pricing.price(detail, unitsSoFar, units) : Money.ZERO;
    }

    String ratePlanId() {
        return plan == null ? null : plan.id();
    }

    /** The note of the charge's ledger entry. */
    String note() {
        return "Usage of " + usage.product().name();
    }

    /** The transaction row of the charge, charged at {@code price} by ledger entry {@code entryId}. */
    TransactionRow row(BigDecimal price, UUID entryId, Instant at, String idempotencyKey) {
        return new TransactionRow(UUID.randomUUID(), TransactionType.CHARGE, usage.owner().id(),
                UUID.fromString(usage.app().appId()), usage.product().name(), plan == null ? null : plan.packageId(),
                ratePlanId(), plan == null ? null : plan.type().name(), currencyId, usage.batchSize(),
                Money.round(units), price, usage.custAtts(), usage.force(), null, entryId, at, CurrentUser.username(),
                idempotencyKey);
    }
}
