package org.openmint.subscription;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.openmint.catalog.CatalogService;
import org.openmint.catalog.RatePlan;
import org.openmint.catalog.RatePlanView;
import org.openmint.developer.DeveloperAccount;
import org.openmint.developer.DeveloperService;
import org.openmint.error.ErrorCode;
import org.openmint.error.MintException;
import org.openmint.error.ResourceNotFoundException;
import org.openmint.product.ApiProduct;
import org.openmint.transaction.ActivePlan;
import org.openmint.web.Paging;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The products a developer or company may use (spec §15.3) and the rate plan that prices its use of one
 * (spec §15.4), both from the plans it has accepted.
 */
@Service
class DeveloperProductService {

    private final AcceptedRatePlanRepository plans;
    private final AcceptedPlanLookup lookup;
    private final CatalogService catalog;
    private final DeveloperService developers;
    private final Clock clock;

    DeveloperProductService(AcceptedRatePlanRepository plans, AcceptedPlanLookup lookup, CatalogService catalog,
            DeveloperService developers, Clock clock) {
        this.plans = plans;
        this.lookup = lookup;
        this.catalog = catalog;
        this.developers = developers;
        this.clock = clock;
    }

    /**
     * A page of the account's eligible products in name order: the products no published rate plan prices, and
     * the products of the packages of the rate plans it is on now (its accepted plan and the rate plan in effect).
     *
     * @throws ResourceNotFoundException when the organization or the account does not exist
     */
    @Transactional(readOnly = true)
    EligibleProducts eligibleProducts(String org, boolean company, String accountId, Paging paging) {
        DeveloperAccount account = developers.requireNamed(org, company, accountId);
        Instant now = clock.instant();
        Set<String> names = new TreeSet<>(catalog.productsWithoutPublishedPlan(org));
        for (AcceptedRatePlanEntity accepted : plans.findInEffect(org, UUID.fromString(account.id()), now)) {
            RatePlan plan = catalog.requireRatePlan(org, accepted.ratePlanId());
            if (plan.inEffectAt(now)) {
                names.addAll(plan.productIds());
            }
        }
        List<String> sorted = List.copyOf(names);
        return new EligibleProducts(catalog.productViews(org, paging.slice(sorted)), sorted.size());
    }

    /**
     * The rate plan the account is on now for the product: the rate plan of its accepted plan in effect whose
     * rate plan is in effect and covers the product (the latest started one); a private plan only with
     * {@code showPrivate}.
     *
     * @throws ResourceNotFoundException when the organization, the account or the product does not exist
     * @throws MintException {@code mint.productNotPartOfAnyMonetizationPackage} when no package holds the product;
     *         {@code mint.noCurrentPublishableEntity} when the account is on no such plan
     */
    @Transactional(readOnly = true)
    RatePlanView ratePlanForProduct(String org, boolean company, String accountId, String productId,
            boolean showPrivate) {
        DeveloperAccount account = developers.requireNamed(org, company, accountId);
        ApiProduct product = catalog.requireProduct(org, productId);
        if (!catalog.inAnyPackage(org, product.name())) {
            throw new MintException(ErrorCode.PRODUCT_NOT_PART_OF_ANY_MONETIZATION_PACKAGE,
                    "Product [" + product.name() + "] is not part of any monetization package");
        }
        ActivePlan active = lookup.activePlan(org, account.id(), product.name(), clock.instant())
                .filter(found -> showPrivate || !found.ratePlan().isPrivate())
                .orElseThrow(() -> new MintException(ErrorCode.NO_CURRENT_PUBLISHABLE_ENTITY,
                        (account.company() ? "Company [" + account.name() : "Developer [" + account.email())
                                + "] has no current rate plan for product [" + product.name() + "]"));
        return catalog.ratePlanView(org, active.ratePlan().id());
    }
}
