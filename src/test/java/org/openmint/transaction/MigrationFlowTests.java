package org.openmint.transaction;

import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.openmint.Fixtures;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The flow of Apigee's page "Migrate developers to monetization" end to end: catalog, developer,
 * reload, accept with waivefees, POST /transactions (batchSize 50, then 125 with custAtt1 0.1), a
 * setup fee, a credit; balances, statement and listing after each step; force for a suspended developer.
 */
class MigrationFlowTests extends TransactionTestSupport {

    private void accept(String org, String developer, String plan) {
        api.post(mint(org) + "/developers/" + developer + "/developer-rateplans?waivefees=true", """
                {"developer": {"id": "%s"}, "ratePlan": {"id": "%s"}, "startDate": "%s", "suppressWarning": "true",
                 "waveTerminationCharge": "false"}""".formatted(developer, plan, LocalDate.now(ZoneOffset.UTC)))
                .expectStatus(201);
    }

    private JsonNode balance(String org, String developer) {
        return api.get(mint(org) + "/developers/" + developer + "/developer-balances").expectStatus(200).json()
                .get("developerBalance").get(0);
    }

    private JsonNode statement(String org, String developer) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return api.get(mint(org) + "/developers/" + developer + "/prepaid-developer-balance?billingMonth="
                + today.getMonth().name() + "&billingYear=" + today.getYear()).expectStatus(200).json()
                .get("developerBalance").get(0);
    }

    /** How many transactions the search finds for the developer (none answers 404 mint.noSuchResource). */
    private int listed(String org, String developer) {
        var response = api.post(mint(org) + "/transaction-search",
                "{\"devCriteria\": [{\"id\": \"" + developer + "\"}]}");
        if (response.status() == 404) {
            response.expectError(404, "mint.noSuchResource");
            return 0;
        }
        return response.expectStatus(200).json().get("totalRecords").asInt();
    }

    private void assertStep(String org, String developer, String usage, String remaining, int transactions) {
        JsonNode balance = balance(org, developer);
        Fixtures.assertMoney(balance.get("usage"), usage);
        assertThat(balance.get("amount").decimalValue().subtract(balance.get("usage").decimalValue()))
                .isEqualByComparingTo(remaining);
        JsonNode statement = statement(org, developer);
        Fixtures.assertMoney(statement.get("currentUsage"), usage);
        Fixtures.assertMoney(statement.get("currentBalance"), remaining);
        assertThat(listed(org, developer)).isEqualTo(transactions);
    }

    @Test
    void shouldMigrateADeveloperAsApigeeDocumentsIt() {
        // 1-2. products, packages and rate plans, published
        String org = newOrganization();
        newCurrency(org, "USD");
        newProductAndPackage(org, "testproduct", "calls", "[]");
        newPlan(org, "calls", "calls-plan", "VOLUME", "1", "10");
        newProductAndPackage(org, "attrproduct", "units",
                "[{\"name\": \"MINT_CUSTOM_ATTRIBUTE_1\", \"value\": \"units\"}]");
        newPlan(org, "units", "units-plan", "MINT_CUSTOM_ATTRIBUTE_1", "1", "10");
        // 3. developers
        String developer = developerWithLegalDetails(org, "migrated@example.com");
        String app = api.post("/v1/organizations/" + org + "/developers/" + developer + "/apps", """
                {"name": "migrated-app", "apiProducts": ["testproduct", "attrproduct"]}""").expectStatus(201)
                .json().get("appId").asString();
        // 4. top up
        reload(org, developer, "100");
        assertStep(org, developer, "0", "100", 0);
        // 5. accept the plans, setup fee already paid
        accept(org, developer, "calls-plan");
        accept(org, developer, "units-plan");
        assertStep(org, developer, "0", "100", 0);

        // 6. POST /transactions: 1000 calls before migration become batchSize; here 50
        JsonNode fifty = api.post(mint(org) + "/transactions", """
                {"application": {"id": "%s"}, "product": {"id": "testproduct"}, "batchSize": 50}""".formatted(app))
                .expectStatus(201).json();
        Fixtures.assertMoney(fifty.get("ratedVolume"), "50");
        Fixtures.assertMoney(fifty.get("rate"), "50");
        assertThat(fifty.get("batchSize").asLong()).isEqualTo(50);
        assertThat(fifty.get("application").get("id").asString()).isEqualTo(app);
        assertThat(fifty.get("product").get("name").asString()).isEqualTo("testproduct");
        assertStep(org, developer, "50", "50", 1);

        JsonNode twelveAndAHalf = api.post(mint(org) + "/transactions", """
                {"application": {"id": "%s"}, "product": {"id": "attrproduct"}, "batchSize": 125, "custAtt1": 0.1}"""
                .formatted(app)).expectStatus(201).json();
        Fixtures.assertMoney(twelveAndAHalf.get("ratedVolume"), "12.5");
        Fixtures.assertMoney(twelveAndAHalf.get("rate"), "12.5");
        Fixtures.assertMoney(twelveAndAHalf.get("custAtt1"), "0.1");
        assertStep(org, developer, "62.5", "37.5", 2);

        // a setup fee of 10
        api.post(mint(org) + "/transactions", """
                {"type": "SETUPFEES", "developer": {"id": "%s"}, "ratePlan": {"id": "calls-plan"},
                 "currency": {"id": "usd"}, "rate": 10}""".formatted(developer)).expectStatus(201);
        assertStep(org, developer, "72.5", "27.5", 3);

        // a credit
        api.send("POST",
                mint(org) + "/monetization-packages/calls/rate-plans/calls-plan/real-currency-credit-transactions"
                        + "?billingMonth=" + LocalDate.now(ZoneOffset.UTC).getMonth().name() + "&billingYear="
                        + LocalDate.now(ZoneOffset.UTC).getYear() + "&currencyId=usd&developerId=" + developer
                        + "&transactionAmount=2.5&transactionNote=migration%20credit",
                null, null).expectStatus(201);
        assertStep(org, developer, "70", "30", 4);
        JsonNode statement = statement(org, developer);
        Fixtures.assertMoney(statement.get("topups"), "100");
        Fixtures.assertMoney(statement.get("previousBalance"), "0");
        assertThat(api.get(mint(org) + "/transactions/developers/" + developer + "?utctime="
                + fifty.get("utcStartTime").asString().replace(" ", "%20")).expectStatus(200).json()
                .get("transaction").size()).isGreaterThanOrEqualTo(1);

        // a prepaid developer with a zero balance, suspended: force=false refused, force=true accepted
        String broke = developerWithLegalDetails(org, "broke@example.com");
        String brokeApp = api.post("/v1/organizations/" + org + "/developers/" + broke + "/apps", """
                {"name": "broke-app", "apiProducts": ["testproduct"]}""").expectStatus(201).json().get("appId")
                .asString();
        reload(org, broke, "10");
        accept(org, broke, "calls-plan");
        String tenCalls = "{\"application\": {\"id\": \"" + brokeApp + "\"}, \"product\": {\"id\": \"testproduct\"},"
                + " \"batchSize\": 10}";
        api.post(mint(org) + "/transactions", tenCalls).expectStatus(201);
        assertThat(api.get(mint(org) + "/suspended-developers/" + broke).expectStatus(200).json()
                .get("reasonCode").asString()).isEqualTo("INSUFFICIENT_FUNDS");

        api.post(mint(org) + "/transactions", tenCalls).expectError(400, "mint.developerSuspended");
        assertStep(org, broke, "10", "0", 1);
        api.post(mint(org) + "/transactions?force=true", tenCalls).expectStatus(201);
        assertStep(org, broke, "20", "-10", 2);
    }
}
