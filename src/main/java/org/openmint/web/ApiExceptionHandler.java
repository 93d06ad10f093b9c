package org.openmint.web;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Arrays;
import java.util.List;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.openmint.error.ErrorCode;
import org.openmint.error.ErrorContext;
import org.openmint.error.MintException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.validation.BindException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;

/** Turns every exception, Spring's own included, into the spec's error body. */
@RestControllerAdvice
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(MintException.class)
    ResponseEntity<ErrorBody> mint(MintException e) {
        return body(ErrorStatus.of(e.errorCode()), new ErrorBody(e.errorCode().code(), e.getMessage(), e.contexts()));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ErrorBody> unreadable(HttpMessageNotReadableException e) {
        Throwable cause = e.getMostSpecificCause();
        if (cause instanceof RequestBodyLimitFilter.RequestBodyTooLargeException) {
            return tooLarge();
        }
        if (cause instanceof JacksonException jackson && !(jackson instanceof StreamReadException)
                && !jackson.getPath().isEmpty()) {
            String field = fieldPath(jackson.getPath());
            return invalid("Field [" + field + "] has an invalid value", List.of(new ErrorContext(field, null)));
        }
        if (cause instanceof MintException mint) {
            return mint(mint);
        }
        String message = e.getCause() == null ? "Request body is missing" : "Malformed JSON request body";
        return invalid(message, List.of());
    }

    @ExceptionHandler(BindException.class)
    ResponseEntity<ErrorBody> binding(BindException e) {
        var error = e.getFieldError();
        if (error == null) {
            return invalid("Invalid request", List.of());
        }
        String value = error.getRejectedValue() == null ? null : String.valueOf(error.getRejectedValue());
        return invalid("Field [" + error.getField() + "] " + error.getDefaultMessage(),
                List.of(new ErrorContext(error.getField(), value)));
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ErrorBody> methodValidation(HandlerMethodValidationException e) {
        return invalid("Invalid request parameter", List.of());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ErrorBody> typeMismatch(MethodArgumentTypeMismatchException e) {
        String value = e.getValue() instanceof Object[] values
                ? String.join(",", Arrays.stream(values)
                        .map(String::valueOf).toList())
                : e.getValue() == null ? null : String.valueOf(e.getValue());
        return invalid("Parameter [" + e.getName() + "] has an invalid value",
                List.of(new ErrorContext(e.getName(), value)));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ErrorBody> missingParameter(MissingServletRequestParameterException e) {
        return invalid("Parameter [" + e.getParameterName() + "] is required",
                List.of(new ErrorContext(e.getParameterName(), null)));
    }

    @ExceptionHandler(ServletRequestBindingException.class)
    ResponseEntity<ErrorBody> requestBinding(ServletRequestBindingException e) {
        return invalid("Invalid request: " + e.getBody().getDetail(), List.of());
    }

    /** A query string Tomcat cannot split into parameters (an empty name, a bad %-escape). */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<ErrorBody> invalidQueryString(InvalidParameterException e) {
        return invalid("Invalid query string", List.of());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ErrorBody> methodNotAllowed(HttpRequestMethodNotSupportedException e) {
        HttpHeaders headers = new HttpHeaders();
        if (e.getSupportedHttpMethods() != null) {
            headers.setAllow(e.getSupportedHttpMethods());
        }
        return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).headers(headers)
                .contentType(MediaType.APPLICATION_JSON)
                .body(ErrorBody.of(ErrorCode.METHOD_NOT_ALLOWED, "Method " + e.getMethod() + " is not allowed here"));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ErrorBody> unsupportedMediaType(HttpMediaTypeNotSupportedException e) {
        return body(HttpStatus.UNSUPPORTED_MEDIA_TYPE, ErrorBody.of(ErrorCode.UNSUPPORTED_MEDIA_TYPE,
                "Content type " + e.getContentType() + " is not supported; send application/json"));
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<ErrorBody> notAcceptable(HttpMediaTypeNotAcceptableException e) {
        return body(HttpStatus.NOT_ACCEPTABLE,
                ErrorBody.of(ErrorCode.NOT_ACCEPTABLE, "Responses are only available as application/json"));
    }

    @ExceptionHandler({NoResourceFoundException.class, NoHandlerFoundException.class})
    ResponseEntity<ErrorBody> noResource(Exception e) {
        return body(HttpStatus.NOT_FOUND, ErrorBody.of(ErrorCode.RESOURCE_DOES_NOT_EXIST, "No such resource"));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ErrorBody> tooLarge(MaxUploadSizeExceededException e) {
        return tooLarge();
    }

    private static ResponseEntity<ErrorBody> tooLarge() {
        return body(HttpStatus.CONTENT_TOO_LARGE, ErrorBody.of(ErrorCode.INVALID_REQUEST, "Request body is too large"));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ErrorBody> accessDenied(AccessDeniedException e) {
        return body(HttpStatus.FORBIDDEN, ErrorBody.of(ErrorCode.FORBIDDEN, "Access denied"));
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ErrorBody> integrity(DataIntegrityViolationException e) {
        if (e.getMostSpecificCause() instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
            return body(HttpStatus.CONFLICT, ErrorBody.of(ErrorCode.DUPLICATE_ENTITY, "The entity already exists"));
        }
        log.warn("Integrity violation: {}", e.getMostSpecificCause().getMessage());
        return invalid("The request conflicts with existing data", List.of());
    }

    /** A stale version, a deadlock, a serialization failure or a lock not granted in time: the client may retry. */
    @ExceptionHandler({ObjectOptimisticLockingFailureException.class, OptimisticLockingFailureException.class,
            CannotAcquireLockException.class, PessimisticLockingFailureException.class})
    ResponseEntity<ErrorBody> concurrentModification(Exception e) {
        log.warn("Concurrent modification: {}", e.getMessage());
        return body(HttpStatus.CONFLICT, ErrorBody.of(ErrorCode.CONCURRENT_MODIFICATION,
                "The resource was changed by another request; retry"));
    }

    @ExceptionHandler({CannotGetJdbcConnectionException.class, DataAccessResourceFailureException.class,
            CannotCreateTransactionException.class, QueryTimeoutException.class})
    ResponseEntity<ErrorBody> unavailable(Exception e) {
        log.warn("Database unavailable: {}", e.getMessage());
        return body(HttpStatus.SERVICE_UNAVAILABLE,
                ErrorBody.of(ErrorCode.SERVICE_UNAVAILABLE, "The service is temporarily unavailable; retry later"));
    }

    /**
     * Anything else is a 500, unless it happened because the database went away: an exception that
     * Spring could not classify (a rollback that failed on a closed connection, a JPA error on a
     * terminated session) still has the lost connection in its causes.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ErrorBody> unexpected(Exception e) {
        if (causedByLostDatabase(e)) {
            return unavailable(e);
        }
        log.error("Unexpected error", e);
        return body(HttpStatus.INTERNAL_SERVER_ERROR,
                ErrorBody.of(ErrorCode.INTERNAL_ERROR, "An internal error occurred"));
    }

    /**
     * Whether a cause is a lost database connection: an SQL error of class 08 (connection exception)
     * or 57P (the server shutting down or ending the session), a JDBC connection exception, or the
     * pool's "Connection is closed" (it closes a connection that broke, so a rollback on it fails
     * with this instead of the original error).
     */
    private static boolean causedByLostDatabase(Throwable e) {
        Throwable cause = e;
        for (int depth = 0; cause != null && depth < 20; depth++, cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLRecoverableException) {
                return true;
            }
            if (cause instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null ? state.startsWith("08") || state.startsWith("57P") : isClosedPooledConnection(sql)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isClosedPooledConnection(SQLException e) {
        StackTraceElement[] trace = e.getStackTrace();
        return trace.length > 0 && trace[0].getClassName().startsWith("com.zaxxer.hikari.pool.ProxyConnection");
    }

    private static ResponseEntity<ErrorBody> invalid(String message, List<ErrorContext> contexts) {
        return body(HttpStatus.BAD_REQUEST, new ErrorBody(ErrorCode.INVALID_REQUEST.code(), message, contexts));
    }

    /** Always JSON, whatever the request's Accept header asks for: the error must reach the client. */
    private static ResponseEntity<ErrorBody> body(HttpStatus status, ErrorBody body) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
    }

    private static String fieldPath(List<JacksonException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JacksonException.Reference reference : path) {
            if (reference.getPropertyName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.toString();
    }
}
