package org.openmint.error;

import java.math.BigDecimal;
import java.util.List;

/** A request that is malformed or breaks a validation rule ({@code mint.invalidRequest}). */
public class InvalidRequestException extends MintException {

    /** Numbers longer than this in plain digits are shown in exponent notation. */
    private static final int MAX_PLAIN_DIGITS = 100;

    public InvalidRequestException(String message) {
        super(ErrorCode.INVALID_REQUEST, message);
    }

    private InvalidRequestException(String message, List<ErrorContext> contexts) {
        super(ErrorCode.INVALID_REQUEST, message, contexts);
    }

    /**
     * A field that is missing or invalid; the field goes into the contexts. A number is shown in plain
     * digits unless those would run long (a client may send {@code 1e999999999}): then in exponent notation.
     */
    public static InvalidRequestException forField(String field, Object value, String message) {
        return new InvalidRequestException(message, List.of(new ErrorContext(field, text(value))));
    }

    private static String text(Object value) {
        if (value instanceof BigDecimal number) {
            return (long) number.precision() + Math.abs((long) number.scale()) <= MAX_PLAIN_DIGITS
                    ? number.toPlainString()
                    : number.toString();
        }
        return value == null ? null : String.valueOf(value);
    }

    /** A required field that was not given. */
    public static InvalidRequestException missing(String field) {
        return forField(field, null, "Field [" + field + "] is required");
    }
}
