package org.openmint.subscription;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.openmint.balance.BalanceService;
import org.openmint.balance.InsufficientFundsException;
import org.openmint.catalog.CatalogService;
import org.openmint.catalog.PlanDates;
import org.openmint.catalog.RatePlan;
import org.openmint.catalog.RatePlanView;
import org.openmint.developer.DeveloperAccount;
import org.openmint.developer.DeveloperService;
import org.openmint.developer.MintDeveloper;
import org.openmint.error.ErrorCode;
import org.openmint.error.InvalidRequestException;
import org.openmint.error.MintException;
import org.openmint.error.ResourceNotFoundException;
import org.openmint.money.Money;
import org.openmint.organization.OrganizationService;
import org.openmint.product.MintProduct;
import org.openmint.transaction.TransactionService;
import org.openmint.transaction.TransactionType;
import org.openmint.web.Paging;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Developers and companies accepting published rate plans (spec §9.3): the checks of an acceptance
 * (published, for this account, legal name and address, dates, overlaps), the fees charged when a
 * plan starts on the day it is accepted, changes to accepted plans and their lists.
 *
 * <p>All dates are compared as calendar days in the organization's time zone. An accepted plan is in
 * effect from its start date to the end of its end date. Changes to one account's plans run one after
 * the other (a transaction-scoped advisory lock), so two acceptances cannot both miss their overlap.
 */
@Service
class AcceptedRatePlanService {

    private static final long MAX_QUOTA_TARGET = 1_000_000_000_000L;

    private final AcceptedRatePlanRepository plans;
    private final CatalogService catalog;
    private final DeveloperService developers;
    private final OrganizationService organizations;
    private final TransactionService transactions;
    private final BalanceService balances;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    AcceptedRatePlanService(AcceptedRatePlanRepository plans, CatalogService catalog, DeveloperService developers,
            OrganizationService organizations, TransactionService transactions, BalanceService balances,
            JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.plans = plans;
        this.catalog = catalog;
        this.developers = developers;
        this.organizations = organizations;
        this.transactions = transactions;
        this.balances = balances;
        this.jdbc = jdbc;
        this.json = json;
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
        DeveloperAccount account = account(org, company, accountId);
        ZoneId zone = organizations.get(org).zone();
        if (request == null) {
            throw new InvalidRequestException("Request body is missing");
        }
        requireSameAccount(account, request.developer(), true);
        if (request.ratePlan() == null || request.ratePlan().id() == null || request.ratePlan().id().isBlank()) {
            throw InvalidRequestException.missing("ratePlan.id");
        }
        RatePlan plan = catalog.requireRatePlan(org, request.ratePlan().id().trim());
        if (request.startDate() == null || request.startDate().isBlank()) {
            throw InvalidRequestException.missing("startDate");
        }
        Instant start = PlanDates.parse("startDate", request.startDate(), zone);
        LocalDate endDay = day(PlanDates.parse("endDate", request.endDate(), zone), zone);
        Long quotaTarget = quotaTarget(request.quotaTarget());
        Instant now = clock.instant();
        LocalDate today = day(now, zone);
        LocalDate startDay = day(start, zone);

        requirePublished(plan);
        requireEligible(account, plan);
        if (startDay.isBefore(today)) {
            throw new MintException(ErrorCode.START_DATE_EARLIER_THAN_TODAY,
                    "Start date [" + startDay + "] is earlier than today [" + today + "]");
        }
        requireStartWithinPlan(plan, startDay, zone);
        requireEndWithinPlan(plan, startDay, endDay, zone);
        Instant end = exclusiveEnd(endDay, zone);

        lock(account);
        List<AcceptedRatePlanEntity> overlapping = overlapping(account, plan, start, end, null,
                flag(request.suppressWarning()));
        BigDecimal setUpFee = waiveFees ? Money.ZERO : plan.setUpFee();
        BigDecimal recurringFee = plan.advance() ? plan.recurringFee() : Money.ZERO;
        boolean paidNow = startDay.equals(today);
        if (paidNow) {
            requireFunds(account, plan, setUpFee.add(recurringFee));
        }

        endOrDelete(overlapping, start, zone, now);
        AcceptedRatePlanEntity accepted = plans.saveAndFlush(new AcceptedRatePlanEntity(org,
                UUID.fromString(account.id()), plan.id(), start, end, quotaTarget, now));
        if (paidNow) {
            charge(account, plan, TransactionType.SETUPFEES, setUpFee, "Setup fee", idempotencyKey);
            charge(account, plan, TransactionType.RECURRINGFEES, recurringFee, "Recurring fee", idempotencyKey);
        }
        return new Views(org, zone, now).view(accepted);
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
        DeveloperAccount account = account(org, company, accountId);
        ZoneId zone = organizations.get(org).zone();
        lock(account);
        AcceptedRatePlanEntity entity = find(account, acceptedPlanId);
        if (request == null) {
            throw new InvalidRequestException("Request body is missing");
        }
        if (request.id() != null && !request.id().isBlank() && !request.id().trim().equals(entity.id().toString())) {
            throw InvalidRequestException.forField("id", request.id(),
                    "Field [id] must be the id of the accepted rate plan in the path");
        }
        requireSameAccount(account, request.developer(), false);
        if (request.ratePlan() != null && request.ratePlan().id() != null && !request.ratePlan().id().isBlank()
                && !request.ratePlan().id().trim().equals(entity.ratePlanId())) {
            throw InvalidRequestException.forField("ratePlan.id", request.ratePlan().id(),
                    "The rate plan of an accepted rate plan cannot change");
        }
        RatePlan plan = catalog.requireRatePlan(org, entity.ratePlanId());
        Instant now = clock.instant();
        LocalDate today = day(now, zone);

        Instant start = entity.startDate();
        Instant givenStart = PlanDates.parse("startDate", request.startDate(), zone);
        boolean startChanged = givenStart != null && !givenStart.equals(start);
        if (startChanged) {
            if (!entity.startsAfter(now)) {
                throw InvalidRequestException.forField("startDate", request.startDate(),
                        "The start date of an accepted rate plan that has started cannot change");
            }
            LocalDate startDay = day(givenStart, zone);
            if (startDay.isBefore(today)) {
                throw new MintException(ErrorCode.START_DATE_EARLIER_THAN_TODAY,
                        "Start date [" + startDay + "] is earlier than today [" + today + "]");
            }
            requireStartWithinPlan(plan, startDay, zone);
            start = givenStart;
        }
        Instant end = entity.endDate();
        LocalDate endDay = lastDay(end, zone);
        boolean endChanged = false;
        if (request.endDate() != null && !request.endDate().isBlank()) {
            LocalDate givenEndDay = day(PlanDates.parse("endDate", request.endDate(), zone), zone);
            endChanged = !givenEndDay.equals(endDay);
            if (endChanged) {
                if (givenEndDay.isBefore(today)) {
                    throw InvalidRequestException.forField("endDate", request.endDate(),
                            "End date [" + givenEndDay + "] is earlier than today [" + today + "]");
                }
                endDay = givenEndDay;
                end = exclusiveEnd(endDay, zone);
            }
        }
        if (startChanged || endChanged) {
            requireEndWithinPlan(endChanged ? plan : null, day(start, zone), endDay, zone);
            List<AcceptedRatePlanEntity> overlapping = overlapping(account, plan, start, end, entity.id(),
                    flag(request.suppressWarning()));
            endOrDelete(overlapping, start, zone, now);
            entity.changeStartDate(start, now);
            entity.changeEndDate(end, now);
        }
        if (request.quotaTarget() != null) {
            entity.changeQuotaTarget(quotaTarget(request.quotaTarget()), now);
        }
        plans.saveAndFlush(entity);
        return new Views(org, zone, now).view(entity);
    }

    /**
     * Deletes an accepted plan that has not started yet.
     *
     * @throws ResourceNotFoundException when the account or the accepted plan does not exist
     * @throws MintException {@code mint.onlyFutureDeveloperRatePlanCanBeDeleted} when it has started
     */
    @Transactional
    void delete(String org, boolean company, String accountId, String acceptedPlanId) {
        DeveloperAccount account = account(org, company, accountId);
        lock(account);
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
        DeveloperAccount account = account(org, company, accountId);
        return new Views(org, organizations.get(org).zone(), clock.instant()).view(find(account, acceptedPlanId));
    }

    /** A page of every plan the account has accepted, earliest start first: {@code {"developerRatePlan": [...]}}. */
    @Transactional(readOnly = true)
    Map<String, Object> accepted(String org, boolean company, String accountId, Paging paging) {
        DeveloperAccount account = account(org, company, accountId);
        Views views = new Views(org, organizations.get(org).zone(), clock.instant());
        Page<AcceptedRatePlanEntity> page = plans.findByOrgIdAndDeveloperId(org, UUID.fromString(account.id()),
                paging.pageable(Sort.by("startDate", "createdAt", "id")));
        return Paging.envelope("developerRatePlan", page.getContent().stream().map(views::view).toList(),
                page.getTotalElements());
    }

    /**
     * A page of the rate plans the account is on now (its accepted plan and the rate plan both in effect),
     * latest start first: {@code {"ratePlan": [...], "total": n, "totalRecords": n}}.
     */
    @Transactional(readOnly = true)
    Map<String, Object> active(String org, boolean company, String accountId, Paging paging) {
        DeveloperAccount account = account(org, company, accountId);
        Instant now = clock.instant();
        Views views = new Views(org, organizations.get(org).zone(), now);
        Set<String> planIds = new LinkedHashSet<>();
        for (AcceptedRatePlanEntity entity : plans.findInEffect(org, UUID.fromString(account.id()), now)) {
            if (views.plan(entity.ratePlanId()).inEffectAt(now)) {
                planIds.add(entity.ratePlanId());
            }
        }
        List<RatePlanView> items = paging.slice(List.copyOf(planIds)).stream().map(views::planView).toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("ratePlan", items);
        body.put("total", planIds.size());
        body.put("totalRecords", planIds.size());
        return body;
    }

    /** The developer ({@code developers/{email or id}}) or company ({@code companies/{name}}) of a path. */
    private DeveloperAccount account(String org, boolean company, String id) {
        return company ? developers.requireCompany(org, id) : developers.requireDeveloper(org, id);
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

    /** Serializes changes to one account's accepted plans until the transaction ends. */
    private void lock(DeveloperAccount account) {
        jdbc.sql("SELECT count(*) FROM (SELECT pg_advisory_xact_lock(hashtextextended(?, 0))) locked")
                .param("accepted_rate_plans:" + account.org() + ":" + account.id())
                .query(Long.class).single();
    }

    private static void requireSameAccount(DeveloperAccount account, AcceptRatePlanRequest.Ref developer,
            boolean required) {
        if (developer == null || developer.id() == null || developer.id().isBlank()) {
            if (required) {
                throw InvalidRequestException.missing("developer.id");
            }
            return;
        }
        if (!names(account, developer.id().trim())) {
            throw InvalidRequestException.forField("developer.id", developer.id(),
                    "Field [developer.id] must be the " + (account.company() ? "company" : "developer")
                            + " of the path");
        }
    }

    /** Whether a reference (an id, an email in any case, a company name in any case) names the account. */
    private static boolean names(DeveloperAccount account, String reference) {
        return reference.equals(account.id()) || reference.equalsIgnoreCase(account.email())
                || account.company() && reference.equalsIgnoreCase(account.name());
    }

    private static void requirePublished(RatePlan plan) {
        if (!plan.published()) {
            throw new MintException(ErrorCode.RATE_PLAN_NOT_PUBLISHED,
                    "Rate plan [" + plan.id() + "] is not published");
        }
    }

    /** The plan is for this account (its developer or category), and an individual developer can be billed. */
    private static void requireEligible(DeveloperAccount account, RatePlan plan) {
        String who = (account.company() ? "Company [" + account.name() : "Developer [" + account.email()) + "]";
        if (plan.type() == RatePlan.Type.DEVELOPER && !names(account, plan.developerId())) {
            throw new MintException(ErrorCode.DEVELOPER_RATE_PLAN_ACCEPT_ERROR,
                    who + " cannot accept rate plan [" + plan.id() + "]: it is for developer ["
                            + plan.developerId() + "]");
        }
        if (plan.type() == RatePlan.Type.DEVELOPER_CATEGORY
                && !plan.developerCategoryId().equals(account.categoryId())) {
            throw new MintException(ErrorCode.DEVELOPER_RATE_PLAN_ACCEPT_ERROR,
                    who + " cannot accept rate plan [" + plan.id() + "]: it is for developer category ["
                            + plan.developerCategoryId() + "]");
        }
        if (!account.company()) {
            if (account.legalName() == null || account.legalName().isBlank()) {
                throw new MintException(ErrorCode.DEVELOPER_LEGAL_COMPANY_NAME_NOT_SPECIFIED,
                        "Developer legal name not specified: " + who + " has no MINT_DEVELOPER_LEGAL_NAME");
            }
            if (!account.hasAddress()) {
                throw new MintException(ErrorCode.DEVELOPER_ADDRESS_NOT_SPECIFIED,
                        "Developer address not specified: " + who + " has no MINT_DEVELOPER_ADDRESS");
            }
        }
    }

    private static void requireStartWithinPlan(RatePlan plan, LocalDate startDay, ZoneId zone) {
        LocalDate planStart = day(plan.startDate(), zone);
        if (startDay.isBefore(planStart)) {
            throw new MintException(ErrorCode.START_DATE_EARLIER_THAN_PLAN_START_DATE, "Start date [" + startDay
                    + "] is earlier than the start date of rate plan [" + plan.id() + "] [" + planStart + "]");
        }
        if (plan.endDate() != null && startDay.isAfter(day(plan.endDate(), zone))) {
            throw new MintException(ErrorCode.START_DATE_LATER_THAN_PLAN_END_DATE, "Start date [" + startDay
                    + "] is later than the end date of rate plan [" + plan.id() + "] ["
                    + day(plan.endDate(), zone) + "]");
        }
    }

    /** The end day, when there is one, is not before the start day nor (with a plan given) after the plan's end. */
    private static void requireEndWithinPlan(RatePlan plan, LocalDate startDay, LocalDate endDay, ZoneId zone) {
        if (endDay == null) {
            return;
        }
        if (endDay.isBefore(startDay)) {
            throw new MintException(ErrorCode.END_DATE_EARLIER_THAN_START,
                    "End date [" + endDay + "] is earlier than the start date [" + startDay + "]");
        }
        if (plan != null && plan.endDate() != null && endDay.isAfter(day(plan.endDate(), zone))) {
            throw new MintException(ErrorCode.END_DATE_LATER_THAN_PLAN_END_DATE, "End date [" + endDay
                    + "] is later than the end date of rate plan [" + plan.id() + "] ["
                    + day(plan.endDate(), zone) + "]");
        }
    }

    /**
     * The account's other accepted plans in effect at some time of {@code [start, end)} whose packages
     * share a product with the plan's: refused unless {@code suppressWarning}, and always when one is
     * the same rate plan.
     */
    private List<AcceptedRatePlanEntity> overlapping(DeveloperAccount account, RatePlan plan, Instant start,
            Instant end, UUID self, boolean suppressWarning) {
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
            Map<String, String> products = new LinkedHashMap<>();
            for (MintProduct product : catalog.packageView(org, otherPlan.packageId()).product()) {
                products.put(org + "@@@" + product.id(), product.displayName());
            }
            conflicts.put(otherPlan.id() + "|" + otherPlan.displayName(), products);
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
    private void endOrDelete(List<AcceptedRatePlanEntity> overlapping, Instant start, ZoneId zone, Instant now) {
        Instant cut = day(start, zone).atStartOfDay(zone).toInstant();
        for (AcceptedRatePlanEntity other : overlapping) {
            if (other.startDate().isBefore(cut)) {
                other.changeEndDate(cut, now);
            } else {
                plans.delete(other);
            }
        }
        plans.flush();
    }

    /** A prepaid account must be able to pay the fees now (spec §9.3: setup fee plus any fee in advance). */
    private void requireFunds(DeveloperAccount account, RatePlan plan, BigDecimal total) {
        if (!account.prepaid() || total.signum() == 0) {
            return;
        }
        BalanceService.Funds funds = balances.funds(account, plan.currencyId());
        if (!funds.canPay(total)) {
            throw new InsufficientFundsException(plan.currencyId(), funds.remaining(), total);
        }
    }

    private void charge(DeveloperAccount account, RatePlan plan, TransactionType type, BigDecimal fee, String what,
            String idempotencyKey) {
        if (fee.signum() > 0) {
            transactions.chargeFee(account, plan, type, plan.currencyId(), fee, false,
                    what + " of rate plan " + plan.id(), idempotencyKey);
        }
    }

    private static boolean flag(Boolean value) {
        return Boolean.TRUE.equals(value);
    }

    private static Long quotaTarget(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal target = value.stripTrailingZeros();
        if (target.signum() < 0 || target.scale() > 0 || target.compareTo(BigDecimal.valueOf(MAX_QUOTA_TARGET)) > 0) {
            throw InvalidRequestException.forField("quotaTarget", value,
                    "Field [quotaTarget] must be a whole number from 0 to " + MAX_QUOTA_TARGET);
        }
        return target.longValueExact();
    }

    /** The calendar day of an instant in the organization's zone; null for null. */
    private static LocalDate day(Instant instant, ZoneId zone) {
        return instant == null ? null : LocalDate.ofInstant(instant, zone);
    }

    /** The exclusive end of a plan that runs to the end of {@code endDay}: the next day's start. */
    private static Instant exclusiveEnd(LocalDate endDay, ZoneId zone) {
        return endDay == null ? null : endDay.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** The last day of a plan that ends (exclusively) at {@code end}; null when it runs on. */
    private static LocalDate lastDay(Instant end, ZoneId zone) {
        return end == null ? null : LocalDate.ofInstant(end.minusNanos(1), zone);
    }

    /**
     * When the plan's next billing cycle starts: its start while it has not started; then the first of
     * next month (calendar billing) or the next multiple of the plan's frequency after its start
     * (custom billing); null when that is not before the plan's end or the frequency is unknown.
     */
    static Instant nextCycleStart(RatePlan plan, Instant start, Instant end, Instant now, ZoneId zone) {
        if (start.isAfter(now)) {
            return start;
        }
        LocalDate today = day(now, zone);
        LocalDate next;
        if ("CUSTOM".equals(plan.recurringType())) {
            Period frequency = frequency(plan.frequencyDuration(), plan.frequencyDurationType());
            if (frequency == null) {
                return null;
            }
            LocalDate first = day(start, zone);
            int cycles = 1;
            next = first.plus(frequency);
            while (!next.isAfter(today)) {
                cycles++;
                next = first.plus(frequency.multipliedBy(cycles));
            }
        } else {
            next = today.withDayOfMonth(1).plusMonths(1);
        }
        Instant at = next.atStartOfDay(zone).toInstant();
        return end != null && !at.isBefore(end) ? null : at;
    }

    private static Period frequency(Integer duration, String type) {
        if (duration == null || duration < 1 || type == null) {
            return null;
        }
        return switch (type.toUpperCase(Locale.ROOT)) {
            case "DAY" -> Period.ofDays(duration);
            case "WEEK" -> Period.ofWeeks(duration);
            case "MONTH" -> Period.ofMonths(duration);
            case "QUARTER" -> Period.ofMonths(3 * duration);
            case "YEAR" -> Period.ofYears(duration);
            default -> null;
        };
    }

    /** Builds the views of one organization's accepted plans, reading each developer and rate plan once. */
    private final class Views {

        private final String org;
        private final ZoneId zone;
        private final Instant now;
        private final Map<UUID, MintDeveloper> developerViews = new HashMap<>();
        private final Map<String, RatePlanView> planViews = new HashMap<>();
        private final Map<String, RatePlan> ratePlans = new HashMap<>();

        Views(String org, ZoneId zone, Instant now) {
            this.org = org;
            this.zone = zone;
            this.now = now;
        }

        RatePlan plan(String ratePlanId) {
            return ratePlans.computeIfAbsent(ratePlanId, id -> catalog.requireRatePlan(org, id));
        }

        RatePlanView planView(String ratePlanId) {
            return planViews.computeIfAbsent(ratePlanId, id -> catalog.ratePlanView(org, id));
        }

        DeveloperRatePlan view(AcceptedRatePlanEntity entity) {
            MintDeveloper developer = developerViews.computeIfAbsent(entity.developerId(),
                    id -> developers.mintView(org, id.toString()));
            LocalDate lastDay = lastDay(entity.endDate(), zone);
            return new DeveloperRatePlan(PlanDates.format(entity.createdAt(), zone), developer,
                    lastDay == null ? null : lastDay + " 00:00:00",
                    entity.id().toString(),
                    PlanDates.format(nextCycleStart(plan(entity.ratePlanId()), entity.startDate(), entity.endDate(),
                            now, zone), zone),
                    entity.quotaTarget(), planView(entity.ratePlanId()), PlanDates.format(entity.startDate(), zone),
                    PlanDates.format(entity.updatedAt(), zone));
        }
    }
}
