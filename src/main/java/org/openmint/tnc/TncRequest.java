package org.openmint.tnc;

import com.fasterxml.jackson.annotation.JsonAlias;

/**
 * The body of a T&C create or replace (spec §13.2). {@code tncText} is also accepted as {@code description},
 * the official SDK's name for it; {@code organization}, when given, must be the organization in the path.
 */
record TncRequest(String id, OrganizationRef organization, String url, @JsonAlias("description") String tncText,
        String version, String startDate) {

    /** A reference to an organization: {@code {"id": "..."}}. */
    record OrganizationRef(String id) {
    }
}
