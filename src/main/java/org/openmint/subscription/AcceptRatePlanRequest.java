package org.openmint.subscription;

import java.math.BigDecimal;

/**
 * The body that accepts a rate plan ({@code POST .../developer-rateplans}) or changes an accepted one
 * ({@code PUT .../developer-rateplans/{id}}), spec §9.3. References come as {@code {"id": ...}} (full
 * objects, as a client echoes them back, are read by their id); dates as {@code YYYY-MM-DD} or
 * {@code YYYY-MM-DD HH:mm:ss} in the organization's time zone; flags as booleans or "true"/"false".
 *
 * @param id the accepted plan's id, echoed on update
 * @param developer the developer (email or id) or company (name) of the path
 * @param endDate the last day of the plan, which runs to the end of that day
 * @param quotaTarget the target of adjustable notifications, a whole number, 0 for none
 * @param suppressWarning true: end the overlapping accepted plans instead of refusing
 * @param waveTerminationCharge accepted; early termination fees are not charged
 */
record AcceptRatePlanRequest(
        String id,
        Ref developer,
        Ref ratePlan,
        String startDate,
        String endDate,
        BigDecimal quotaTarget,
        Boolean suppressWarning,
        Boolean waveTerminationCharge) {

    /** A reference by id. */
    record Ref(String id) {
    }
}
