package org.openmint.organization;

import java.util.List;

/** The fields of an organization that only the core Edge API shows, validated; properties without the reserved ones. */
record EdgeFields(String displayName, String type, List<String> environments, List<OrganizationProperty> properties) {

    /** Edge's environments of a new organization when none are given. */
    static final List<String> DEFAULT_ENVIRONMENTS = List.of("prod", "test");

    /** The fields of an organization created without them (through the mint API, or with only a name). */
    static EdgeFields defaults(String displayName) {
        return new EdgeFields(displayName, "paid", DEFAULT_ENVIRONMENTS, List.of());
    }
}
