package org.openmint.web;

import java.lang.reflect.Method;
import java.sql.SQLException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.method.annotation.ExceptionHandlerMethodResolver;

import static org.assertj.core.api.Assertions.assertThat;

/** Lost races on a row (stale version, deadlock, lock not granted) answer 409 {@code mint.concurrentModification}. */
class ConcurrentModificationHandlerTests {

    private final ApiExceptionHandler handler = new ApiExceptionHandler();
    private final ExceptionHandlerMethodResolver resolver = new ExceptionHandlerMethodResolver(
            ApiExceptionHandler.class);

    @Test
    void shouldAnswerLockingFailuresWithConflict() throws Exception {
        List<Exception> failures = List.of(
                new ObjectOptimisticLockingFailureException(Object.class, "id"),
                new PessimisticLockingFailureException("deadlock detected", new SQLException("deadlock", "40P01")),
                new CannotAcquireLockException("could not serialize access", new SQLException("x", "40001")));

        for (Exception failure : failures) {
            Method method = resolver.resolveMethod(failure);
            assertThat(method).as("handler of %s", failure).isNotNull();
            method.setAccessible(true);
            ResponseEntity<?> response = (ResponseEntity<?>) method.invoke(handler, failure);

            assertThat(response.getStatusCode().value()).isEqualTo(409);
            ErrorBody body = (ErrorBody) response.getBody();
            assertThat(body.code()).isEqualTo("mint.concurrentModification");
            assertThat(body.message()).isEqualTo("The resource was changed by another request; retry");
            assertThat(body.contexts()).isEmpty();
        }
    }
}
