package org.openmint.subscription;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.openmint.catalog.RatePlanView;
import org.openmint.developer.MintDeveloper;

/**
 * An accepted rate plan as the mint API shows it (spec §9.3): the developer and the rate plan in full,
 * dates as {@code YYYY-MM-DD HH:mm:ss} in the organization's time zone, unset fields left out.
 *
 * @param endDate the last day of the plan at 00:00:00; the plan runs to the end of that day
 * @param nextCycleStartDate when the plan's next billing cycle starts, if it does before the plan ends
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record DeveloperRatePlan(
        String created,
        MintDeveloper developer,
        String endDate,
        String id,
        String nextCycleStartDate,
        Long quotaTarget,
        RatePlanView ratePlan,
        String startDate,
        String updated) {
}
