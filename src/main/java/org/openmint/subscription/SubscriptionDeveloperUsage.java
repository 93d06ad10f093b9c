package org.openmint.subscription;

import java.util.UUID;

import org.openmint.developer.DeveloperUsage;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A developer or company with accepted rate plans cannot be deleted. */
@Component
class SubscriptionDeveloperUsage implements DeveloperUsage {

    private final AcceptedRatePlanRepository plans;

    SubscriptionDeveloperUsage(AcceptedRatePlanRepository plans) {
        this.plans = plans;
    }

    @Override
    @Transactional(readOnly = true)
    public String usage(String org, String developerId) {
        return plans.existsByOrgIdAndDeveloperId(org, UUID.fromString(developerId)) ? "accepted rate plans" : null;
    }
}
