package org.openmint.transaction;

import java.time.Instant;
import java.util.Optional;

/** What the transactions resource needs to know of accepted rate plans; the accepted-plans feature provides it. */
public interface PlanLookup {

    /** The accepted plan of the account that covers the product and is in effect at {@code at}. */
    Optional<ActivePlan> activePlan(String org, String accountId, String productId, Instant at);

    /** Whether the account has accepted the rate plan, or a plan it revises (whatever its dates). */
    boolean hasAccepted(String org, String accountId, String ratePlanId);
}
