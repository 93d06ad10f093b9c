package org.openmint.currency;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openmint.Api;
import org.openmint.Fixtures;
import org.openmint.IntegrationTestSupport;
import org.openmint.scenario.CurrencyBody;
import org.openmint.scenario.Scenario;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class CurrencyControllerTests extends IntegrationTestSupport {

    private static String eur(String org) {
        return """
                {"description": "Euro", "displayName": "Euro", "virtualCurrency": "false", "name": "EUR",
                 "organization": {"id": "%s"}, "status": "ACTIVE", "creditLimit": 1000, "minimumTopupAmount": 100}"""
                .formatted(org);
    }

    private static String path(String org) {
        return "/v1/mint/organizations/" + org + "/supported-currencies";
    }

    @Test
    void shouldCreateCurrencyShapedLikeTheFixture() {
        String org = scenario.organization().org();

        JsonNode created = api.post(path(org), eur(org)).expectStatus(201).json();

        Fixtures.assertSameShape(Fixtures.load("mint/organizations/phpunit/supported-currencies/POST.json"), created,
                Set.of("description", "logoUrl", "regNo", "taxEngineExternalId", "taxNexus", "taxRegNo",
                        "transactionRelayURL"));
        JsonNode organization = created.get("organization");
        Fixtures.PROFILE_FLAGS.forEach(flag -> assertThat(organization.get(flag).isBoolean()).as(flag).isTrue());
        Fixtures.PROFILE_FLAGS.forEach(flag -> assertThat(organization.get(flag).asBoolean()).as(flag).isFalse());
        assertThat(created.get("id").asString()).isEqualTo("eur");
        assertThat(created.get("name").asString()).isEqualTo("EUR");
        assertThat(created.get("virtualCurrency").isBoolean()).isTrue();
        assertThat(created.get("virtualCurrency").asBoolean()).isFalse();
        assertThat(created.get("status").asString()).isEqualTo("ACTIVE");
        Fixtures.assertMoney(created.get("creditLimit"), "1000");
        Fixtures.assertMoney(created.get("minimumTopupAmount"), "100");
        assertThat(created.get("creditLimit").toString()).isEqualTo("1000.0000");
        assertThat(created.get("minimumTopupAmount").toString()).isEqualTo("100.0000");
        assertThat(created.get("organization")).isEqualTo(api.get("/v1/mint/organizations/" + org).json());

        assertThat(api.get(path(org) + "/eur").expectStatus(200).json()).isEqualTo(created);
    }

    @Test
    void shouldLeaveOutUnsetCreditLimitAndMinimumTopup() {
        String org = scenario.organization().org();

        JsonNode created = api.post(path(org), """
                {"name": "USD", "displayName": "US Dollar", "description": "US Dollar",
                 "organization": {"id": "%s"}, "status": "ACTIVE", "virtualCurrency": false}""".formatted(org))
                .expectStatus(201).json();

        assertThat(created.has("creditLimit")).isFalse();
        assertThat(created.has("minimumTopupAmount")).isFalse();
        assertThat(created.get("id").asString()).isEqualTo("usd");
    }

    @Test
    void shouldAcceptVirtualCurrencyWithAnyNameAndGivenId() {
        String org = scenario.organization().org();

        JsonNode created = api.post(path(org),
                """
                        {"id": "phpunit", "name": "phpunit", "displayName": "PHPUnit", "description": "Test supported currency.",
                         "organization": {"id": "%s"}, "status": "ACTIVE", "virtualCurrency": true, "creditLimit": 10.01,
                         "minimumTopupAmount": 10.0000}"""
                        .formatted(org))
                .expectStatus(201).json();

        assertThat(created.get("id").asString()).isEqualTo("phpunit");
        assertThat(created.get("name").asString()).isEqualTo("phpunit");
        assertThat(created.get("virtualCurrency").asBoolean()).isTrue();
        Fixtures.assertMoney(created.get("creditLimit"), "10.01");
    }

    @Test
    void shouldListWithTotalRecordsAndPaging() {
        Scenario world = scenario.organization();
        String org = world.org();
        for (String code : new String[]{"USD", "EUR", "GBP", "JPY", "AUD"}) {
            world.currency(code);
        }

        Api.Response allResponse = api.get(path(org) + "?all=true").expectStatus(200);
        JsonNode all = allResponse.json();
        JsonNode defaultPage = api.get(path(org)).expectStatus(200).json();
        Api.Response page2Response = api.get(path(org) + "?size=2&page=2").expectStatus(200);
        JsonNode page2 = page2Response.json();
        JsonNode beyond = api.get(path(org) + "?size=2&page=9").expectStatus(200).json();

        assertThat(allResponse.listField("supportedCurrency", "id"))
                .containsExactly("aud", "eur", "gbp", "jpy", "usd");
        assertThat(all.get("totalRecords").asInt()).isEqualTo(5);
        assertThat(defaultPage.get("supportedCurrency")).hasSize(5);
        assertThat(page2Response.listField("supportedCurrency", "id")).containsExactly("gbp", "jpy");
        assertThat(page2.get("totalRecords").asInt()).isEqualTo(5);
        assertThat(beyond.get("supportedCurrency")).isEmpty();
        assertThat(beyond.get("totalRecords").asInt()).isEqualTo(5);
        assertThat(api.get(path(scenario.organization().org())).json().toString())
                .isEqualTo("{\"supportedCurrency\":[],\"totalRecords\":0}");
    }

    @Test
    void shouldRefuseBadPagingParameters() {
        String org = scenario.organization().org();

        api.get(path(org) + "?size=0").expectError(400, "mint.invalidRequest");
        api.get(path(org) + "?size=1001").expectError(400, "mint.invalidRequest");
        api.get(path(org) + "?page=0").expectError(400, "mint.invalidRequest");
        api.get(path(org) + "?page=abc").expectError(400, "mint.invalidRequest");
        api.get(path(org) + "?all=maybe").expectError(400, "mint.invalidRequest");
        api.get(path(org) + "?size=1&size=2").expectError(400, "mint.invalidRequest");
    }

    @Test
    void shouldReplaceCurrencyOnPut() {
        String org = scenario.organization()
                .currency(CurrencyBody.of("EUR").named("Euro").creditLimit("1000").minimumTopup("100")).org();

        JsonNode updated = api.put(path(org) + "/eur", """
                {"description": "European euro", "displayName": "Euro (EU)", "id": "eur", "name": "EUR",
                 "organization": {"id": "%s"}, "status": "INACTIVE", "virtualCurrency": "false"}""".formatted(org))
                .expectStatus(200).json();

        assertThat(updated.get("description").asString()).isEqualTo("European euro");
        assertThat(updated.get("displayName").asString()).isEqualTo("Euro (EU)");
        assertThat(updated.get("status").asString()).isEqualTo("INACTIVE");
        assertThat(updated.has("creditLimit")).isFalse();
        assertThat(api.get(path(org) + "/eur").json()).isEqualTo(updated);
    }

    @Test
    void shouldRefuseInvalidCurrencies() {
        String org = scenario.organization().org();
        String valid = eur(org);

        assertInvalid(api.post(path(org), valid.replace("\"name\": \"EUR\",", "")), "name");
        assertInvalid(api.post(path(org), valid.replace("\"name\": \"EUR\"", "\"name\": \"EURO\"")), "name");
        assertInvalid(api.post(path(org), valid.replace("\"name\": \"EUR\"", "\"name\": \"XYZ\"")), "name");
        assertInvalid(api.post(path(org), valid.replace("\"displayName\": \"Euro\",", "")), "displayName");
        assertInvalid(api.post(path(org), valid.replace("\"description\": \"Euro\",", "")), "description");
        assertInvalid(api.post(path(org), valid.replace("\"organization\": {\"id\": \"" + org + "\"},", "")),
                "organization");
        assertInvalid(api.post(path(org), valid.replace("\"organization\": {\"id\": \"" + org + "\"}",
                "\"organization\": {\"id\": \"elsewhere\"}")), "organization");
        assertInvalid(api.post(path(org), valid.replace("\"status\": \"ACTIVE\"", "\"status\": \"ENABLED\"")),
                "status");
        assertInvalid(api.post(path(org), valid.replace("\"status\": \"ACTIVE\",", "")), "status");
        assertInvalid(api.post(path(org), valid.replace("\"virtualCurrency\": \"false\",", "")), "virtualCurrency");
        assertInvalid(
                api.post(path(org), valid.replace("\"virtualCurrency\": \"false\"", "\"virtualCurrency\": \"nope\"")),
                "virtualCurrency");
        assertInvalid(api.post(path(org), valid.replace("\"creditLimit\": 1000", "\"creditLimit\": -1")),
                "creditLimit");
        assertInvalid(api.post(path(org), valid.replace("\"creditLimit\": 1000", "\"creditLimit\": 1.00001")),
                "creditLimit");
        assertInvalid(api.post(path(org), valid.replace("\"creditLimit\": 1000", "\"creditLimit\": 1e20")),
                "creditLimit");
        assertInvalid(api.post(path(org), valid.replace("\"creditLimit\": 1000", "\"creditLimit\": \"lots\"")),
                "creditLimit");
        assertInvalid(api.post(path(org), valid.replace("\"minimumTopupAmount\": 100", "\"minimumTopupAmount\": -0.5")),
                "minimumTopupAmount");
        assertInvalid(
                api.post(path(org), valid.replace("\"minimumTopupAmount\": 100", "\"minimumTopupAmount\": 0.12345")),
                "minimumTopupAmount");

        assertThat(api.get(path(org)).json().get("totalRecords").asInt()).isZero();
    }

    @Test
    void shouldRefuseDuplicateIdOrName() {
        String org = scenario.organization().org();
        api.post(path(org), eur(org)).expectStatus(201);

        api.post(path(org), eur(org)).expectError(409, "mint.duplicateEntity");
        api.post(path(org), eur(org).replace("\"name\": \"EUR\"", "\"id\": \"euro\", \"name\": \"eur\""))
                .expectError(409, "mint.duplicateEntity");

        assertThat(api.get(path(org)).json().get("totalRecords").asInt()).isEqualTo(1);
    }

    @Test
    void shouldAnswerNotFoundForUnknownOrganizationOrCurrency() {
        String org = scenario.organization().org();

        api.get(path(org) + "/xyz").expectError(404, "mint.resourceDoesNotExist");
        api.put(path(org) + "/eur", eur(org)).expectError(404, "mint.resourceDoesNotExist");
        api.delete(path(org) + "/eur").expectError(404, "mint.resourceDoesNotExist");
        api.get(path("no-such-org")).expectError(404, "mint.resourceDoesNotExist");
        api.post(path("no-such-org"), eur("no-such-org")).expectError(404, "mint.resourceDoesNotExist");
    }

    @Test
    void shouldDeleteUnusedCurrency() {
        String org = scenario.organization()
                .currency(CurrencyBody.of("EUR").named("Euro").creditLimit("1000").minimumTopup("100")).org();

        Api.Response deleted = api.delete(path(org) + "/eur").expectStatus(204);

        assertThat(deleted.body()).isEmpty();
        api.get(path(org) + "/eur").expectError(404, "mint.resourceDoesNotExist");
    }

    @Test
    void shouldRefuseToDeleteTheDefaultCurrency() {
        String org = scenario.organization().currency("USD").org();

        api.delete(path(org) + "/usd").expectError(400, "mint.supportedCurrencyInUse");
        api.put(path(org) + "/usd", """
                {"name": "CAD", "displayName": "x", "description": "x", "organization": {"id": "%s"},
                 "status": "ACTIVE", "virtualCurrency": false}""".formatted(org))
                .expectError(400, "mint.supportedCurrencyInUse");

        assertThat(api.get(path(org) + "/usd").expectStatus(200).json().get("name").asString()).isEqualTo("USD");
    }

    private static void assertInvalid(Api.Response response, String field) {
        response.expectError(400, "mint.invalidRequest");
        assertThat(response.json().get("contexts").findValuesAsString("name")).contains(field);
    }
}
