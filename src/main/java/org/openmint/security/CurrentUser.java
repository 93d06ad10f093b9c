package org.openmint.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The authenticated caller of the current request. */
public final class CurrentUser {

    static final String SYSTEM_ADMIN_ROLE = "SYSADMIN";
    static final String ORGANIZATION_USER_ROLE = "ORGUSER";

    private CurrentUser() {
    }

    /** The caller's username as stored (whatever case they logged in with), or {@code anonymous} outside a request. */
    public static String username() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "anonymous" : authentication.getName();
    }
}
