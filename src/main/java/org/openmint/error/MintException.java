package org.openmint.error;

import java.util.List;

/** A broken rule of the mint API: an error code, a message for the client and optional contexts. */
public class MintException extends RuntimeException {

    private final ErrorCode errorCode;
    private final List<ErrorContext> contexts;

    public MintException(ErrorCode errorCode, String message) {
        this(errorCode, message, List.of());
    }

    public MintException(ErrorCode errorCode, String message, List<ErrorContext> contexts) {
        super(message);
        this.errorCode = errorCode;
        this.contexts = List.copyOf(contexts);
    }

    public ErrorCode errorCode() {
        return errorCode;
    }

    public List<ErrorContext> contexts() {
        return contexts;
    }
}
