package org.openmint.tnc;

import java.util.UUID;

import org.openmint.developer.DeveloperUsage;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A developer or company that has accepted or declined a T&C cannot be deleted: its history is kept. */
@Component
class TncDeveloperUsage implements DeveloperUsage {

    private final DeveloperTncRepository history;

    TncDeveloperUsage(DeveloperTncRepository history) {
        this.history = history;
    }

    @Override
    @Transactional(readOnly = true)
    public String usage(String org, String developerId) {
        return history.existsByOrgIdAndDeveloperId(org, UUID.fromString(developerId))
                ? "terms and conditions history"
                : null;
    }
}
