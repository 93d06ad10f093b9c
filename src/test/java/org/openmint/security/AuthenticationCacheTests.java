package org.openmint.security;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.openmint.MutableClock;
import org.openmint.user.UserChangedEvent;

import static org.assertj.core.api.Assertions.assertThat;

class AuthenticationCacheTests {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T17:00:00Z"));
    private final AuthenticationCache cache = new AuthenticationCache(clock);

    @Test
    void shouldRememberOnlyTheSamePasswordAndStoredHash() {
        cache.put("ops@example.com", "secret-password", "$2a$04$hash-one");

        assertThat(cache.contains("OPS@example.com", "secret-password", "$2a$04$hash-one")).isTrue();
        assertThat(cache.contains("ops@example.com", "secret-passwore", "$2a$04$hash-one")).isFalse();
        assertThat(cache.contains("ops@example.com", "secret-password", "$2a$04$hash-two")).isFalse();
        assertThat(cache.contains("dev@example.com", "secret-password", "$2a$04$hash-one")).isFalse();
    }

    @Test
    void shouldForgetAfterTheTimeToLiveWithoutUse() {
        cache.put("ops@example.com", "secret-password", "$2a$04$hash");

        clock.advance(AuthenticationCache.TTL);

        assertThat(cache.contains("ops@example.com", "secret-password", "$2a$04$hash")).isFalse();
    }

    @Test
    void shouldKeepALoginInUse() {
        cache.put("ops@example.com", "secret-password", "$2a$04$hash");

        for (int i = 0; i < 3; i++) {
            clock.advance(AuthenticationCache.TTL.minusSeconds(1));
            assertThat(cache.contains("ops@example.com", "secret-password", "$2a$04$hash")).as("use %d", i).isTrue();
        }
        clock.advance(AuthenticationCache.TTL);
        assertThat(cache.contains("ops@example.com", "secret-password", "$2a$04$hash")).isFalse();
    }

    @Test
    void shouldNotKeepALoginAliveWithAWrongPassword() {
        cache.put("ops@example.com", "secret-password", "$2a$04$hash");

        clock.advance(AuthenticationCache.TTL.minusSeconds(1));
        assertThat(cache.contains("ops@example.com", "wrong-password", "$2a$04$hash")).isFalse();
        clock.advance(Duration.ofSeconds(1));
        assertThat(cache.contains("ops@example.com", "secret-password", "$2a$04$hash")).isFalse();
    }

    @Test
    void shouldForgetAUserWhoChanged() {
        cache.put("ops@example.com", "secret-password", "$2a$04$hash");

        cache.onUserChanged(new UserChangedEvent("Ops@Example.com"));

        assertThat(cache.contains("ops@example.com", "secret-password", "$2a$04$hash")).isFalse();
    }

    @Test
    void shouldStayBounded() {
        for (int i = 0; i <= AuthenticationCache.MAX_ENTRIES; i++) {
            cache.put("user-" + i, "secret-password", "$2a$04$hash");
        }

        assertThat(cache.contains("user-" + AuthenticationCache.MAX_ENTRIES, "secret-password", "$2a$04$hash"))
                .isTrue();
        assertThat(cache.size()).isLessThanOrEqualTo(AuthenticationCache.MAX_ENTRIES);
    }
}
