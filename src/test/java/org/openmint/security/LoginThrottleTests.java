package org.openmint.security;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.openmint.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LoginThrottleTests {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T17:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(clock);

    private void fail(String username, int times) {
        for (int i = 0; i < times; i++) {
            throttle.check(username);
            throttle.failed(username);
        }
    }

    @Test
    void shouldLockAUsernameForTheWindowAfterTheFifthFailure() {
        fail("ops@example.com", 4);
        clock.advance(Duration.ofMinutes(4));
        fail("ops@example.com", 1);

        clock.advance(Duration.ofMinutes(4).plusSeconds(59));
        assertThatThrownBy(() -> throttle.check("OPS@example.com")).isInstanceOf(LoginThrottledException.class)
                .satisfies(
                        e -> assertThat(((LoginThrottledException) e).retryAfter()).isEqualTo(Duration.ofSeconds(1)));
        assertThatCode(() -> throttle.check("other@example.com")).doesNotThrowAnyException();

        clock.advance(Duration.ofSeconds(1));
        assertThatCode(() -> throttle.check("ops@example.com")).doesNotThrowAnyException();
        fail("ops@example.com", 4);
        assertThatCode(() -> throttle.check("ops@example.com")).doesNotThrowAnyException();
    }

    @Test
    void shouldForgetFailuresOlderThanTheWindow() {
        fail("ops@example.com", 4);
        clock.advance(LoginThrottle.WINDOW);

        fail("ops@example.com", 4);

        assertThatCode(() -> throttle.check("ops@example.com")).doesNotThrowAnyException();
    }

    @Test
    void shouldClearTheCountOnSuccess() {
        fail("ops@example.com", 4);
        throttle.succeeded("ops@example.com");

        fail("ops@example.com", 4);

        assertThatCode(() -> throttle.check("ops@example.com")).doesNotThrowAnyException();
    }

    @Test
    void shouldKeepLockedUsernamesWhenTheMapIsFull() {
        fail("victim@example.com", LoginThrottle.MAX_FAILURES);
        for (int i = 0; i < LoginThrottle.MAX_TRACKED + 10; i++) {
            throttle.failed("spray-" + i + "@example.com");
        }

        assertThatThrownBy(() -> throttle.check("victim@example.com")).isInstanceOf(LoginThrottledException.class);
    }
}
