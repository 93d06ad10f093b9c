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

    /** Whether the caller is a system administrator, who may do everything. */
    public static boolean isSystemAdmin() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(a -> ("ROLE_" + SYSTEM_ADMIN_ROLE).equals(a.getAuthority()));
    }

    /**
     * Whether the caller may send a request with this HTTP method to this organization: a system
     * administrator always, an organization user as their role there allows. The security
     * configuration already enforces this for every request; this is for code that needs to ask.
     */
    public static boolean canAccess(String org, String method) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof MintPrincipal principal
                && principal.mayAct(org, method);
    }
}
