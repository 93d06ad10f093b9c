package org.openmint.developer;

import org.springframework.stereotype.Service;

/** Stub until the developer feature lands. */
@Service
public class DeveloperService {

    public DeveloperAccount requireDeveloper(String org, String emailOrId) {
        throw new UnsupportedOperationException();
    }

    public DeveloperAccount requireCompany(String org, String companyName) {
        throw new UnsupportedOperationException();
    }

    public DeveloperAccount requireAccount(String org, String accountId) {
        throw new UnsupportedOperationException();
    }

    public Object mintView(String org, String accountId) {
        throw new UnsupportedOperationException();
    }
}
