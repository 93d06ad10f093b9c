package org.openmint.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The authenticated caller of the current request. */
public final class CurrentUser {

    static final String SYSTEM_ADMIN_ROLE = "SYSADMIN";

    private CurrentUser() {
    }

    /** The caller's username, or {@code anonymous} outside a request. */
    public static String username() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "anonymous" : authentication.getName();
    }

    /** Whether the caller is a system administrator, who may do everything. */
    public static boolean isSystemAdmin() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(a -> ("ROLE_" + SYSTEM_ADMIN_ROLE).equals(a.getAuthority()));
    }
}
