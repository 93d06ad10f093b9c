package org.openmint.suspension;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.openmint.IntegrationTestSupport;
import org.openmint.balance.BalanceChangedEvent;
import org.openmint.balance.BalanceService;
import org.openmint.balance.EntryType;
import org.openmint.developer.DeveloperAccount;
import org.openmint.developer.DeveloperService;
import org.openmint.error.MintException;
import org.openmint.scenario.Scenario;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SuspensionServiceTests extends IntegrationTestSupport {

    private static final int THREADS = 8;

    @Autowired
    private SuspensionService suspensions;

    @Autowired
    private BalanceService balanceService;

    @Autowired
    private DeveloperService developerService;

    @Autowired
    private ApplicationEventPublisher events;

    @Autowired
    private JdbcClient jdbc;

    private long suspensionRows(String org, String developerId) {
        return jdbc.sql("SELECT count(*) FROM suspensions WHERE org_id = ? AND developer_id = ?")
                .params(org, UUID.fromString(developerId)).query(Long.class).single();
    }

    private static void runTogether(List<Callable<Void>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Void>> futures = new ArrayList<>();
        for (Callable<Void> task : tasks) {
            futures.add(pool.submit(() -> {
                start.await();
                return task.call();
            }));
        }
        start.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
        for (Future<Void> future : futures) {
            future.get();
        }
    }

    @Test
    void shouldTellWhetherAnAccountIsSuspended() {
        Scenario world = scenario.organization().currency("USD");
        String org = world.org();
        String developer = world.developer("PREPAID");
        DeveloperAccount account = developerService.requireDeveloper(org, developer);
        world.reload(developer, "usd", "3");
        boolean beforeCharge = suspensions.isSuspended(org, account.id());

        balanceService.charge(account, "usd", new BigDecimal("3"), EntryType.CHARGE, false, null, null, null);

        assertThat(beforeCharge).isFalse();
        assertThat(suspensions.isSuspended(org, account.id())).isTrue();
        assertThat(suspensions.isSuspended("other-" + org, account.id())).isFalse();
        assertThat(suspensions.isSuspended(org, UUID.randomUUID().toString())).isFalse();
        assertThat(suspensions.isSuspended(org, developer)).isFalse();
        assertThat(suspensions.isSuspended(org, null)).isFalse();
    }

    @Test
    void shouldStaySuspendedWhileAnyCurrencyIsExhausted() {
        Scenario world = scenario.organization().currency("USD").currency("EUR");
        String org = world.org();
        String developer = world.developer("PREPAID");
        DeveloperAccount account = developerService.requireDeveloper(org, developer);
        world.reload(developer, "usd", "1");
        world.reload(developer, "eur", "1");
        balanceService.charge(account, "usd", BigDecimal.ONE, EntryType.CHARGE, false, null, null, null);
        balanceService.charge(account, "eur", BigDecimal.ONE, EntryType.CHARGE, false, null, null, null);

        world.reload(developer, "usd", "1");
        boolean withEurExhausted = suspensions.isSuspended(org, account.id());
        world.reload(developer, "eur", "1");

        assertThat(withEurExhausted).isTrue();
        assertThat(suspensions.isSuspended(org, account.id())).isFalse();
    }

    @Test
    void shouldCreateExactlyOneEntryWhenConcurrentChargesSuspendTheSameDeveloper() throws Exception {
        Scenario world = scenario.organization();
        String org = world.org();
        List<String> currencies = List.of("usd", "eur", "gbp", "jpy");
        currencies.forEach(currency -> world.currency(currency.toUpperCase()));
        String developer = world.developer("PREPAID");
        DeveloperAccount account = developerService.requireDeveloper(org, developer);
        for (String currency : currencies) {
            world.reload(developer, currency, "1");
        }
        List<Callable<Void>> tasks = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            String currency = currencies.get(i % currencies.size());
            tasks.add(() -> {
                balanceService.charge(account, currency, BigDecimal.ONE, EntryType.CHARGE, true, null, null, null);
                return null;
            });
        }

        runTogether(tasks);

        JsonNode list = api.get("/v1/mint/organizations/" + org + "/suspended-developers").expectStatus(200).json();
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("devId").asString()).isEqualTo(org + "@@@" + account.id());
        assertThat(suspensionRows(org, account.id())).isEqualTo(currencies.size());
    }

    @Test
    void shouldKeepSuspensionInStepWithBalancesUnderConcurrentChangesAndManualLifts() throws Exception {
        Scenario world = scenario.organization();
        String org = world.org();
        List<String> currencies = List.of("usd", "eur");
        currencies.forEach(currency -> world.currency(currency.toUpperCase()));
        String developer = world.developer("PREPAID");
        DeveloperAccount account = developerService.requireDeveloper(org, developer);
        List<Callable<Void>> tasks = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            tasks.add(() -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                for (int i = 0; i < 40; i++) {
                    String currency = currencies.get(random.nextInt(currencies.size()));
                    int op = random.nextInt(10);
                    BigDecimal amount = BigDecimal.valueOf(random.nextInt(1, 500), 2);
                    try {
                        if (op < 3) {
                            world.reload(developer, currency, amount.toPlainString());
                        } else if (op < 8) {
                            balanceService.charge(account, currency, amount, EntryType.CHARGE, op == 7, null, null,
                                    null);
                        } else if (op < 9) {
                            balanceService.credit(account, currency, amount, null, null, null);
                        } else {
                            api.delete("/v1/mint/organizations/" + org + "/suspended-developers/" + developer);
                        }
                    } catch (MintException refused) {
                        // not enough money: nothing changed
                    }
                }
                return null;
            });
        }

        runTogether(tasks);
        // A manual lift leaves an exhausted balance unsuspended until its next change: change each once more.
        for (String currency : currencies) {
            balanceService.charge(account, currency, BigDecimal.ZERO, EntryType.CHARGE, true, null, null, null);
        }

        Map<String, Boolean> exhausted = new TreeMap<>();
        api.get("/v1/mint/organizations/" + org + "/developers/" + developer + "/developer-balances")
                .expectStatus(200).json().get("developerBalance").forEach(balance -> exhausted.put(
                        balance.get("supportedCurrency").get("id").asString(),
                        balance.get("amount").decimalValue().subtract(balance.get("usage").decimalValue())
                                .signum() <= 0));
        Map<String, Boolean> suspendedIn = new TreeMap<>();
        currencies.forEach(currency -> suspendedIn.put(currency, jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM suspensions WHERE org_id = ? AND developer_id = ?
                               AND currency_id = ?)""")
                .params(org, UUID.fromString(account.id()), currency).query(Boolean.class).single()));
        assertThat(suspendedIn).isEqualTo(exhausted);
        assertThat(suspensions.isSuspended(org, account.id())).isEqualTo(exhausted.containsValue(true));
    }

    @Test
    void shouldRefuseToHandleBalanceChangesOutsideTheirTransaction() {
        Scenario world = scenario.organization().currency("USD");
        String org = world.org();
        DeveloperAccount account = developerService.requireDeveloper(org, world.developer("PREPAID"));

        assertThatThrownBy(() -> events.publishEvent(new BalanceChangedEvent(org, account.id(), "usd", true,
                BigDecimal.ZERO, BigDecimal.ZERO, null))).isInstanceOf(IllegalTransactionStateException.class);
        assertThat(suspensions.isSuspended(org, account.id())).isFalse();
    }
}
