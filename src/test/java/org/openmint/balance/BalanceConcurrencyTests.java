package org.openmint.balance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.openmint.Api;
import org.openmint.IntegrationTestSupport;
import org.openmint.developer.DeveloperAccount;
import org.openmint.developer.DeveloperService;
import org.openmint.error.MintException;
import org.openmint.scenario.CurrencyBody;
import org.openmint.scenario.Scenario;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many threads reload (over HTTP, with retried Idempotency-Keys), charge and credit the same few
 * balances at once; afterwards every balance equals its ledger and every acknowledged operation
 * counted exactly once.
 */
class BalanceConcurrencyTests extends IntegrationTestSupport {

    private static final int THREADS = 16;
    private static final int OPERATIONS_PER_THREAD = 150;

    @Autowired
    private BalanceService balanceService;

    @Autowired
    private DeveloperService developerService;

    @Autowired
    private JdbcClient jdbc;

    /** What the test saw acknowledged for one balance. */
    private static final class Expected {
        BigDecimal reloads = BigDecimal.ZERO;
        BigDecimal usage = BigDecimal.ZERO;
        int refused;

        synchronized void reload(BigDecimal amount) {
            reloads = reloads.add(amount);
        }

        synchronized void use(BigDecimal amount) {
            usage = usage.add(amount);
        }

        synchronized void refuse() {
            refused++;
        }
    }

    @Test
    void shouldKeepEveryBalanceEqualToItsLedgerUnderConcurrentReloadsChargesAndCredits() throws Exception {
        Scenario world = scenario.organization().currency(CurrencyBody.of("USD").creditLimit("400"));
        String org = world.org();
        List<DeveloperAccount> prepaid = new ArrayList<>();
        List<DeveloperAccount> postpaid = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            prepaid.add(developerService.requireDeveloper(org, world.developer("PREPAID")));
        }
        for (int i = 0; i < 2; i++) {
            postpaid.add(developerService.requireDeveloper(org, world.developer("POSTPAID")));
        }
        Map<String, Expected> expected = new ConcurrentHashMap<>();
        prepaid.forEach(d -> expected.put(d.id(), new Expected()));
        postpaid.forEach(d -> expected.put(d.id(), new Expected()));
        Map<String, BigDecimal> keys = new ConcurrentHashMap<>();

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            futures.add(pool.submit(() -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                for (int i = 0; i < OPERATIONS_PER_THREAD; i++) {
                    int op = random.nextInt(10);
                    if (op < 3) {
                        DeveloperAccount developer = prepaid.get(random.nextInt(prepaid.size()));
                        BigDecimal amount = BigDecimal.valueOf(random.nextInt(100, 2000), 2);
                        String key = UUID.randomUUID().toString();
                        String path = "/v1/mint/organizations/" + org + "/developers/" + developer.email()
                                + "/developer-balances";
                        String body = "{\"amount\": " + amount + ", \"supportedCurrency\": {\"id\": \"usd\"}}";
                        Api.Response first = api.send("POST", path, body, "application/json", "Idempotency-Key", key);
                        Api.Response retry = api.send("POST", path, body, "application/json", "Idempotency-Key", key);
                        assertThat(first.status()).as(first.body()).isEqualTo(200);
                        assertThat(retry.status()).as(retry.body()).isEqualTo(200);
                        assertThat(retry.body()).isEqualTo(first.body());
                        expected.get(developer.id()).reload(amount);
                        keys.put(key, amount);
                    } else if (op < 8) {
                        boolean post = op == 7;
                        List<DeveloperAccount> group = post ? postpaid : prepaid;
                        DeveloperAccount developer = group.get(random.nextInt(group.size()));
                        BigDecimal price = BigDecimal.valueOf(random.nextLong(1, 150_000), 4);
                        try {
                            balanceService.charge(developer, "usd", price, EntryType.CHARGE, false, null, "load", null);
                            expected.get(developer.id()).use(price);
                        } catch (MintException refused) {
                            expected.get(developer.id()).refuse();
                        }
                    } else {
                        DeveloperAccount developer = prepaid.get(random.nextInt(prepaid.size()));
                        BigDecimal credit = BigDecimal.valueOf(random.nextLong(1, 50_000), 4);
                        balanceService.credit(developer, "usd", credit, null, "credit", null);
                        expected.get(developer.id()).use(credit.negate());
                    }
                }
                return null;
            }));
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(5, TimeUnit.MINUTES)).isTrue();
        for (Future<?> future : futures) {
            future.get();
        }

        LedgerAssertions.assertLedgerMatches(jdbc, org, postpaid.stream().map(DeveloperAccount::id).toList());
        int refused = 0;
        for (LedgerAssertions.Audit audit : LedgerAssertions.audit(jdbc, org)) {
            Expected seen = expected.get(audit.developerId());
            assertThat(audit.reloads()).as("reloads of %s", audit.developerId()).isEqualByComparingTo(seen.reloads);
            assertThat(audit.usage()).as("usage of %s", audit.developerId()).isEqualByComparingTo(seen.usage);
            boolean isPostpaid = postpaid.stream().anyMatch(d -> d.id().equals(audit.developerId()));
            if (isPostpaid) {
                assertThat(audit.usage()).isLessThanOrEqualTo(new BigDecimal("400"));
            } else {
                assertThat(audit.remaining().signum()).as("prepaid remaining").isGreaterThanOrEqualTo(0);
            }
            refused += seen.refused;
        }
        assertThat(refused).as("some charges were refused for lack of funds or credit").isPositive();
        for (Map.Entry<String, BigDecimal> key : keys.entrySet()) {
            assertThat(jdbc.sql("SELECT amount FROM ledger_entries WHERE org_id = ? AND idempotency_key = ?")
                    .params(org, key.getKey()).query(BigDecimal.class).list())
                    .as("ledger rows of key %s", key.getKey()).singleElement()
                    .satisfies(amount -> assertThat(amount).isEqualByComparingTo(key.getValue()));
        }
    }
}
