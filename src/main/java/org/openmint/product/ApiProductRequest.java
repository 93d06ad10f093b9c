package org.openmint.product;

import java.util.List;

import org.openmint.attribute.Attribute;

/**
 * The body of an API product create or replace (core Edge {@code APIProductRequest}); read-only fields a
 * client echoes back ({@code createdAt}, {@code lastModifiedBy}, ...) are ignored.
 */
record ApiProductRequest(
        String name,
        String displayName,
        String description,
        String approvalType,
        List<String> apiResources,
        List<String> environments,
        List<String> proxies,
        List<String> scopes,
        String quota,
        String quotaInterval,
        String quotaTimeUnit,
        List<Attribute> attributes) {

    /** The body of {@code POST .../attributes/{name}}: {@code {"value": ...}}. */
    record AttributeValue(String name, String value) {
    }
}
