package org.openmint.subscription;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;

import org.openmint.catalog.CatalogService;
import org.openmint.catalog.RatePlan;
import org.openmint.suspension.MonetizedProducts;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the suspensions feature which products an account is on: those of the plans that price its usage. */
@Component
class SubscribedProducts implements MonetizedProducts {

    private final AcceptedRatePlanRepository plans;
    private final CatalogService catalog;

    SubscribedProducts(AcceptedRatePlanRepository plans, CatalogService catalog) {
        this.plans = plans;
        this.catalog = catalog;
    }

    /**
     * The products of the packages of the account's accepted plans in effect at {@code at} whose rate plan
     * in effect then (the accepted one or its revision) is in the currency.
     */
    @Override
    @Transactional(readOnly = true)
    public List<String> productsOf(String org, String accountId, String currencyId, Instant at) {
        UUID account;
        try {
            account = UUID.fromString(accountId);
        } catch (IllegalArgumentException | NullPointerException e) {
            return List.of();
        }
        TreeSet<String> products = new TreeSet<>();
        for (AcceptedRatePlanEntity accepted : plans.findInEffect(org, account, at)) {
            Optional<RatePlan> plan = catalog.ratePlanInEffect(org, accepted.ratePlanId(), at);
            if (plan.isPresent() && plan.get().currencyId().equalsIgnoreCase(currencyId)) {
                products.addAll(plan.get().productIds());
            }
        }
        return List.copyOf(products);
    }
}
