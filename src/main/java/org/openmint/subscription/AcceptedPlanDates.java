package org.openmint.subscription;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.openmint.catalog.PlanDates;
import org.openmint.catalog.RatePlan;
import org.openmint.error.ErrorCode;
import org.openmint.error.InvalidRequestException;
import org.openmint.error.MintException;

/**
 * The dates of an accepted plan (spec §9.3): calendar days in the organization's time zone, a start
 * not before today and within the rate plan's dates, an end not before the start nor after the rate
 * plan's end. An accepted plan runs to the end of its end day, so it is stored with the next day's
 * start as its exclusive end.
 */
final class AcceptedPlanDates {

    private AcceptedPlanDates() {
    }

    /** The calendar day of an instant in the organization's zone; null for null. */
    static LocalDate day(Instant instant, ZoneId zone) {
        return instant == null ? null : LocalDate.ofInstant(instant, zone);
    }

    /** The exclusive end of a plan that runs to the end of {@code endDay}: the next day's start. */
    static Instant exclusiveEnd(LocalDate endDay, ZoneId zone) {
        return endDay == null ? null : endDay.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** The last day of a plan that ends (exclusively) at {@code end}; null when it runs on. */
    static LocalDate lastDay(Instant end, ZoneId zone) {
        return end == null ? null : LocalDate.ofInstant(end.minusNanos(1), zone);
    }

    /** A plan starts today or later. */
    static void requireStartNotBeforeToday(LocalDate startDay, LocalDate today) {
        if (startDay.isBefore(today)) {
            throw new MintException(ErrorCode.START_DATE_EARLIER_THAN_TODAY,
                    "Start date [" + startDay + "] is earlier than today [" + today + "]");
        }
    }

    /** A plan starts within the rate plan's dates. */
    static void requireStartWithinPlan(RatePlan plan, LocalDate startDay, ZoneId zone) {
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

    /**
     * The end day, when there is one, is not before the start day nor (with a plan given) after {@code planEnd}, the
     * end of the plan's revisions (the plan's own end when it has none).
     */
    static void requireEndWithinPlan(RatePlan plan, Instant planEnd, LocalDate startDay, LocalDate endDay,
            ZoneId zone) {
        if (endDay == null) {
            return;
        }
        if (endDay.isBefore(startDay)) {
            throw new MintException(ErrorCode.END_DATE_EARLIER_THAN_START,
                    "End date [" + endDay + "] is earlier than the start date [" + startDay + "]");
        }
        if (plan != null && planEnd != null && endDay.isAfter(day(planEnd, zone))) {
            throw new MintException(ErrorCode.END_DATE_LATER_THAN_PLAN_END_DATE, "End date [" + endDay
                    + "] is later than the end date of rate plan [" + plan.id() + "] [" + day(planEnd, zone) + "]");
        }
    }

    /**
     * The start a change asks for: the accepted plan's own when the text is blank or the same; else a
     * start of a plan that has not started, today or later and within the rate plan's dates.
     *
     * @throws InvalidRequestException when the text is malformed or the plan has started
     * @throws MintException with the §9.3 code of the date rule the start breaks
     */
    static Instant changedStart(AcceptedRatePlanEntity entity, RatePlan plan, String startDate, ZoneId zone,
            Instant now) {
        Instant given = PlanDates.parse("startDate", startDate, zone);
        if (given == null || given.equals(entity.startDate())) {
            return entity.startDate();
        }
        if (!entity.startsAfter(now)) {
            throw InvalidRequestException.forField("startDate", startDate,
                    "The start date of an accepted rate plan that has started cannot change");
        }
        LocalDate startDay = day(given, zone);
        requireStartNotBeforeToday(startDay, day(now, zone));
        requireStartWithinPlan(plan, startDay, zone);
        return given;
    }

    /**
     * The exclusive end a change asks for: the accepted plan's own when the text is blank or names its
     * last day; else the end of a day that is today or later.
     *
     * @throws InvalidRequestException when the text is malformed or the day is before today
     */
    static Instant changedEnd(AcceptedRatePlanEntity entity, String endDate, ZoneId zone, Instant now) {
        if (endDate == null || endDate.isBlank()) {
            return entity.endDate();
        }
        LocalDate endDay = day(PlanDates.parse("endDate", endDate, zone), zone);
        if (endDay.equals(lastDay(entity.endDate(), zone))) {
            return entity.endDate();
        }
        LocalDate today = day(now, zone);
        if (endDay.isBefore(today)) {
            throw InvalidRequestException.forField("endDate", endDate,
                    "End date [" + endDay + "] is earlier than today [" + today + "]");
        }
        return exclusiveEnd(endDay, zone);
    }
}
