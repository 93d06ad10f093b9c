package org.openmint.category;

import org.openmint.error.InvalidRequestException;

/** The checks of the names and descriptions of categories and roles. */
final class Texts {

    static final int MAX_NAME = 255;
    static final int MAX_DESCRIPTION = 16_384;

    private Texts() {
    }

    /**
     * A required name of at most 255 characters, trimmed.
     *
     * @throws InvalidRequestException when it is missing, blank or too long
     */
    static String name(String value) {
        if (value == null || value.isBlank()) {
            throw InvalidRequestException.missing("name");
        }
        String name = value.trim();
        if (name.length() > MAX_NAME) {
            throw InvalidRequestException.forField("name", null,
                    "Field [name] is longer than " + MAX_NAME + " characters");
        }
        return name;
    }

    /**
     * An optional description of at most 16,384 characters; null when absent.
     *
     * @throws InvalidRequestException when it is too long
     */
    static String description(String value) {
        if (value != null && value.length() > MAX_DESCRIPTION) {
            throw InvalidRequestException.forField("description", null,
                    "Field [description] is longer than " + MAX_DESCRIPTION + " characters");
        }
        return value;
    }
}
