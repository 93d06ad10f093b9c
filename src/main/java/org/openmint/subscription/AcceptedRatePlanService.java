package org.openmint.subscription;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.openmint.balance.InsufficientFundsException;
import org.openmint.catalog.CatalogService;
import org.openmint.catalog.PlanDates;
import org.openmint.catalog.RatePlan;
import org.openmint.catalog.RatePlanView;
import org.openmint.developer.DeveloperAccount;
import org.openmint.developer.DeveloperService;
import org.openmint.error.ErrorCode;
import org.openmint.error.InvalidRequestException;
import org.openmint.error.MintException;
import org.openmint.error.ResourceNotFoundException;
import org.openmint.organization.OrganizationService;
import org.openmint.web.Paging;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Developers and companies accepting published rate plans (spec §9.3), changing and deleting the plans
 * they accepted, and their lists. The rules live in {@link AcceptancePolicy} and {@link AcceptedPlanDates},
 * overlaps in {@link OverlappingPlans}, the fees in {@link AcceptanceFees}.
 *
 * <p>All dates are compared as calendar days in the organization's time zone. An accepted plan is in
 * effect from its start date to the end of its end date. Changes to one account's plans run one after
 * the other ({@link AcceptedPlansLock}), so two acceptances cannot both miss their overlap.
 */
@Service
class AcceptedRatePlanService {

    private final AcceptedRatePlanRepository plans;
    private final CatalogService catalog;
    private final DeveloperService developers;
    private final OrganizationService organizations;
    private final OverlappingPlans overlaps;
    private final AcceptanceFees fees;
    private final AcceptedPlansLock lock;
    private final Clock clock;

    AcceptedRatePlanService(AcceptedRatePlanRepository plans, CatalogService catalog, DeveloperService developers,
            OrganizationService organizations, OverlappingPlans overlaps, AcceptanceFees fees, AcceptedPlansLock lock,
            Clock clock) {
        this.plans = plans;
        this.catalog = catalog;
        this.developers = developers;
        this.organizations = organizations;
        this.overlaps = overlaps;
        this.fees = fees;
        this.lock = lock;
        this.clock = clock;
    }

    /**
     * Accepts a published rate plan for the developer or company. A plan that starts today is paid at
     * once, in this transaction: its setup fee (unless {@code waiveFees}) and, when the plan bills in
     * advance, its first recurring fee; a plan that starts later is accepted without any charge.
     *
     * @throws ResourceNotFoundException when the account or the rate plan does not exist
     * @throws InvalidRequestException when a field is missing or malformed, or the body names another account
     * @throws MintException with the §9.3 code of the rule the acceptance breaks (unpublished plan, dates,
     *         legal name or address, plan for another developer, overlapping accepted plans)
     * @throws InsufficientFundsException when a prepaid account cannot pay the fees; nothing is changed
     */
    @Transactional
    DeveloperRatePlan accept(String org, boolean company, String accountId, AcceptRatePlanRequest request,
            boolean waiveFees, String idempotencyKey) {
        DeveloperAccount account = developers.requireNamed(org, company, accountId);
        ZoneId zone = organizations.get(org).zone();
        if (request == null) {
            throw new InvalidRequestException("Request body is missing");
        }
        AcceptancePolicy.requireSameAccount(account, request.developer(), true);
        if (request.ratePlan() == null || request.ratePlan().id() == null || request.ratePlan().id().isBlank()) {
            throw InvalidRequestException.missing("ratePlan.id");
        }
        RatePlan plan = catalog.requireRatePlan(org, request.ratePlan().id().trim());
        if (request.startDate() == null || request.startDate().isBlank()) {
            throw InvalidRequestException.missing("startDate");
        }
        Instant start = PlanDates.parse("startDate", request.startDate(), zone);
        LocalDate endDay = AcceptedPlanDates.day(PlanDates.parse("endDate", request.endDate(), zone), zone);
        Long quotaTarget = AcceptancePolicy.quotaTarget(request.quotaTarget());
        Instant now = clock.instant();
        LocalDate today = AcceptedPlanDates.day(now, zone);
        LocalDate startDay = AcceptedPlanDates.day(start, zone);

        AcceptancePolicy.requirePublished(plan);
        AcceptancePolicy.requireEligible(account, plan);
        AcceptedPlanDates.requireStartNotBeforeToday(startDay, today);
        AcceptedPlanDates.requireStartWithinPlan(plan, startDay, zone);
        AcceptedPlanDates.requireEndWithinPlan(plan, catalog.revisionsEndDate(org, plan.id()), startDay, endDay, zone);
        Instant end = AcceptedPlanDates.exclusiveEnd(endDay, zone);

        lock.lock(account);
        List<AcceptedRatePlanEntity> overlapping = overlaps.find(account, plan, start, end, null,
                Boolean.TRUE.equals(request.suppressWarning()));
        boolean paidNow = startDay.equals(today);
        if (paidNow) {
            fees.requireFunds(account, plan, waiveFees);
        }
        overlaps.endBefore(overlapping, start, zone, now);
        AcceptedRatePlanEntity accepted = plans.saveAndFlush(new AcceptedRatePlanEntity(org,
                UUID.fromString(account.id()), plan.id(), start, end, quotaTarget, now));
        if (paidNow) {
            fees.charge(account, plan, waiveFees, idempotencyKey);
        }
        return views(org, zone, now).view(accepted);
    }

    /**
     * Changes an accepted plan: its end date and quota target, and the start date of a plan that has
     * not started yet. Only what changes is checked, against the same date rules as an acceptance;
     * overlaps a change causes are refused, or with {@code suppressWarning} end the other plans. An
     * absent or null field keeps its value. No fee is charged.
     *
     * @throws ResourceNotFoundException when the account or the accepted plan does not exist
     * @throws InvalidRequestException when a field is malformed, names another account, plan or id, or moves
     *         the start of a plan that has started or the end before today
     * @throws MintException with the §9.3 code of the date or overlap rule the change breaks
     */
    @Transactional
    DeveloperRatePlan update(String org, boolean company, String accountId, String acceptedPlanId,
            AcceptRatePlanRequest request) {
        DeveloperAccount account = developers.requireNamed(org, company, accountId);
        ZoneId zone = organizations.get(org).zone();
        lock.lock(account);
        AcceptedRatePlanEntity entity = find(account, acceptedPlanId);
        AcceptancePolicy.requireSameAcceptedPlan(account, entity, request);
        RatePlan plan = catalog.requireRatePlan(org, entity.ratePlanId());
        Instant now = clock.instant();

        Instant start = AcceptedPlanDates.changedStart(entity, plan, request.startDate(), zone, now);
        Instant end = AcceptedPlanDates.changedEnd(entity, request.endDate(), zone, now);
        boolean endChanged = !Objects.equals(end, entity.endDate());
        if (!start.equals(entity.startDate()) || endChanged) {
            AcceptedPlanDates.requireEndWithinPlan(endChanged ? plan : null,
                    endChanged ? catalog.revisionsEndDate(org, plan.id()) : null, AcceptedPlanDates.day(start, zone),
                    AcceptedPlanDates.lastDay(end, zone), zone);
            List<AcceptedRatePlanEntity> overlapping = overlaps.find(account, plan, start, end, entity.id(),
                    Boolean.TRUE.equals(request.suppressWarning()));
            overlaps.endBefore(overlapping, start, zone, now);
            entity.changeStartDate(start, now);
            entity.changeEndDate(end, now);
        }
        if (request.quotaTarget() != null) {
            entity.changeQuotaTarget(AcceptancePolicy.quotaTarget(request.quotaTarget()), now);
        }
        plans.saveAndFlush(entity);
        return views(org, zone, now).view(entity);
    }

    /**
     * Deletes an accepted plan that has not started yet.
     *
     * @throws ResourceNotFoundException when the account or the accepted plan does not exist
     * @throws MintException {@code mint.onlyFutureDeveloperRatePlanCanBeDeleted} when it has started
     */
    @Transactional
    void delete(String org, boolean company, String accountId, String acceptedPlanId) {
        DeveloperAccount account = developers.requireNamed(org, company, accountId);
        lock.lock(account);
        AcceptedRatePlanEntity entity = find(account, acceptedPlanId);
        if (!entity.startsAfter(clock.instant())) {
            throw new MintException(ErrorCode.ONLY_FUTURE_DEVELOPER_RATE_PLAN_CAN_BE_DELETED,
                    "Only future developer rate plans can be deleted: [" + entity.id() + "] has started");
        }
        plans.delete(entity);
        plans.flush();
    }

    /**
     * One accepted plan of the account.
     *
     * @throws ResourceNotFoundException when the account or the accepted plan does not exist
     */
    @Transactional(readOnly = true)
    DeveloperRatePlan get(String org, boolean company, String accountId, String acceptedPlanId) {
        DeveloperAccount account = developers.requireNamed(org, company, accountId);
        return views(org, organizations.get(org).zone(), clock.instant()).view(find(account, acceptedPlanId));
    }

    /**
     * A page of every plan the account has accepted, earliest start first.
     *
     * @throws ResourceNotFoundException when the account does not exist
     */
    @Transactional(readOnly = true)
    DeveloperRatePlans accepted(String org, boolean company, String accountId, Paging paging) {
        DeveloperAccount account = developers.requireNamed(org, company, accountId);
        AcceptedRatePlanViews views = views(org, organizations.get(org).zone(), clock.instant());
        Page<AcceptedRatePlanEntity> page = plans.findByOrgIdAndDeveloperId(org, UUID.fromString(account.id()),
                paging.pageable(Sort.by("startDate", "createdAt", "id")));
        return new DeveloperRatePlans(page.getContent().stream().map(views::view).toList(),
                page.getTotalElements());
    }

    /**
     * A page of the rate plans the account is on now (its accepted plan and the rate plan both in effect; from
     * a revision's start date, the revision of the accepted one), latest start first.
     *
     * @throws ResourceNotFoundException when the account does not exist
     */
    @Transactional(readOnly = true)
    ActiveRatePlans active(String org, boolean company, String accountId, Paging paging) {
        DeveloperAccount account = developers.requireNamed(org, company, accountId);
        Instant now = clock.instant();
        AcceptedRatePlanViews views = views(org, organizations.get(org).zone(), now);
        Set<String> planIds = new LinkedHashSet<>();
        for (AcceptedRatePlanEntity entity : plans.findInEffect(org, UUID.fromString(account.id()), now)) {
            catalog.ratePlanInEffect(org, entity.ratePlanId(), now).ifPresent(plan -> planIds.add(plan.id()));
        }
        List<RatePlanView> items = paging.slice(List.copyOf(planIds)).stream().map(views::planView).toList();
        return new ActiveRatePlans(items, planIds.size(), planIds.size());
    }

    private AcceptedRatePlanViews views(String org, ZoneId zone, Instant now) {
        return new AcceptedRatePlanViews(catalog, developers, org, zone, now);
    }

    private AcceptedRatePlanEntity find(DeveloperAccount account, String acceptedPlanId) {
        UUID id;
        try {
            id = UUID.fromString(acceptedPlanId);
        } catch (IllegalArgumentException e) {
            throw new ResourceNotFoundException("DeveloperRatePlan", acceptedPlanId);
        }
        return plans.findByOrgIdAndDeveloperIdAndId(account.org(), UUID.fromString(account.id()), id)
                .orElseThrow(() -> new ResourceNotFoundException("DeveloperRatePlan", acceptedPlanId));
    }
}
