package org.openmint.subscription;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.openmint.catalog.CatalogService;
import org.openmint.catalog.RatePlan;
import org.openmint.developer.DeveloperAccount;
import org.openmint.error.ErrorCode;
import org.openmint.error.MintException;
import org.openmint.product.MintProduct;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * An account's accepted plans that a new or moved plan overlaps (spec §9.3): plans in effect at some
 * time of the new plan's dates whose packages share a product with its package. They are refused, or
 * with {@code suppressWarning} ended the day before the new plan starts.
 */
@Component
class OverlappingPlans {

    private final AcceptedRatePlanRepository plans;
    private final CatalogService catalog;
    private final JsonMapper json;

    OverlappingPlans(AcceptedRatePlanRepository plans, CatalogService catalog, JsonMapper json) {
        this.plans = plans;
        this.catalog = catalog;
        this.json = json;
    }

    /**
     * The account's other accepted plans (all but {@code self}) in effect at some time of
     * {@code [start, end)} whose packages share a product with the plan's.
     *
     * @throws MintException {@code mint.developerAlreadyActiveOnRatePlan} when one is the same rate plan;
     *         {@code mint.developerHasFollowingOverlapRatePlans} when there are any and not
     *         {@code suppressWarning}
     */
    List<AcceptedRatePlanEntity> find(DeveloperAccount account, RatePlan plan, Instant start, Instant end, UUID self,
            boolean suppressWarning) {
        List<AcceptedRatePlanEntity> overlapping = new ArrayList<>();
        Map<String, Map<String, String>> conflicts = new LinkedHashMap<>();
        Map<String, RatePlan> others = new HashMap<>();
        String org = account.org();
        for (AcceptedRatePlanEntity other : plans.findByOrgIdAndDeveloperIdOrderByStartDateAscCreatedAtAsc(org,
                UUID.fromString(account.id()))) {
            if (other.id().equals(self) || !other.overlaps(start, end)) {
                continue;
            }
            if (other.ratePlanId().equals(plan.id())) {
                throw new MintException(ErrorCode.DEVELOPER_ALREADY_ACTIVE_ON_RATE_PLAN, "Developer is already on"
                        + " rate plan [" + plan.id() + "] in these dates (accepted rate plan [" + other.id() + "])");
            }
            RatePlan otherPlan = others.computeIfAbsent(other.ratePlanId(), id -> catalog.requireRatePlan(org, id));
            if (otherPlan.productIds().stream().noneMatch(plan::coversProduct)) {
                continue;
            }
            overlapping.add(other);
            conflicts.put(otherPlan.id() + "|" + otherPlan.displayName(), products(org, otherPlan));
        }
        if (!overlapping.isEmpty() && !suppressWarning) {
            // Clients read the JSON after the first '=' (Apigee's Drupal module), so none may come before it.
            throw new MintException(ErrorCode.DEVELOPER_HAS_FOLLOWING_OVERLAP_RATE_PLANS,
                    "Developer has following overlapping rate plans = " + json.writeValueAsString(conflicts));
        }
        return overlapping;
    }

    /**
     * Ends each overlapping plan the day before {@code start}, or deletes it when it would end before it
     * starts.
     */
    void endBefore(List<AcceptedRatePlanEntity> overlapping, Instant start, ZoneId zone, Instant now) {
        Instant cut = AcceptedPlanDates.day(start, zone).atStartOfDay(zone).toInstant();
        for (AcceptedRatePlanEntity other : overlapping) {
            if (other.startDate().isBefore(cut)) {
                other.changeEndDate(cut, now);
            } else {
                plans.delete(other);
            }
        }
        plans.flush();
    }

    /** The products of the plan's package as the overlap message lists them: {@code org@@@id} to display name. */
    private Map<String, String> products(String org, RatePlan plan) {
        Map<String, String> products = new LinkedHashMap<>();
        for (MintProduct product : catalog.packageView(org, plan.packageId()).product()) {
            products.put(org + "@@@" + product.id(), product.displayName());
        }
        return products;
    }
}
