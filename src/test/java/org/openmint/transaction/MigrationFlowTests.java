package org.openmint.transaction;

import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.openmint.Fixtures;
import org.openmint.IntegrationTestSupport;
import org.openmint.scenario.AppBody;
import org.openmint.scenario.DeveloperBody;
import org.openmint.scenario.ProductBody;
import org.openmint.scenario.RatePlanBody;
import org.openmint.scenario.Scenario;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmint.scenario.Scenario.mint;

/**
 * The flow of Apigee's page "Migrate developers to monetization" end to end: catalog, developer,
 * reload, accept with waivefees, POST /transactions (batchSize 50, then 125 with custAtt1 0.1), a
 * setup fee, a credit; balances, statement and listing after each step; force for a suspended developer.
 */
class MigrationFlowTests extends IntegrationTestSupport {

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

    /** How many transactions but reloads the search finds for the developer (none answers 404 mint.noSuchResource). */
    private int listed(String org, String developer) {
        var response = api.post(mint(org) + "/transaction-search",
                "{\"devCriteria\": [{\"id\": \"" + developer + "\"}], \"transactionTypes\": [\"CHARGE\","
                        + " \"SETUPFEES\", \"RECURRINGFEES\", \"CREDIT\"]}");
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

    /** A prepaid developer of this email with the legal name and address that accepting a plan needs. */
    private static DeveloperBody prepaid(String email) {
        return DeveloperBody.withEmail(email).billingType("PREPAID").legalDetails();
    }

    @Test
    void shouldMigrateADeveloperAsApigeeDocumentsIt() {
        // 1-2. products, packages and rate plans, published
        Scenario world = scenario.organization().currency("USD").product("testproduct")
                .monetizationPackage("calls", "testproduct")
                .ratePlan(RatePlanBody.published("calls-plan").in("calls").setUpFee("10").flatRate("VOLUME", "1"))
                .product(ProductBody.named("attrproduct").attributes("MINT_CUSTOM_ATTRIBUTE_1", "units"))
                .monetizationPackage("units", "attrproduct").ratePlan(RatePlanBody.published("units-plan")
                        .in("units").setUpFee("10").flatRate("MINT_CUSTOM_ATTRIBUTE_1", "1"));
        String org = world.org();
        // 3. developers
        String developer = world.developer(prepaid("migrated@example.com"));
        String app = world.developerApp(developer, AppBody.named("migrated-app").products("testproduct", "attrproduct"))
                .get("appId").asString();
        // 4. top up
        world.reload(developer, "100");
        assertStep(org, developer, "0", "100", 0);
        // 5. accept the plans, setup fee already paid
        world.acceptPlan(developer, "calls-plan");
        world.acceptPlan(developer, "units-plan");
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
        String broke = world.developer(prepaid("broke@example.com"));
        String brokeApp = world.developerApp(broke, AppBody.named("broke-app").products("testproduct")).get("appId")
                .asString();
        world.reload(broke, "10");
        world.acceptPlan(broke, "calls-plan");
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
