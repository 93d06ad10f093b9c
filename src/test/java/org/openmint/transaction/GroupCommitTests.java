package org.openmint.transaction;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.openmint.Api;
import org.openmint.Fixtures;
import org.openmint.IntegrationTestSupport;
import org.openmint.balance.BalanceService;
import org.openmint.balance.ChargeResult;
import org.openmint.balance.EntryType;
import org.openmint.developer.DeveloperAccount;
import org.openmint.developer.DeveloperService;
import org.openmint.scenario.AppBody;
import org.openmint.scenario.DeveloperBody;
import org.openmint.scenario.RatePlanBody;
import org.openmint.scenario.Scenario;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmint.scenario.Scenario.mint;

/**
 * Concurrent usage charges are committed together ({@link ChargeBatcher}): many at once on one balance
 * and on another must each be applied exactly once, in full or not at all, and refusals must come back
 * as they do for a charge alone.
 */
class GroupCommitTests extends IntegrationTestSupport {

    @Autowired
    private ChargeBatcher batcher;
    @Autowired
    private BalanceService balances;
    @Autowired
    private DeveloperService developers;
    @Autowired
    private JdbcClient jdbc;

    private static final int THREADS = 16;

    /** A new organization in USD with product calls-product in package calls, priced by calls-plan at 1 USD a call. */
    private Scenario organizationWithCallsPlan() {
        return scenario.organization().currency("USD").product("calls-product")
                .monetizationPackage("calls", "calls-product")
                .ratePlan(RatePlanBody.published("calls-plan").in("calls").flatRate("VOLUME", "1"));
    }

    /** A prepaid developer of this email with the legal name and address that accepting a plan needs. */
    private static DeveloperBody prepaid(String email) {
        return DeveloperBody.withEmail(email).billingType("PREPAID").legalDetails();
    }

    private static AppBody callsApp() {
        return AppBody.named("calls-app").products("calls-product");
    }

    private Api.Response charge(String org, String app) {
        return api.post(mint(org) + "/transactions",
                "{\"application\": {\"id\": \"" + app
                        + "\"}, \"product\": {\"id\": \"calls-product\"}, \"batchSize\": 1}");
    }

    private JsonNode balance(String org, String developer) {
        return api.get(mint(org) + "/developers/" + developer + "/developer-balances").expectStatus(200).json()
                .get("developerBalance").get(0);
    }

    /** The search for the developer's usage charges (its reloads are BALANCE transactions). */
    private static String charges(String developer) {
        return "{\"devCriteria\": [{\"id\": \"" + developer + "\"}], \"transactionTypes\": [\"CHARGE\"]}";
    }

    private int transactions(String org, String developer) {
        return api.post(mint(org) + "/transaction-search", charges(developer))
                .expectStatus(200).json().get("totalRecords").asInt();
    }

    @Test
    void shouldApplyEveryConcurrentChargeOnceAndRefuseWhatABalanceCannotPay() throws Exception {
        Scenario world = organizationWithCallsPlan();
        String org = world.org();
        String small = world.developer(prepaid("small@example.com"));
        String large = world.developer(prepaid("large@example.com"));
        world.reload(small, "10").reload(large, "100");
        world.acceptPlan(small, "calls-plan");
        world.acceptPlan(large, "calls-plan");
        String smallApp = world.developerApp(small, callsApp()).get("appId").asString();
        String largeApp = world.developerApp(large, callsApp()).get("appId").asString();

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<Api.Response>> onSmall = new ArrayList<>();
        List<Future<Api.Response>> onLarge = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            onSmall.add(pool.submit(() -> charge(org, smallApp)));
            onLarge.add(pool.submit(() -> charge(org, largeApp)));
            onLarge.add(pool.submit(() -> charge(org, largeApp)));
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(2, TimeUnit.MINUTES)).isTrue();

        int smallCharged = 0;
        for (Future<Api.Response> future : onSmall) {
            Api.Response response = future.get();
            if (response.status() == 201) {
                smallCharged++;
                Fixtures.assertMoney(response.json().get("rate"), "1");
            } else {
                assertThat(response.status()).as(response.body()).isBetween(400, 499);
                assertThat(response.json().get("code").asString()).as(response.body())
                        .isIn("mint.insufficientFunds", "mint.developerSuspended");
            }
        }
        for (Future<Api.Response> future : onLarge) {
            assertThat(future.get().status()).as(future.get().body()).isEqualTo(201);
        }

        assertThat(smallCharged).isEqualTo(10);
        Fixtures.assertMoney(balance(org, small).get("usage"), "10");
        Fixtures.assertMoney(balance(org, small).get("amount"), "10");
        Fixtures.assertMoney(balance(org, large).get("usage"), "60");
        Fixtures.assertMoney(balance(org, large).get("amount"), "100");
        assertThat(transactions(org, small)).isEqualTo(10);
        assertThat(transactions(org, large)).isEqualTo(60);
        // the exhausted balance suspended its developer, in the same commit as the charge that emptied it
        JsonNode suspended = api.get(mint(org) + "/suspended-developers").expectStatus(200).json();
        assertThat(suspended.size()).as(suspended.toString()).isEqualTo(1);
        assertThat(suspended.get(0).get("reasonCode").asString()).isEqualTo("INSUFFICIENT_FUNDS");
        charge(org, smallApp).expectError(400, "mint.developerSuspended");
        // the counters that VOLUME bands are priced from took every charged call, also within one batch
        assertThat(counter(org, large, "calls-plan")).isEqualByComparingTo("60");
        assertThat(counter(org, small, "calls-plan")).isEqualByComparingTo("10");
    }

    /**
     * One batch applies its charges in order: the charge that empties the balance suspends the account in
     * the same statement, so a later charge of the account in the batch is skipped (and refused on the
     * regular path) even when it could pay, as a free call could; each charged one has its transaction row.
     */
    @Test
    void shouldApplyABatchInOrderAndSuspendTheAccountAtTheChargeThatExhaustsIt() {
        Scenario world = organizationWithCallsPlan();
        String org = world.org();
        String email = world.developer(prepaid("batch@example.com"));
        world.reload(email, "2");
        world.acceptPlan(email, "calls-plan");
        UUID app = UUID.fromString(world.developerApp(email, callsApp()).get("appId").asString());
        DeveloperAccount account = developers.requireDeveloper(org, email);

        List<BalanceService.PendingCharge> charges = new ArrayList<>();
        List<TransactionRepository.Recording> rows = new ArrayList<>();
        for (String price : List.of("1", "1", "0")) {
            prepare(org, account, app, price, charges, rows);
        }

        List<Optional<ChargeResult>> results = batcher.commit(charges, rows);

        assertThat(results.get(0)).isPresent();
        assertThat(results.get(0).get().remaining()).isEqualByComparingTo("1");
        assertThat(results.get(1)).isPresent();
        assertThat(results.get(1).get().remaining()).isEqualByComparingTo("0");
        assertThat(results.get(1).get().entryId()).isEqualTo(charges.get(1).entryId());
        assertThat(results.get(2)).isEmpty();
        Fixtures.assertMoney(balance(org, email).get("usage"), "2");
        Fixtures.assertMoney(balance(org, email).get("amount"), "2");
        JsonNode suspended = api.get(mint(org) + "/suspended-developers").expectStatus(200).json();
        assertThat(suspended.size()).as(suspended.toString()).isEqualTo(1);
        assertThat(suspended.get(0).get("reasonCode").asString()).isEqualTo("INSUFFICIENT_FUNDS");
        JsonNode found = api.post(mint(org) + "/transaction-search",
                charges(email)).expectStatus(200).json();
        assertThat(found.get("totalRecords").asInt()).isEqualTo(2);
        for (JsonNode transaction : found.get("transaction")) {
            Fixtures.assertMoney(transaction.get("rate"), "1");
            Fixtures.assertMoney(transaction.get("custAtt3"), "7.5");
            assertThat(transaction.get("application").get("id").asString()).isEqualTo(app.toString());
        }
        assertThat(counter(org, email, "calls-plan")).isEqualByComparingTo("2");
        assertThat(jdbc.sql("SELECT count(*) FROM ledger_entries WHERE org_id = ? AND developer_id = ? "
                + "AND entry_type = 'CHARGE'")
                .params(org, UUID.fromString(account.id())).query(Long.class).single()).isEqualTo(2);
    }

    /**
     * A batch of charges of different accounts is applied by one set-based statement: each one as it would
     * be alone, skipped when the account is suspended or the balance cannot pay, suspending an account whose
     * balance it exhausts.
     */
    @Test
    void shouldApplyABatchOfDifferentAccountsEachAsAlone() {
        Scenario world = organizationWithCallsPlan();
        String org = world.org();
        Map<String, DeveloperAccount> accounts = new LinkedHashMap<>();
        Map<String, UUID> apps = new LinkedHashMap<>();
        for (String[] developer : new String[][]{{"exhausts", "2"}, {"short", "0.5"}, {"suspended", "1"},
                {"pays", "10"}}) {
            String email = world.developer(prepaid(developer[0] + "@example.com"));
            world.reload(email, developer[1]);
            world.acceptPlan(email, "calls-plan");
            apps.put(developer[0], UUID.fromString(world.developerApp(email, callsApp()).get("appId").asString()));
            accounts.put(developer[0], developers.requireDeveloper(org, email));
        }
        charge(org, apps.get("suspended").toString()).expectStatus(201);
        charge(org, apps.get("suspended").toString()).expectError(400, "mint.developerSuspended");

        List<BalanceService.PendingCharge> charges = new ArrayList<>();
        List<TransactionRepository.Recording> rows = new ArrayList<>();
        List<String> order = List.of("exhausts", "short", "suspended", "pays");
        List<String> prices = List.of("2", "1", "0", "3");
        for (int i = 0; i < order.size(); i++) {
            prepare(org, accounts.get(order.get(i)), apps.get(order.get(i)), prices.get(i), charges, rows);
        }
        List<Optional<ChargeResult>> results = batcher.commit(charges, rows);

        assertThat(results.get(0)).isPresent();
        assertThat(results.get(0).get().remaining()).isEqualByComparingTo("0");
        assertThat(results.get(1)).isEmpty();
        assertThat(results.get(2)).isEmpty();
        assertThat(results.get(3)).isPresent();
        assertThat(results.get(3).get().remaining()).isEqualByComparingTo("7");
        assertThat(results.get(3).get().usage()).isEqualByComparingTo("3");
        Fixtures.assertMoney(balance(org, "exhausts@example.com").get("usage"), "2");
        Fixtures.assertMoney(balance(org, "short@example.com").get("usage"), "0");
        Fixtures.assertMoney(balance(org, "suspended@example.com").get("usage"), "1");
        Fixtures.assertMoney(balance(org, "pays@example.com").get("usage"), "3");
        assertThat(transactions(org, "exhausts@example.com")).isEqualTo(1);
        assertThat(transactions(org, "pays@example.com")).isEqualTo(1);
        api.post(mint(org) + "/transaction-search", charges("short@example.com"))
                .expectError(404, "mint.noSuchResource");
        assertThat(counter(org, "pays@example.com", "calls-plan")).isEqualByComparingTo("1");
        JsonNode suspended = api.get(mint(org) + "/suspended-developers").expectStatus(200).json();
        assertThat(suspended.size()).as(suspended.toString()).isEqualTo(2);
        charge(org, apps.get("exhausts").toString()).expectError(400, "mint.developerSuspended");
        charge(org, apps.get("pays").toString()).expectStatus(201);
    }

    /** A usage charge of one call at {@code price} prepared as the regular path would, and its transaction row. */
    private void prepare(String org, DeveloperAccount account, UUID app, String price,
            List<BalanceService.PendingCharge> charges, List<TransactionRepository.Recording> rows) {
        BalanceService.PendingCharge charge = balances.prepareCharge(account, "usd", new BigDecimal(price),
                EntryType.CHARGE, false, "calls-plan", "Usage of calls-product", null);
        List<BigDecimal> custAtts = new ArrayList<>(Collections.nCopies(10, null));
        custAtts.set(2, new BigDecimal("7.5"));
        TransactionRow row = new TransactionRow(UUID.randomUUID(), TransactionType.CHARGE, account.id(), app,
                "calls-product", "calls", "calls-plan", "STANDARD", "usd", 1, new BigDecimal("1.0000"),
                new BigDecimal(price), custAtts, false, null, charge.entryId(), charge.at(), ADMIN, null);
        charges.add(charge);
        rows.add(new TransactionRepository.Recording(org, row, BigDecimal.ONE,
                LocalDate.now(ZoneOffset.UTC).withDayOfMonth(1)));
    }

    private BigDecimal counter(String org, String developer, String plan) {
        return jdbc.sql("""
                SELECT c.units FROM usage_counters c JOIN developers d ON d.org_id = c.org_id AND d.id = c.developer_id
                WHERE c.org_id = ? AND d.email = ? AND c.rate_plan_id = ?""")
                .params(org, developer, plan).query(BigDecimal.class).single();
    }
}
