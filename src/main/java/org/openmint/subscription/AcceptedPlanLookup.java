package org.openmint.subscription;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.openmint.cache.ReferenceCache;
import org.openmint.catalog.CatalogService;
import org.openmint.catalog.RatePlan;
import org.openmint.transaction.ActivePlan;
import org.openmint.transaction.PlanLookup;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the transactions resource which accepted plan prices an account's usage. Depends on nothing
 * but the accepted plans and the catalog, so that the transactions feature can depend on it.
 */
@Component
class AcceptedPlanLookup implements PlanLookup {

    private final AcceptedRatePlanRepository plans;
    private final CatalogService catalog;
    private final ReferenceCache cache;

    AcceptedPlanLookup(AcceptedRatePlanRepository plans, CatalogService catalog, ReferenceCache cache) {
        this.plans = plans;
        this.catalog = catalog;
        this.cache = cache;
    }

    /**
     * The account's accepted plan in effect at {@code at} whose rate plan is in effect then (published,
     * within its dates) and covers the product; the latest started one if several do. From a revision's
     * start date, the accepted plan of its parent is priced by the revision (Part III §16).
     */
    @Override
    public Optional<ActivePlan> activePlan(String org, String accountId, String productId, Instant at) {
        Optional<UUID> account = uuid(accountId);
        if (account.isEmpty()) {
            return Optional.empty();
        }
        for (Accepted accepted : accepted(org, account.get())) {
            if (!accepted.inEffectAt(at)) {
                continue;
            }
            Optional<RatePlan> plan = catalog.ratePlanInEffect(org, accepted.ratePlanId(), at)
                    .filter(p -> p.coversProduct(productId));
            if (plan.isPresent()) {
                return Optional.of(new ActivePlan(accepted.id(), plan.get()));
            }
        }
        return Optional.empty();
    }

    /** Every plan the account accepted, latest start first (as {@code findInEffect} orders them). */
    private List<Accepted> accepted(String org, UUID account) {
        return cache.get("accepted-plans", org, account, () -> {
            List<Accepted> latestFirst = new ArrayList<>();
            for (AcceptedRatePlanEntity p : plans.findByOrgIdAndDeveloperIdOrderByStartDateAscCreatedAtAsc(org,
                    account)) {
                latestFirst.add(0, new Accepted(p.id().toString(), p.ratePlanId(), p.startDate(), p.endDate()));
            }
            return List.copyOf(latestFirst);
        });
    }

    /** An accepted plan's dates: in effect in {@code [startDate, endDate)}. */
    private record Accepted(String id, String ratePlanId, Instant startDate, Instant endDate) {

        boolean inEffectAt(Instant at) {
            return !startDate.isAfter(at) && (endDate == null || endDate.isAfter(at));
        }
    }

    @Override
    @Transactional(readOnly = true)
    public boolean hasAccepted(String org, String accountId, String ratePlanId) {
        Optional<UUID> account = uuid(accountId);
        // accepting a plan takes its revisions too (Part III §16)
        return account.isPresent() && catalog.ratePlanAndRevised(org, ratePlanId).stream()
                .anyMatch(id -> plans.existsByOrgIdAndDeveloperIdAndRatePlanId(org, account.get(), id));
    }

    private static Optional<UUID> uuid(String value) {
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
