package org.openmint.user;

import java.util.Locale;
import java.util.Optional;

/** What an organization user may do inside an organization granted to them. */
public enum OrgRole {

    /** Every method. */
    ORGADMIN("orgadmin"),
    /** Reading only: GET and HEAD. */
    READONLY("readonly");

    private final String value;

    OrgRole(String value) {
        this.value = value;
    }

    /** The role as it appears in JSON and in the database, e.g. {@code orgadmin}. */
    public String value() {
        return value;
    }

    /** Whether this role allows a request with this HTTP method. */
    public boolean permits(String method) {
        return this == ORGADMIN || "GET".equals(method) || "HEAD".equals(method);
    }

    static Optional<OrgRole> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String lower = value.trim().toLowerCase(Locale.ROOT);
        for (OrgRole role : values()) {
            if (role.value.equals(lower)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
