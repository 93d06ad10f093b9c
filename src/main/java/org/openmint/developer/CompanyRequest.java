package org.openmint.developer;

import java.util.List;

import org.openmint.attribute.Attribute;

/** The body of a core Edge company create or update; output-only fields are ignored, absent {@code attributes} are kept. */
record CompanyRequest(
        String name,
        String displayName,
        List<Attribute> attributes) {
}
