package org.openmint.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import org.openmint.error.ErrorCode;
import org.openmint.error.InvalidRequestException;
import org.openmint.error.MintException;
import org.openmint.security.CurrentUser;
import org.openmint.web.ErrorResponses;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs a money-moving request at most once per {@code Idempotency-Key}, organization and caller
 * (spec Part I #17): the key is claimed in its own transaction, and the first response is stored in
 * the transaction that moves the money, so a repeat replays it and never applies anything twice.
 * A repeat with another request gets 422 {@code mint.idempotencyKeyReused}; one while the first is
 * still running gets 409 {@code mint.idempotencyRequestInProgress}.
 *
 * <p>A claim whose request never committed (its instance was killed, or the database went away)
 * is taken over by a retry after {@link #ABANDONED_AFTER}. A claim is identified by its
 * {@code created_at}, and the money transaction locks the claim and checks it is still its own
 * before it moves any money: a request that is merely slow keeps its claim locked, so a retry
 * cannot take it over, and a request whose claim was taken over before it got there gives up
 * instead of applying the change a second time.
 */
@Service
public class IdempotencyService {

    /** After this long, a claim whose request never committed may be taken over by a retry. */
    private static final Duration ABANDONED_AFTER = Duration.ofSeconds(60);

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final TransactionTemplate inTransaction;
    private final TransactionTemplate inNewTransaction;
    private final Clock clock;

    IdempotencyService(JdbcClient jdbc, JsonMapper json, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.inTransaction = new TransactionTemplate(transactions);
        this.inNewTransaction = new TransactionTemplate(transactions);
        this.inNewTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /**
     * Runs {@code operation} unless this key already ran it; the request is identified by its
     * method, path, query string and (re-serialized) body.
     */
    public ResponseEntity<?> execute(String org, String key, HttpServletRequest request, Object body,
            Supplier<ResponseEntity<?>> operation) {
        if (key == null) {
            return operation.get();
        }
        requireValid(key);
        // numbers as the client may send them (1e999999999 has no plain form): the operation refuses those itself
        String identity = request.getMethod() + " " + request.getRequestURI() + "?"
                + (request.getQueryString() == null ? "" : request.getQueryString()) + "\n"
                + (body == null
                        ? ""
                        : json.writer().without(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                                .writeValueAsString(body));
        return execute(org, key, identity, operation);
    }

    /**
     * Runs {@code operation} unless this key already ran it.
     *
     * @param key the Idempotency-Key header, or null to just run the operation
     * @param request what identifies the request (method, path, query and body) for the reuse check
     */
    public ResponseEntity<?> execute(String org, String key, String request, Supplier<ResponseEntity<?>> operation) {
        if (key == null) {
            return operation.get();
        }
        requireValid(key);
        String caller = CurrentUser.username();
        String hash = sha256(request);
        Claim claim = inNewTransaction.execute(status -> claim(org, caller, key, hash));
        if (claim.replay() != null) {
            return claim.replay();
        }
        Instant claimedAt = claim.claimedAt();
        try {
            return inTransaction.execute(status -> {
                holdClaim(org, caller, key, claimedAt);
                ResponseEntity<?> response = operation.get();
                complete(org, caller, key, claimedAt, response.getStatusCode(), response.getBody());
                return response;
            });
        } catch (MintException e) {
            ResponseEntity<?> response = ErrorResponses.of(e);
            inNewTransaction.executeWithoutResult(
                    status -> complete(org, caller, key, claimedAt, response.getStatusCode(), response.getBody()));
            return response;
        } catch (RuntimeException e) {
            inNewTransaction.executeWithoutResult(status -> release(org, caller, key, claimedAt));
            throw e;
        }
    }

    private static void requireValid(String key) {
        if (key.isEmpty() || key.length() > 255) {
            throw InvalidRequestException.forField("Idempotency-Key", key,
                    "Header [Idempotency-Key] must have 1 to 255 characters");
        }
    }

    /** Claims the key: either the answer to give instead of running the request, or the new claim's time. */
    private Claim claim(String org, String caller, String key, String hash) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        int claimed = jdbc.sql("""
                INSERT INTO idempotency_keys (org_id, caller, idempotency_key, request_hash, state, created_at)
                VALUES (?, ?, ?, ?, 'IN_PROGRESS', ?) ON CONFLICT DO NOTHING""")
                .params(org, caller, key, hash, utc(now)).update();
        if (claimed == 1) {
            return new Claim(null, now);
        }
        // gone again: the request that held it failed and released it a moment ago; the client retries
        Stored stored = stored(org, caller, key, "").orElseThrow(() -> inProgress(key));
        if (!stored.hash().equals(hash)) {
            throw new MintException(ErrorCode.IDEMPOTENCY_KEY_REUSED,
                    "Idempotency-Key [" + key + "] was already used for a different request");
        }
        if (stored.state().equals("IN_PROGRESS") && !stored.createdAt().plus(ABANDONED_AFTER).isAfter(now)) {
            // the request that holds the claim locks it while it runs: a locked claim is not abandoned
            stored = stored(org, caller, key, "FOR UPDATE SKIP LOCKED").orElseThrow(() -> inProgress(key));
            if (stored.state().equals("IN_PROGRESS") && !stored.createdAt().plus(ABANDONED_AFTER).isAfter(now)) {
                jdbc.sql("""
                        UPDATE idempotency_keys SET created_at = ?
                        WHERE org_id = ? AND caller = ? AND idempotency_key = ?""")
                        .params(utc(now), org, caller, key).update();
                return new Claim(null, now);
            }
        }
        if (stored.state().equals("DONE")) {
            return new Claim(ResponseEntity.status(stored.status()).contentType(MediaType.APPLICATION_JSON)
                    .header("Idempotent-Replayed", "true").body(stored.body() == null ? "" : stored.body()), null);
        }
        throw inProgress(key);
    }

    private Optional<Stored> stored(String org, String caller, String key, String lock) {
        return jdbc.sql("""
                SELECT request_hash, state, response_status, response_body, created_at FROM idempotency_keys
                WHERE org_id = ? AND caller = ? AND idempotency_key = ?""" + " " + lock)
                .params(org, caller, key)
                .query((rs, row) -> new Stored(rs.getString("request_hash"), rs.getString("state"),
                        rs.getInt("response_status"), rs.getString("response_body"),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant()))
                .optional();
    }

    /**
     * Locks the claim for the rest of the money transaction, so that no retry can take it over while
     * the request runs, and checks that it is still this request's.
     *
     * @throws MintException {@code mint.idempotencyRequestInProgress} when a retry took it over
     */
    private void holdClaim(String org, String caller, String key, Instant claimedAt) {
        boolean held = jdbc.sql("""
                SELECT state = 'IN_PROGRESS' AND created_at = ? FROM idempotency_keys
                WHERE org_id = ? AND caller = ? AND idempotency_key = ? FOR UPDATE""")
                .params(utc(claimedAt), org, caller, key).query(Boolean.class).optional().orElse(false);
        if (!held) {
            throw inProgress(key);
        }
    }

    /** Stores the response, unless the claim is no longer this request's. */
    private void complete(String org, String caller, String key, Instant claimedAt, HttpStatusCode status,
            Object body) {
        String text = body == null ? null : json.writeValueAsString(body);
        jdbc.sql("""
                UPDATE idempotency_keys SET state = 'DONE', response_status = ?, response_body = ?, completed_at = ?
                WHERE org_id = ? AND caller = ? AND idempotency_key = ? AND state = 'IN_PROGRESS'
                  AND created_at = ?""")
                .params(status.value(), text, utc(clock.instant()), org, caller, key, utc(claimedAt)).update();
    }

    private void release(String org, String caller, String key, Instant claimedAt) {
        jdbc.sql("""
                DELETE FROM idempotency_keys
                WHERE org_id = ? AND caller = ? AND idempotency_key = ? AND state = 'IN_PROGRESS'
                  AND created_at = ?""")
                .params(org, caller, key, utc(claimedAt)).update();
    }

    private static MintException inProgress(String key) {
        return new MintException(ErrorCode.IDEMPOTENCY_REQUEST_IN_PROGRESS,
                "A request with Idempotency-Key [" + key + "] is still in progress");
    }

    /** The outcome of claiming a key: a response to replay, or the time that identifies the new claim. */
    private record Claim(ResponseEntity<?> replay, Instant claimedAt) {
    }

    private record Stored(String hash, String state, int status, String body, Instant createdAt) {
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
