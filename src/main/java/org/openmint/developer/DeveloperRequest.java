package org.openmint.developer;

import java.util.List;

import org.openmint.attribute.Attribute;

/**
 * The body of a core Edge developer create or update; the output-only fields a client may send back
 * ({@code developerId}, {@code apps}, {@code createdAt}, ...) are ignored, and absent {@code attributes} are kept.
 */
record DeveloperRequest(
        String email,
        String firstName,
        String lastName,
        String userName,
        List<Attribute> attributes) {
}
