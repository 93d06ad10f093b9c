package org.openmint.balance;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.openmint.IntegrationTestSupport;
import org.openmint.MutableClock;
import org.openmint.developer.DeveloperAccount;
import org.openmint.developer.DeveloperService;
import org.openmint.error.ErrorCode;
import org.openmint.error.MintException;
import org.openmint.idempotency.IdempotencyService;
import org.openmint.scenario.Scenario;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A claim on an Idempotency-Key that is older than 60 seconds may be taken over by a retry (spec
 * Part I #17), but only when its request is gone (its instance was killed), never while it still runs.
 */
@Import(BalanceRolloverTests.ClockConfiguration.class)
class IdempotencyTakeoverTests extends IntegrationTestSupport {

    private static final String REQUEST = "POST /developer-balances\n{\"amount\": 10}";

    @Autowired
    private MutableClock clock;

    @Autowired
    private IdempotencyService idempotency;

    @Autowired
    private BalanceService balanceService;

    @Autowired
    private DeveloperService developerService;

    @Autowired
    private JdbcClient jdbc;

    private ResponseEntity<?> reload(String org, DeveloperAccount account, String key) {
        return idempotency.execute(org, key, REQUEST, () -> ResponseEntity.ok(
                balanceService.reload(account, "usd", BigDecimal.TEN, key)));
    }

    private long ledgerRows(String org, String key) {
        return jdbc.sql("SELECT count(*) FROM ledger_entries WHERE org_id = ? AND idempotency_key = ?")
                .params(org, key).query(Long.class).single();
    }

    @Test
    void shouldNotApplyARetryTwiceWhenTheFirstRequestStillRunsAfterSixtySeconds() throws Exception {
        clock.set(Instant.parse("2026-03-10T12:00:00Z"));
        Scenario world = scenario.organization().currency("USD");
        String org = world.org();
        DeveloperAccount account = developerService.requireDeveloper(org, world.developer("PREPAID"));
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<ResponseEntity<?>> first = CompletableFuture
                .supplyAsync(() -> idempotency.execute(org, "slow", REQUEST, () -> {
                    running.countDown();
                    await(release);
                    return ResponseEntity.ok(balanceService.reload(account, "usd", BigDecimal.TEN, "slow"));
                }));
        assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();

        clock.advance(Duration.ofSeconds(61));
        assertThatThrownBy(() -> reload(org, account, "slow")).isInstanceOfSatisfying(MintException.class,
                e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.IDEMPOTENCY_REQUEST_IN_PROGRESS));
        release.countDown();

        assertThat(first.get(10, TimeUnit.SECONDS).getStatusCode().value()).isEqualTo(200);
        ResponseEntity<?> retry = reload(org, account, "slow");
        assertThat(retry.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(ledgerRows(org, "slow")).isEqualTo(1);
        LedgerAssertions.assertLedgerMatches(jdbc, org, java.util.List.of());
    }

    @Test
    void shouldLetARetryTakeOverAfterSixtySecondsTheClaimOfARequestThatDiedBeforeCommitting() {
        clock.set(Instant.parse("2026-03-10T12:00:00Z"));
        Scenario world = scenario.organization().currency("USD");
        String org = world.org();
        DeveloperAccount account = developerService.requireDeveloper(org, world.developer("PREPAID"));
        // the request dies inside its money transaction, as if its instance were killed: the claim stays
        assertThatThrownBy(() -> idempotency.execute(org, "crashed", REQUEST, () -> {
            balanceService.reload(account, "usd", BigDecimal.TEN, "crashed");
            throw new OutOfMemoryError("killed");
        })).isInstanceOf(OutOfMemoryError.class);
        assertThat(ledgerRows(org, "crashed")).isZero();

        assertThatThrownBy(() -> reload(org, account, "crashed")).isInstanceOfSatisfying(MintException.class,
                e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.IDEMPOTENCY_REQUEST_IN_PROGRESS));
        clock.advance(Duration.ofSeconds(61));
        ResponseEntity<?> takenOver = reload(org, account, "crashed");
        ResponseEntity<?> replayed = reload(org, account, "crashed");

        assertThat(takenOver.getStatusCode().value()).isEqualTo(200);
        assertThat(takenOver.getHeaders().getFirst("Idempotent-Replayed")).isNull();
        assertThat(replayed.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(ledgerRows(org, "crashed")).isEqualTo(1);
        LedgerAssertions.assertLedgerMatches(jdbc, org, java.util.List.of());
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("Not released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
