package org.openmint.balance;

import org.openmint.developer.DeveloperAccount;
import org.openmint.developer.DeveloperService;
import org.springframework.stereotype.Component;

/** Finds the developer or company a balance path names: {@code developers/{email or id}} or {@code companies/{name}}. */
@Component
class Accounts {

    private final DeveloperService developers;

    Accounts(DeveloperService developers) {
        this.developers = developers;
    }

    DeveloperAccount find(String org, String kind, String id) {
        return kind.equals("companies") ? developers.requireCompany(org, id) : developers.requireDeveloper(org, id);
    }
}
