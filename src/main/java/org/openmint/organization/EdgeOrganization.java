package org.openmint.organization;

import java.util.List;

/**
 * An organization as the core Edge API shows it (Part III §21.1, the PHP client's {@code Organization}):
 * times in epoch milliseconds, {@code properties} as {@code {"property": [...]}}.
 */
record EdgeOrganization(
        long createdAt,
        String createdBy,
        String displayName,
        List<String> environments,
        long lastModifiedAt,
        String lastModifiedBy,
        String name,
        OrganizationProperties properties,
        String type) {
}
