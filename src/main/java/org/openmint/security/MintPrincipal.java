package org.openmint.security;

import java.util.Map;

import org.openmint.user.OrgRole;
import org.springframework.security.core.AuthenticatedPrincipal;

/**
 * An authenticated caller: the system administrator, who may do everything, or an organization
 * user, who may act only in the organizations granted to them, as their role there allows.
 */
record MintPrincipal(String username, boolean systemAdmin, Map<String, OrgRole> roles)
        implements AuthenticatedPrincipal {

    MintPrincipal {
        roles = Map.copyOf(roles);
    }

    @Override
    public String getName() {
        return username;
    }

    /** Whether this caller may send a request with this HTTP method to this organization (exact, case-sensitive id). */
    boolean mayAct(String org, String method) {
        if (systemAdmin) {
            return true;
        }
        OrgRole role = org == null ? null : roles.get(org);
        return role != null && role.permits(method);
    }
}
