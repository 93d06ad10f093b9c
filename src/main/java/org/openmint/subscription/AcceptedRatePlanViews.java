package org.openmint.subscription;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.openmint.catalog.CatalogService;
import org.openmint.catalog.PlanDates;
import org.openmint.catalog.RatePlan;
import org.openmint.catalog.RatePlanView;
import org.openmint.developer.DeveloperService;
import org.openmint.developer.MintDeveloper;

/**
 * Builds the views of one organization's accepted plans at one instant (spec §9.3), reading each
 * developer and rate plan once, with the start of each plan's next billing cycle.
 */
final class AcceptedRatePlanViews {

    private final CatalogService catalog;
    private final DeveloperService developers;
    private final String org;
    private final ZoneId zone;
    private final Instant now;
    private final Map<UUID, MintDeveloper> developerViews = new HashMap<>();
    private final Map<String, RatePlanView> planViews = new HashMap<>();
    private final Map<String, RatePlan> ratePlans = new HashMap<>();

    AcceptedRatePlanViews(CatalogService catalog, DeveloperService developers, String org, ZoneId zone,
            Instant now) {
        this.catalog = catalog;
        this.developers = developers;
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
        LocalDate lastDay = AcceptedPlanDates.lastDay(entity.endDate(), zone);
        return new DeveloperRatePlan(PlanDates.format(entity.createdAt(), zone), developer,
                lastDay == null ? null : lastDay + " 00:00:00",
                entity.id().toString(),
                PlanDates.format(nextCycleStart(plan(entity.ratePlanId()), entity.startDate(), entity.endDate(),
                        now, zone), zone),
                entity.quotaTarget(), planView(entity.ratePlanId()), PlanDates.format(entity.startDate(), zone),
                PlanDates.format(entity.updatedAt(), zone));
    }

    /**
     * When the plan's next billing cycle starts: its start while it has not started; then the first of
     * next month (calendar billing) or the next multiple of the plan's frequency after its start
     * (custom billing); null when that is not before the plan's end or the frequency is unknown.
     */
    private static Instant nextCycleStart(RatePlan plan, Instant start, Instant end, Instant now, ZoneId zone) {
        if (start.isAfter(now)) {
            return start;
        }
        LocalDate today = AcceptedPlanDates.day(now, zone);
        LocalDate next;
        if ("CUSTOM".equals(plan.recurringType())) {
            Period frequency = frequency(plan.frequencyDuration(), plan.frequencyDurationType());
            if (frequency == null) {
                return null;
            }
            LocalDate first = AcceptedPlanDates.day(start, zone);
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
}
