package org.openmint.transaction;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.openmint.Api;
import org.openmint.Fixtures;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Concurrent usage charges are committed together ({@link ChargeBatcher}): many at once on one balance
 * and on another must each be applied exactly once, in full or not at all, and refusals must come back
 * as they do for a charge alone.
 */
class GroupCommitTests extends TransactionTestSupport {

    private static final int THREADS = 16;

    private void accept(String org, String developer, String plan) {
        api.post(mint(org) + "/developers/" + developer + "/developer-rateplans?waivefees=true", """
                {"developer": {"id": "%s"}, "ratePlan": {"id": "%s"}, "startDate": "%s", "suppressWarning": "true"}"""
                .formatted(developer, plan, LocalDate.now(ZoneOffset.UTC))).expectStatus(201);
    }

    private Api.Response charge(String org, String app) {
        return api.post(mint(org) + "/transactions",
                "{\"application\": {\"id\": \"" + app + "\"}, \"product\": {\"id\": \"calls-product\"}, \"batchSize\": 1}");
    }

    private JsonNode balance(String org, String developer) {
        return api.get(mint(org) + "/developers/" + developer + "/developer-balances").expectStatus(200).json()
                .get("developerBalance").get(0);
    }

    private int transactions(String org, String developer) {
        return api.post(mint(org) + "/transaction-search", "{\"devCriteria\": [{\"id\": \"" + developer + "\"}]}")
                .expectStatus(200).json().get("totalRecords").asInt();
    }

    @Test
    void shouldApplyEveryConcurrentChargeOnceAndRefuseWhatABalanceCannotPay() throws Exception {
        String org = newOrganization();
        newCurrency(org, "USD");
        newProductAndPackage(org, "calls-product", "calls", "[]");
        newPlan(org, "calls", "calls-plan", "VOLUME", "1", "0");
        String small = developerWithLegalDetails(org, "small@example.com");
        String large = developerWithLegalDetails(org, "large@example.com");
        reload(org, small, "10");
        reload(org, large, "100");
        accept(org, small, "calls-plan");
        accept(org, large, "calls-plan");
        String smallApp = newApp(org, small, "calls-product");
        String largeApp = newApp(org, large, "calls-product");

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
    }
}
