package org.openmint.organization;

import java.util.List;

/**
 * The body of {@code POST /v1/organizations} (create) and {@code POST|PUT /v1/organizations/{org}} (update):
 * what is left out keeps its default (create) or its value (update); sent {@code properties} replace them all.
 */
record OrganizationRequest(
        String name,
        String displayName,
        String type,
        List<String> environments,
        OrganizationProperties properties) {
}
