package org.openmint.user;

import java.util.Map;

/**
 * The body of {@code POST /emulator/users} and {@code PUT /emulator/users/{username}}:
 * {@code {"username": ..., "password": ..., "roles": {"<org>": "orgadmin" | "readonly"}}}.
 */
record UserRequest(String username, String password, Map<String, String> roles) {

    /** Leaves the password out, should this ever be logged. */
    @Override
    public String toString() {
        return "UserRequest[username=" + username + ", password=" + (password == null ? null : "[hidden]")
                + ", roles=" + roles + "]";
    }
}
