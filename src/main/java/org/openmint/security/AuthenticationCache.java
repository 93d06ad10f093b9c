package org.openmint.security;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

import org.openmint.user.UserChangedEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Remembers successful logins for a short time so that a client sending HTTP Basic credentials
 * with every request does not pay a BCrypt verification (about 60 ms at cost 10) each time.
 *
 * <p>For each username it keeps only a SHA-256 digest of (username, password, the stored BCrypt
 * hash) and an expiry, never the password. A request whose digest matches skips BCrypt.
 * Because the stored hash is part of the digest and is read afresh on every request, a changed
 * password no longer matches at once, and a deleted user has no hash to match; entries are also
 * evicted when a user changes or is deleted, and expire after {@link #TTL} without use. At most
 * {@link #MAX_ENTRIES} are kept.
 *
 * <p>A login in use stays remembered: an expiry counted from the first login made every client that
 * sends requests all the time pay BCrypt on all its concurrent requests at once every {@link #TTL}
 * (16 connections stalled for 0.5 s on 2 cores, bench/results/2026-12-01.md). Checking a matching
 * digest again with BCrypt would prove nothing new, since the digest covers the stored hash.
 *
 * <p>The trade-off: the process memory now holds, for recently active accounts, a fast (SHA-256)
 * digest of each password instead of only its slow (BCrypt) hash. Someone who can read the heap
 * could test password guesses against it far faster than against BCrypt, although the BCrypt
 * hash (with its random salt) in the digest stops precomputed tables. Wrong passwords are never
 * cached and always cost a full BCrypt check, so online guessing gains nothing.
 */
@Component
class AuthenticationCache {

    static final Duration TTL = Duration.ofMinutes(5);
    static final int MAX_ENTRIES = 10_000;

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final Clock clock;

    AuthenticationCache(Clock clock) {
        this.clock = clock;
    }

    /**
     * Whether this password was verified against this stored hash for this user, and used since, within
     * the last {@link #TTL}; a match starts the time to live again.
     */
    boolean contains(String username, String password, String passwordHash) {
        String key = key(username);
        Entry entry = entries.get(key);
        Instant now = clock.instant();
        if (entry == null || entry.expired(now)
                || !MessageDigest.isEqual(entry.digest(), digest(username, password, passwordHash))) {
            return false;
        }
        entries.replace(key, entry, new Entry(entry.digest(), now.plus(TTL)));
        return true;
    }

    /** Remembers a login that BCrypt has just verified. */
    void put(String username, String password, String passwordHash) {
        Instant now = clock.instant();
        if (entries.size() >= MAX_ENTRIES) {
            entries.values().removeIf(entry -> entry.expired(now));
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
        }
        entries.put(key(username), new Entry(digest(username, password, passwordHash), now.plus(TTL)));
    }

    /** Forgets the user's login; their next request is verified with BCrypt again. */
    void evict(String username) {
        entries.remove(key(username));
    }

    /** How many logins are remembered. */
    int size() {
        return entries.size();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void onUserChanged(UserChangedEvent event) {
        evict(event.username());
    }

    private static String key(String username) {
        return username.toLowerCase(Locale.ROOT);
    }

    /** SHA-256 over the length-prefixed fields, so that no two different triples share an input. */
    private static byte[] digest(String username, String password, String passwordHash) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            for (String field : new String[]{key(username), password, passwordHash}) {
                byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
                sha256.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
                sha256.update(bytes);
            }
            return sha256.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Entry(byte[] digest, Instant expiresAt) {

        boolean expired(Instant now) {
            return !now.isBefore(expiresAt) || now.isBefore(expiresAt.minus(TTL));
        }
    }
}
