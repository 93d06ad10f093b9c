package org.openmint.user;

import java.util.Map;

/**
 * What authentication needs to know about an organization user: the stored username, the BCrypt
 * hash of the password and the roles by organization. It never leaves the server.
 */
public record UserLogin(String username, String passwordHash, Map<String, OrgRole> roles) {

    public UserLogin {
        roles = Map.copyOf(roles);
    }

    /** Leaves the password hash out, should this ever be logged. */
    @Override
    public String toString() {
        return "UserLogin[username=" + username + ", roles=" + roles + "]";
    }
}
