package org.openmint.error;

import java.util.List;

/** A request that is malformed or breaks a validation rule ({@code mint.invalidRequest}). */
public class InvalidRequestException extends MintException {

    public InvalidRequestException(String message) {
        super(ErrorCode.INVALID_REQUEST, message);
    }

    private InvalidRequestException(String message, List<ErrorContext> contexts) {
        super(ErrorCode.INVALID_REQUEST, message, contexts);
    }

    /** A field that is missing or invalid; the field goes into the contexts. */
    public static InvalidRequestException forField(String field, Object value, String message) {
        return new InvalidRequestException(message,
                List.of(new ErrorContext(field, value == null ? null : String.valueOf(value))));
    }

    /** A required field that was not given. */
    public static InvalidRequestException missing(String field) {
        return forField(field, null, "Field [" + field + "] is required");
    }
}
