package org.openmint.transaction;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openmint.Fixtures;
import org.openmint.IntegrationTestSupport;
import org.openmint.scenario.RatePlanBody;
import org.openmint.scenario.Scenario;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmint.scenario.Scenario.mint;

/** Reloads, manual and automatic, listed and searched as BALANCE transactions (spec §6.2, §8.3). */
class TransactionSearchTests extends IntegrationTestSupport {

    /** Fields a reload has no value for (it prices no product of a package for an app), and the note it has. */
    private static final Set<String> NOT_OF_A_RELOAD = Set.of("application", "notes", "pkgId", "product",
            "ratePlanLevel",
            "ratedVolume");

    private Scenario organizationWithPlan() {
        return scenario.organization().currency("USD").product("weather").monetizationPackage("pkg", "weather")
                .ratePlan(RatePlanBody.published("plan").in("pkg")).provider("worldpay");
    }

    private JsonNode search(String org, String criteria) {
        return api.post(mint(org) + "/transaction-search?all=true", criteria).expectStatus(200).json();
    }

    private static List<String> types(JsonNode transactions) {
        return Fixtures.texts(transactions.get("transaction"), "type");
    }

    @Test
    void shouldListManualAndAutomaticReloadsAsBalanceTransactions() {
        Scenario world = organizationWithPlan();
        String org = world.org();
        String developer = world.developer("PREPAID");
        world.reload(developer, "10");
        api.post(mint(org) + "/developers/" + developer + "/developer-balances/recurring-setup?supportedCurrencyId=usd",
                "{\"providerId\": \"worldpay\", \"isRecurring\": \"true\", \"replenishAmount\": 5,"
                        + " \"recurringAmount\": 50}")
                .expectStatus(200);
        JsonNode fee = api.post(mint(org) + "/transactions?force=true", """
                {"type": "SETUPFEES", "developer": {"id": "%s"}, "ratePlan": {"id": "plan"}, "currency": {"id": "usd"},
                 "rate": 8}""".formatted(developer)).expectStatus(201).json();

        JsonNode reloads = search(org, """
                {"devCriteria": [{"id": "%s"}], "transactionTypes": ["BALANCE"]}""".formatted(developer));
        JsonNode listed = api.get(mint(org) + "/transactions/developers/" + developer).expectStatus(200).json();

        assertThat(reloads.get("totalRecords").asInt()).isEqualTo(2);
        assertThat(types(reloads)).containsOnly("BALANCE");
        assertThat(Fixtures.texts(reloads.get("transaction"), "notes")).containsExactlyInAnyOrder("Manual reload",
                "Automatic reload");
        List<String> rates = reloads.get("transaction").findValues("rate").stream()
                .map(rate -> rate.decimalValue().stripTrailingZeros().toPlainString()).toList();
        assertThat(rates).containsExactlyInAnyOrder("10", "50");
        JsonNode reload = reloads.get("transaction").get(0);
        assertThat(reload.get("rate").isNumber()).isTrue();
        assertThat(reload.get("currency").asString()).isEqualTo("USD");
        assertThat(reload.get("status").asString()).isEqualTo("SUCCESS");
        assertThat(reload.get("txProviderStatus").asString()).isEqualTo("SUCCESS");
        assertThat(reload.get("developer").get("email").asString()).isEqualTo(developer);
        assertThat(reload.get("batchSize").asInt()).isEqualTo(1);
        Fixtures.assertSameShape(fee, reload, NOT_OF_A_RELOAD);
        assertThat(types(listed)).containsExactlyInAnyOrder("BALANCE", "BALANCE", "SETUPFEES");
        assertThat(search(org, "{\"devCriteria\": [{\"id\": \"" + developer + "\"}]}").get("totalRecords").asInt())
                .isEqualTo(3);
    }

    @Test
    void shouldFilterReloadsLikeEveryTransaction() {
        Scenario world = organizationWithPlan();
        String org = world.org();
        String developer = world.developer("PREPAID");
        String company = world.company("PREPAID");
        world.reload(developer, "100").reloadCompany(company, "20");

        JsonNode companyReloads = search(org, "{\"devCriteria\": [{\"id\": \"" + company + "\"}]}");

        assertThat(companyReloads.get("totalRecords").asInt()).isEqualTo(1);
        Fixtures.assertMoney(companyReloads.get("transaction").get(0).get("rate"), "20");
        assertThat(companyReloads.get("transaction").get(0).get("developer").get("isCompany").asBoolean()).isTrue();
        assertThat(search(org, "{\"currCriteria\": [{\"id\": \"USD\"}]}").get("totalRecords").asInt()).isEqualTo(2);
        assertThat(search(org, "{}").get("totalRecords").asInt()).isEqualTo(2);
        api.post(mint(org) + "/transaction-search", "{\"prodCriteria\": [{\"id\": \"weather\"}]}")
                .expectError(404, "mint.noSuchResource");
        api.post(mint(org) + "/transaction-search", "{\"transactionTypes\": [\"CHARGE\"]}")
                .expectError(404, "mint.noSuchResource");
        api.get(mint(org) + "/transactions/developers/" + developer + "?productId=weather")
                .expectError(404, "mint.noSuchResource");
        assertThat(api.get(mint(org) + "/transactions/developers/" + company).expectStatus(200).json()
                .get("transaction").get(0).get("type").asString()).isEqualTo("BALANCE");
    }
}
