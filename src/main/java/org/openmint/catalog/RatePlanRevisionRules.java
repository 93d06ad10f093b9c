package org.openmint.catalog;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.openmint.error.ErrorCode;
import org.openmint.error.ErrorContext;
import org.openmint.error.MintException;

/**
 * The rules of rate plan revisions (Part III §16): what a revision inherits from its parent, when it may
 * start, and the day its parent ends once it is published.
 */
final class RatePlanRevisionRules {

    private RatePlanRevisionRules() {
    }

    /**
     * What a revision has where its request leaves a field out (§16 rule 1): its parent's fields, but no
     * dates of its own yet and not published.
     */
    static RatePlanEntity.PlanFields inherited(RatePlanEntity.PlanFields parent) {
        RatePlanEntity.PlanFields p = parent;
        return new RatePlanEntity.PlanFields(p.name(), p.displayName(), p.description(), p.type(), p.developerId(),
                p.developerCategoryId(), false, p.isPrivate(), null, null, p.currencyId(), p.setUpFee(),
                p.recurringFee(), p.earlyTerminationFee(), p.frequencyDuration(), p.frequencyDurationType(),
                p.recurringType(), p.recurringStartUnit(), p.contractDuration(), p.contractDurationType(),
                p.advance(), p.prorate(), p.paymentDueDays(), p.customPaymentTerm(), p.keepOriginalStartDate(),
                p.freemiumUnit(), p.freemiumDuration(), p.freemiumDurationType(), p.details());
    }

    /**
     * Checks a revision's start (§16 rule 2): not before today, late enough that its parent still runs a day
     * (the parent ends the day before the revision starts), and after the parent's own end day when the
     * parent has an end that no published revision set.
     *
     * @param parentEndSetByRevision whether the parent's end date is the one a published revision gave it
     * @throws MintException {@code mint.invalidRevisionStartDate} otherwise
     */
    static void checkStart(RatePlanEntity.PlanFields parent, boolean parentEndSetByRevision, Instant start,
            Instant now, ZoneId zone) {
        LocalDate startDay = start.atZone(zone).toLocalDate();
        if (startDay.isBefore(now.atZone(zone).toLocalDate())) {
            throw invalid(start, zone, "must not be before today");
        }
        if (!parentEnd(start, zone).isAfter(parent.startDate())) {
            throw invalid(start, zone, "must be at least a day after the parent's startDate ["
                    + PlanDates.format(parent.startDate(), zone) + "]");
        }
        if (parent.endDate() != null && !parentEndSetByRevision
                && !startDay.isAfter(parent.endDate().atZone(zone).toLocalDate())) {
            throw invalid(start, zone, "must be after the parent's endDate ["
                    + PlanDates.format(parent.endDate(), zone) + "]");
        }
    }

    /** The end date a published revision starting at {@code start} gives its parent: the day before, at midnight. */
    static Instant parentEnd(Instant start, ZoneId zone) {
        return start.atZone(zone).toLocalDate().minusDays(1).atStartOfDay(zone).toInstant();
    }

    private static MintException invalid(Instant start, ZoneId zone, String rule) {
        String value = PlanDates.format(start, zone);
        return new MintException(ErrorCode.INVALID_REVISION_START_DATE,
                "The revision's startDate [" + value + "] " + rule, List.of(new ErrorContext("startDate", value)));
    }
}
