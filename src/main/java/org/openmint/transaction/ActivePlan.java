package org.openmint.transaction;

import org.openmint.catalog.RatePlan;

/** A rate plan a developer or company has accepted and that is in effect. */
public record ActivePlan(String acceptedPlanId, RatePlan ratePlan) {
}
