package org.openmint.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after {@link #MAX_FAILURES} failed logins for one username within
 * {@link #WINDOW}, every login for that username, even with the right password, is refused for
 * {@link #WINDOW} from the last failure. A successful login clears the count.
 *
 * <p>Unknown usernames are counted like known ones, so that the answers do not tell which exist.
 * The counts live in memory, per instance, for at most {@link #MAX_TRACKED} usernames: when full,
 * expired counts are dropped first, then counts that lock nothing; if every tracked username is
 * locked, further usernames go uncounted rather than unlocking anyone. The price of a limit per
 * username is that anyone can lock an account out for a while by failing on purpose.
 */
@Component
class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(5);
    static final int MAX_TRACKED = 10_000;

    private final ConcurrentHashMap<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /**
     * Refuses a login attempt while the username is locked.
     *
     * @throws LoginThrottledException while it is
     */
    void check(String username) {
        Instant now = clock.instant();
        Failures current = failures.get(key(username));
        if (current != null && current.lockedAt(now)) {
            throw new LoginThrottledException(Duration.between(now, current.lockedUntil()));
        }
    }

    /** Counts a failed login. */
    void failed(String username) {
        String key = key(username);
        Instant now = clock.instant();
        if (failures.size() >= MAX_TRACKED && !failures.containsKey(key)) {
            prune(now);
            if (failures.size() >= MAX_TRACKED) {
                return;
            }
        }
        failures.compute(key, (name, current) -> {
            Failures counted = current == null || current.expiredAt(now)
                    ? new Failures(1, now, null)
                    : new Failures(current.count() + 1, current.since(), null);
            return counted.count() >= MAX_FAILURES
                    ? new Failures(counted.count(), counted.since(), now.plus(WINDOW))
                    : counted;
        });
    }

    /** Clears the count after a successful login. */
    void succeeded(String username) {
        failures.remove(key(username));
    }

    private void prune(Instant now) {
        failures.values().removeIf(current -> current.expiredAt(now));
        if (failures.size() >= MAX_TRACKED) {
            failures.values().removeIf(current -> !current.lockedAt(now));
        }
    }

    private static String key(String username) {
        return username.toLowerCase(Locale.ROOT);
    }

    /** The failures counted since {@code since}; {@code lockedUntil} is set once they reach the limit. */
    private record Failures(int count, Instant since, Instant lockedUntil) {

        boolean lockedAt(Instant now) {
            return lockedUntil != null && now.isBefore(lockedUntil);
        }

        /** Whether this count no longer matters: its window or its lock has passed (or the clock went back). */
        boolean expiredAt(Instant now) {
            if (now.isBefore(since)) {
                return true;
            }
            return lockedUntil == null ? !now.isBefore(since.plus(WINDOW)) : !now.isBefore(lockedUntil);
        }
    }
}
