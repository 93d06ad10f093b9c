package org.openmint.catalog;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * A rate plan and its published revisions, each the revision of the one before (Part III §16): from its
 * start date a revision replaces the plan before it, which ran to the end of its end day.
 *
 * @param plans the plan, then its published revision, then that one's, and so on
 * @param zone the organization's time zone, in which end dates are days
 */
record RevisionChain(List<RatePlan> plans, ZoneId zone) {

    /** The plan of the chain in effect at {@code at}: the last published one started then, if it has not ended. */
    Optional<RatePlan> inEffectAt(Instant at) {
        for (int i = plans.size() - 1; i >= 0; i--) {
            RatePlan plan = plans.get(i);
            if (!plan.published() || at.isBefore(plan.startDate())) {
                continue;
            }
            if (i == plans.size() - 1) {
                return plan.inEffectAt(at) ? Optional.of(plan) : Optional.empty();
            }
            // publishing the next one ended this one the day before it starts: it runs to the end of that day
            Instant end = plan.endDate() == null
                    ? null
                    : plan.endDate().atZone(zone).toLocalDate().plusDays(1).atStartOfDay(zone).toInstant();
            return end == null || at.isBefore(end) ? Optional.of(plan) : Optional.empty();
        }
        return Optional.empty();
    }
}
