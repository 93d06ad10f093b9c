package org.openmint.attribute;

import org.openmint.error.InvalidRequestException;

/** The body that sets one attribute at {@code /attributes/{name}}: {@code {"value": ...}}; a name in it is ignored. */
public record AttributeValue(String value) {

    /**
     * The value a request to set one attribute carries.
     *
     * @throws InvalidRequestException when the body or its {@code value} is missing
     */
    public static String required(AttributeValue request) {
        if (request == null || request.value() == null) {
            throw InvalidRequestException.missing("value");
        }
        return request.value();
    }
}
