package org.openmint.soak;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * One request of the soak and everything its client saw of it: every attempt's status, the first
 * definitive answer (a 2xx, or a 4xx refusal the service stored for the key) and whether every
 * later definitive answer repeated it.
 */
final class Operation {

    /** What the request does. */
    enum Kind {
        RELOAD,
        CHARGE,
        FEE,
        CREDIT,
        CREDIT_LIMIT
    }

    /** How it ended for the client. */
    enum Outcome {
        /** A 2xx: the change must be in the ledger exactly once. */
        ACKNOWLEDGED,
        /** A 4xx answer such as insufficient funds: nothing may be in the ledger. */
        REFUSED,
        /** No definitive answer (the service was killed, or retries ran out): at most once in the ledger. */
        UNKNOWN
    }

    /** A transport failure (connection refused or reset, timeout) in {@link #statuses}. */
    static final int NO_RESPONSE = -1;

    final long id;
    final Kind kind;
    final SoakRun.Developer developer;
    /** The Idempotency-Key, null for credit-limit changes (which move no money). */
    final String key;
    final String method;
    final String path;
    final String body;
    /** What the ledger row adds to the amount (reloads) and to the usage (charges, fees; credits negative). */
    final BigDecimal amount;
    BigDecimal usage;
    /** For charges: the price the plan must have computed. */
    final BigDecimal expectedPrice;
    /** For fees: SETUPFEES or RECURRINGFEES. */
    final String entryType;

    final List<Integer> statuses = new ArrayList<>();
    Integer definitiveStatus;
    JsonNode definitiveBody;
    String mismatch;
    int deliberateRepeats;
    int replaysCompared;
    Outcome outcome = Outcome.UNKNOWN;
    long nextAttemptAt;

    Operation(long id, Kind kind, SoakRun.Developer developer, String key, String method, String path, String body,
            BigDecimal amount, BigDecimal usage, BigDecimal expectedPrice, String entryType) {
        this.id = id;
        this.kind = kind;
        this.developer = developer;
        this.key = key;
        this.method = method;
        this.path = path;
        this.body = body;
        this.amount = amount;
        this.usage = usage;
        this.expectedPrice = expectedPrice;
        this.entryType = entryType;
    }

    /** Requests sent with this operation's key (or, without a key, for this operation). */
    int attempts() {
        return statuses.size();
    }

    /** Whether a definitive answer has come (nothing changes it any more, retries only replay it). */
    boolean resolved() {
        return definitiveStatus != null;
    }

    @Override
    public String toString() {
        return kind + " #" + id + (key == null ? "" : " key " + key) + " of " + developer.email() + " " + method + " "
                + path + (body == null ? "" : " " + body) + " statuses " + statuses;
    }
}
