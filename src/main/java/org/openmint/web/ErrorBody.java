package org.openmint.web;

import java.util.List;

import org.openmint.error.ErrorCode;
import org.openmint.error.ErrorContext;

/** The spec's error body: {@code {"code": ..., "message": ..., "contexts": [...]}}. */
public record ErrorBody(String code, String message, List<ErrorContext> contexts) {

    public static ErrorBody of(ErrorCode code, String message) {
        return new ErrorBody(code.code(), message, List.of());
    }

    /** The body for an error known only by its HTTP status (container and filter errors). */
    static ErrorBody forStatus(int status) {
        return switch (status) {
            case 401 -> of(ErrorCode.UNAUTHORIZED, "Authentication required");
            case 403 -> of(ErrorCode.FORBIDDEN, "Access denied");
            case 404 -> of(ErrorCode.RESOURCE_DOES_NOT_EXIST, "No such resource");
            case 405 -> of(ErrorCode.METHOD_NOT_ALLOWED, "Method not allowed");
            case 413 -> of(ErrorCode.INVALID_REQUEST, "Request is too large");
            case 415 -> of(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type");
            case 503 -> of(ErrorCode.SERVICE_UNAVAILABLE, "The service is temporarily unavailable");
            default -> status >= 500
                    ? of(ErrorCode.INTERNAL_ERROR, "An internal error occurred")
                    : of(ErrorCode.INVALID_REQUEST, "Invalid request");
        };
    }
}
