package org.openmint.attribute;

import java.util.List;

import org.openmint.error.InvalidRequestException;

/**
 * The attributes of a developer, company or app as its {@code /attributes} endpoint takes and answers them:
 * {@code {"attribute": [{"name": ..., "value": ...}]}}.
 */
public record AttributeList(List<Attribute> attribute) {

    /**
     * The attributes a request to replace them all carries, not yet checked.
     *
     * @throws InvalidRequestException when the body or its {@code attribute} list is missing
     */
    public static List<Attribute> required(AttributeList request) {
        if (request == null || request.attribute() == null) {
            throw InvalidRequestException.missing("attribute");
        }
        return request.attribute();
    }
}
