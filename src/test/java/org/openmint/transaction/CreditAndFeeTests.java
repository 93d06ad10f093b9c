package org.openmint.transaction;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openmint.Api;
import org.openmint.Fixtures;
import org.openmint.IntegrationTestSupport;
import org.openmint.scenario.RatePlanBody;
import org.openmint.scenario.Scenario;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmint.scenario.Scenario.mint;

/** Credits (spec §7.1), forced fees, and the listing and search of transactions (spec §8.3). */
class CreditAndFeeTests extends IntegrationTestSupport {

    private String credit(String org, String query) {
        return mint(org) + "/monetization-packages/pkg/rate-plans/plan/real-currency-credit-transactions?" + query;
    }

    /**
     * A new organization in USD whose package pkg holds product weather, priced by the published plan "plan"
     * at 1 USD a call with a setup fee of 10.
     */
    private Scenario organizationWithPlan() {
        return scenario.organization().currency("USD").product("weather").monetizationPackage("pkg", "weather")
                .ratePlan(RatePlanBody.published("plan").in("pkg").setUpFee("10").flatRate("VOLUME", "1"));
    }

    private static JsonNode balance(Api api, String org, String developer) {
        return api.get(mint(org) + "/developers/" + developer + "/developer-balances").json()
                .get("developerBalance").get(0);
    }

    @Test
    void shouldLowerUsageWithPositiveCreditsAndRaiseItWithNegativeOnes() {
        Scenario world = organizationWithPlan();
        String org = world.org();
        String developer = world.developer("PREPAID");
        world.reload(developer, "100");

        JsonNode credit = api.send("POST", credit(org, "billingMonth=NOVEMBER&billingYear=2026&currencyId=usd"
                + "&developerId=" + developer + "&transactionAmount=25.5&transactionNote=Promotional%20credit"), null,
                null)
                .expectStatus(201).json();
        api.send("POST", credit(org, "billingMonth=NOVEMBER&billingYear=2026&currencyId=usd&developerId=" + developer
                + "&transactionAmount=-5.25&transactionNote=correction&productId=weather"), null, null)
                .expectStatus(201);

        assertThat(credit.get("type").asString()).isEqualTo("CREDIT");
        Fixtures.assertMoney(credit.get("rate"), "25.5");
        assertThat(credit.get("currency").asString()).isEqualTo("USD");
        assertThat(credit.get("developer").get("email").asString()).isEqualTo(developer);
        assertThat(credit.get("notes").asString()).isEqualTo("Promotional credit");
        assertThat(credit.get("status").asString()).isEqualTo("SUCCESS");
        JsonNode balance = balance(api, org, developer);
        Fixtures.assertMoney(balance.get("amount"), "100");
        Fixtures.assertMoney(balance.get("usage"), "-20.25");
    }

    /** Credits, the transaction listing and the search name a company by its name, as they name a developer. */
    @Test
    void shouldCreditACompanyAndFindItsTransactions() {
        Scenario world = organizationWithPlan();
        String org = world.org();
        String company = world.company("PREPAID");
        world.reloadCompany(company, "100");

        JsonNode credit = api.send("POST", credit(org, "billingMonth=NOVEMBER&billingYear=2026&currencyId=usd"
                + "&developerId=" + company + "&transactionAmount=7.5&transactionNote=Goodwill"), null, null)
                .expectStatus(201).json();

        assertThat(credit.get("type").asString()).isEqualTo("CREDIT");
        Fixtures.assertMoney(credit.get("rate"), "7.5");
        JsonNode balance = api.get(mint(org) + "/companies/" + company + "/developer-balances").expectStatus(200)
                .json().get("developerBalance").get(0);
        Fixtures.assertMoney(balance.get("usage"), "-7.5");
        JsonNode listed = api.get(mint(org) + "/transactions/developers/" + company).expectStatus(200).json();
        assertThat(listed.get("totalRecords").asInt()).as("the credit and the reload").isEqualTo(2);
        assertThat(Fixtures.texts(listed.get("transaction"), "type")).containsExactlyInAnyOrder("CREDIT", "BALANCE");
        assertThat(Fixtures.texts(listed.get("transaction"), "id")).contains(credit.get("id").asString());
        JsonNode found = api.post(mint(org) + "/transaction-search",
                "{\"devCriteria\": [{\"id\": \"" + company + "\"}]}").expectStatus(200).json();
        assertThat(found.get("totalRecords").asInt()).isEqualTo(2);
    }

    @Test
    void shouldRefuseInvalidCredits() {
        Scenario world = organizationWithPlan();
        String org = world.org();
        String developer = world.developer("PREPAID");
        String valid = "billingMonth=NOVEMBER&billingYear=2026&currencyId=usd&developerId=" + developer
                + "&transactionAmount=5&transactionNote=note";

        api.send("POST", credit(org, valid.replace("transactionAmount=5", "transactionAmount=0")), null, null)
                .expectError(400, "mint.invalidRequest");
        api.send("POST", credit(org, valid.replace("transactionAmount=5", "transactionAmount=1.00001")), null, null)
                .expectError(400, "mint.invalidRequest");
        api.send("POST", credit(org, valid.replace("&transactionNote=note", "")), null, null)
                .expectError(400, "mint.invalidRequest");
        api.send("POST", credit(org, valid.replace("billingMonth=NOVEMBER", "billingMonth=NOVEMBRE")), null, null)
                .expectError(400, "mint.invalidRequest");
        api.send("POST", credit(org, valid.replace("billingYear=2026", "billingYear=26")), null, null)
                .expectError(400, "mint.invalidRequest");
        api.send("POST", credit(org, valid.replace("currencyId=usd", "currencyId=xyz")), null, null)
                .expectError(404, "mint.resourceDoesNotExist");
        api.send("POST", credit(org, valid.replace(developer, "nobody@example.com")), null, null)
                .expectError(404, "mint.resourceDoesNotExist");
        api.send("POST", credit(org, valid + "&productId=nothing"), null, null)
                .expectError(404, "mint.resourceDoesNotExist");
        api.send("POST", mint(org) + "/monetization-packages/pkg/rate-plans/nope/real-currency-credit-transactions?"
                + valid, null, null).expectError(404, "mint.resourceDoesNotExist");
        api.send("POST", mint(org) + "/monetization-packages/nope/rate-plans/plan/real-currency-credit-transactions?"
                + valid, null, null).expectError(404, "mint.resourceDoesNotExist");

        assertThat(api.get(mint(org) + "/developers/" + developer + "/developer-balances").json()
                .get("totalRecords").asInt()).isZero();
    }

    @Test
    void shouldChargeForcedFeesAndListAndSearchThem() {
        Scenario world = organizationWithPlan();
        String org = world.org();
        String developer = world.developer("PREPAID");
        world.reload(developer, "100");
        String fee = """
                {"type": "SETUPFEES", "developer": {"id": "%s"}, "ratePlan": {"id": "plan"}, "currency": {"id": "usd"},
                 "rate": 12.3456}""".formatted(developer);

        api.post(mint(org) + "/transactions", fee).expectError(400, "mint.noCurrentPublishableEntity");
        JsonNode charged = api.post(mint(org) + "/transactions?force=true", fee).expectStatus(201).json();
        JsonNode listed = api.get(mint(org) + "/transactions/developers/" + developer).expectStatus(200).json();
        JsonNode found = api.post(mint(org) + "/transaction-search", """
                {"devCriteria": [{"id": "%s", "orgId": "%s"}], "transactionTypes": ["SETUPFEES"]}"""
                .formatted(developer, org)).expectStatus(200).json();

        assertThat(charged.get("type").asString()).isEqualTo("SETUPFEES");
        Fixtures.assertMoney(charged.get("rate"), "12.3456");
        assertThat(charged.get("pkgId").asString()).isEqualTo("pkg");
        assertThat(charged.get("ratePlanLevel").asString()).isEqualTo("STANDARD");
        Fixtures.assertMoney(balance(api, org, developer).get("usage"), "12.3456");
        assertThat(listed.get("transaction")).as("the fee and the reload").hasSize(2);
        JsonNode listedFee = listed.get("transaction").findParents("type").stream()
                .filter(t -> t.get("type").asString().equals("SETUPFEES")).findFirst().orElseThrow();
        assertThat(listedFee.get("id").asString()).isEqualTo(charged.get("id").asString());
        assertThat(found.get("transaction")).hasSize(1);
        assertThat(found.get("totalRecords").asInt()).isEqualTo(1);
        Fixtures.assertSameShape(charged, listedFee, Set.of());
        api.post(mint(org) + "/transaction-search", """
                {"devCriteria": [{"id": "%s"}], "transactionTypes": ["CHARGE"]}""".formatted(developer))
                .expectError(404, "mint.noSuchResource");
    }

    @Test
    void shouldApplyTheTimeWindowRulesOfTheDeveloperListing() {
        Scenario world = organizationWithPlan();
        String org = world.org();
        String developer = world.developer("PREPAID");
        world.reload(developer, "100");
        JsonNode charged = api.post(mint(org) + "/transactions?force=true", """
                {"type": "RECURRINGFEES", "developer": {"id": "%s"}, "ratePlan": {"id": "plan"},
                 "currency": {"id": "usd"}, "rate": 1}""".formatted(developer)).expectStatus(201).json();
        String at = charged.get("utcStartTime").asString().replace(" ", "%20");
        String list = mint(org) + "/transactions/developers/" + developer;

        api.get(list + "?utctime=" + at).expectStatus(200);
        api.get(list + "?utctime=" + at + "&utctime2=" + at).expectStatus(200);
        api.get(list + "?utctme=" + at).expectStatus(200);
        api.get(list + "?utctime=2020-01-01%2000:00:00").expectError(404, "mint.noSuchResource");
        api.get(list + "?utctime=2020-01-01%2000:00:00&utctime2=2020-01-01%2000:02:00")
                .expectError(400, "mint.invalidRequest");
        api.get(list + "?utctime=yesterday").expectError(400, "mint.invalidRequest");
        api.get(list + "?limit=0").expectError(400, "mint.invalidRequest");
        api.get(mint(org) + "/transactions/developers/nobody@example.com").expectError(404,
                "mint.resourceDoesNotExist");
    }

    @Test
    void shouldRefuseInvalidFees() {
        Scenario world = organizationWithPlan();
        String org = world.org();
        String developer = world.developer("PREPAID");
        String fee = """
                {"type": "SETUPFEES", "developer": {"id": "%s"}, "ratePlan": {"id": "plan"}, "currency": {"id": "usd"},
                 "rate": 5}""".formatted(developer);

        api.post(mint(org) + "/transactions?force=true", fee.replace("\"rate\": 5", "\"rate\": -5"))
                .expectError(400, "mint.invalidRequest");
        api.post(mint(org) + "/transactions?force=true", fee.replace("\"rate\": 5", "\"rate\": 5.00001"))
                .expectError(400, "mint.invalidRequest");
        api.post(mint(org) + "/transactions?force=true", fee.replace("\"plan\"", "\"none\""))
                .expectError(404, "mint.resourceDoesNotExist");
        api.post(mint(org) + "/transactions?force=true", fee.replace("\"usd\"", "\"xyz\""))
                .expectError(404, "mint.resourceDoesNotExist");
        api.post(mint(org) + "/transactions?force=true", fee.replace(developer, "nobody@example.com"))
                .expectError(404, "mint.resourceDoesNotExist");
        api.post(mint(org) + "/transactions?force=true", fee.replace("SETUPFEES", "REFUND"))
                .expectError(400, "mint.invalidRequest");
        api.post(mint(org) + "/transactions", "{}").expectError(400, "mint.invalidRequest");
        api.post(mint(org) + "/transactions", "{\"application\": {\"id\": \"x\"}, \"product\": {\"id\": \"weather\"},"
                + " \"batchSize\": 1.5}").expectError(400, "mint.invalidRequest");
        api.post(mint(org) + "/transactions", "{\"application\": {\"id\": \"x\"}, \"product\": {\"id\": \"weather\"},"
                + " \"batchSize\": 1, \"custAtt1\": -0.1}").expectError(400, "mint.invalidRequest");
        api.post(mint(org) + "/transactions", "{\"application\": {\"id\": \"8c7c5bd7-79f2-4b0a-8e5c-000000000000\"},"
                + " \"product\": {\"id\": \"weather\"}}").expectError(404, "mint.resourceDoesNotExist");
    }
}
