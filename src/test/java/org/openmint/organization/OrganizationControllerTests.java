package org.openmint.organization;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openmint.Fixtures;
import org.openmint.IntegrationTestSupport;
import org.openmint.scenario.Scenario;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

class OrganizationControllerTests extends IntegrationTestSupport {

    @Test
    void shouldCreateOrganizationWithDefaultsWhenPutOnNewName() {
        String org = Scenario.uniqueId("org");

        JsonNode created = api.put("/v1/mint/organizations/" + org, "{\"name\": \"Acme\"}").expectStatus(201).json();

        JsonNode minimal = Fixtures.load("mint/organizations/phpunit-minimal/GET.json");
        Fixtures.assertSameShape(minimal, created, Fixtures.PROFILE_FLAGS);
        assertThat(created.get("id").asString()).isEqualTo(org);
        assertThat(created.get("name").asString()).isEqualTo("Acme");
        assertThat(created.get("billingCycle").asString()).isEqualTo("CALENDAR_MONTH");
        assertThat(created.get("supportedBillingType").asString()).isEqualTo("BOTH");
        assertThat(created.get("taxModel").asString()).isEqualTo("HYBRID");
        assertThat(created.get("currency").asString()).isEqualTo("USD");
        assertThat(created.get("country").asString()).isEqualTo("US");
        assertThat(created.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(created.get("timezone").asString()).isEqualTo("UTC");
        assertThat(created.get("address").isArray()).isTrue();
        assertThat(created.get("selfBillingForAllDev").asBoolean()).isFalse();
        for (String flag : Fixtures.PROFILE_FLAGS) {
            assertThat(created.get(flag).isBoolean()).as(flag).isTrue();
            assertThat(created.get(flag).asBoolean()).as(flag).isFalse();
        }
        assertThat(created.has("description")).isFalse();

        JsonNode read = api.get("/v1/mint/organizations/" + org).expectStatus(200).json();
        assertThat(read).isEqualTo(created);
    }

    @Test
    void shouldRoundTripEveryProfileFieldOfTheFixture() {
        String org = Scenario.uniqueId("org");
        ObjectNode profile = (ObjectNode) Fixtures.load("mint/organizations/phpunit/GET.json");
        profile.put("id", org);

        api.put("/v1/mint/organizations/" + org, "{\"name\": \"first\"}").expectStatus(201);
        JsonNode replaced = api.put("/v1/mint/organizations/" + org, profile.toString()).expectStatus(200).json();

        Fixtures.assertSameShape(Fixtures.load("mint/organizations/phpunit/GET.json"), replaced, Set.of());
        assertThat(replaced).isEqualTo(profile);
        assertThat(api.get("/v1/mint/organizations/" + org).expectStatus(200).json()).isEqualTo(profile);
    }

    @Test
    void shouldReplaceWholeProfileWhenPutAgain() {
        String org = Scenario.uniqueId("org");
        api.put("/v1/mint/organizations/" + org, """
                {"name": "Acme", "description": "first", "taxModel": "disclosed", "hasBroker": true,
                 "address": [{"address1": "1 Main St", "city": "Springfield", "country": "US",
                              "isPrimary": true, "state": "IL", "zip": "62701"}]}""").expectStatus(201);

        JsonNode replaced = api.put("/v1/mint/organizations/" + org, "{\"name\": \"Acme 2\"}").expectStatus(200).json();

        assertThat(replaced.get("name").asString()).isEqualTo("Acme 2");
        assertThat(replaced.has("description")).isFalse();
        assertThat(replaced.get("hasBroker").asBoolean()).isFalse();
        assertThat(replaced.get("taxModel").asString()).isEqualTo("HYBRID");
        assertThat(replaced.get("address")).isEmpty();
    }

    @Test
    void shouldShowEveryFieldOfTheFixtureWhereverTheProfileIsEmbedded() {
        Scenario world = scenario.organization(profile -> profile.put("hasBroker", true)).currency("USD")
                .product("p1").monetizationPackage("pkg", "p1");
        String org = world.org();
        JsonNode profile = api.get(Scenario.mint(org)).expectStatus(200).json();
        JsonNode fixture = Fixtures.load("mint/organizations/phpunit/GET.json");
        Set<String> unset = Set.of("description", "logoUrl", "regNo", "taxEngineExternalId", "taxNexus", "taxRegNo",
                "transactionRelayURL");

        Fixtures.assertSameShape(fixture, profile, unset);
        assertThat(profile.get("hasBroker").asBoolean()).isTrue();
        assertThat(profile.get("approveTrusted").asBoolean()).isFalse();
        for (String path : List.of("/supported-currencies/usd", "/monetization-packages/pkg", "/products/p1")) {
            JsonNode embedded = api.get(Scenario.mint(org) + path).expectStatus(200).json().get("organization");
            assertThat(embedded).as(path).isEqualTo(profile);
        }
    }

    @Test
    void shouldAcceptReferenceSpellingsAndEmitPayloadSpellings() {
        String org = Scenario.uniqueId("org");

        JsonNode created = api.put("/v1/mint/organizations/" + org, """
                {"name": "Acme", "approvedTrusted": true, "approvedUntrusted": false,
                 "transactionalRelayURL": "http://relay.example.com", "taxModel": "Undisclosed",
                 "timezone": "EST"}""").expectStatus(201).json();

        assertThat(created.get("approveTrusted").asBoolean()).isTrue();
        assertThat(created.get("approveUntrusted").asBoolean()).isFalse();
        assertThat(created.get("transactionRelayURL").asString()).isEqualTo("http://relay.example.com");
        assertThat(created.get("taxModel").asString()).isEqualTo("UNDISCLOSED");
        assertThat(created.get("timezone").asString()).isEqualTo("EST");
        assertThat(created.has("approvedTrusted")).isFalse();
        assertThat(created.has("transactionalRelayURL")).isFalse();
    }

    @Test
    void shouldRefuseInvalidProfiles() {
        String org = Scenario.uniqueId("org");
        String path = "/v1/mint/organizations/" + org;

        assertInvalid(api.put(path, "{}"), "name");
        assertInvalid(api.put(path, "{\"name\": \"  \"}"), "name");
        assertInvalid(api.put(path, "{\"name\": \"a\", \"billingCycle\": \"WEEKLY\"}"), "billingCycle");
        assertInvalid(api.put(path, "{\"name\": \"a\", \"supportedBillingType\": \"SOMETIMES\"}"),
                "supportedBillingType");
        assertInvalid(api.put(path, "{\"name\": \"a\", \"taxModel\": \"NONE\"}"), "taxModel");
        assertInvalid(api.put(path, "{\"name\": \"a\", \"status\": \"DEAD\"}"), "status");
        assertInvalid(api.put(path, "{\"name\": \"a\", \"timezone\": \"Mars/Olympus\"}"), "timezone");
        assertInvalid(api.put(path, "{\"name\": \"a\", \"currency\": \"dollars\"}"), "currency");
        assertInvalid(api.put(path, "{\"name\": \"a\", \"id\": \"another\"}"), "id");
        assertInvalid(api.put(path, "{\"name\": \"a\", \"hasBroker\": \"maybe\"}"), "hasBroker");
        api.put(path, "[]").expectError(400, "mint.invalidRequest");

        api.get(path).expectError(404, "mint.resourceDoesNotExist");
    }

    @Test
    void shouldRequireDefaultCurrencyToBeSupportedOnceTheOrganizationHasCurrencies() {
        String org = scenario.organization().currency("EUR").org();

        assertInvalid(api.put("/v1/mint/organizations/" + org, "{\"name\": \"a\", \"currency\": \"GBP\"}"), "currency");
        JsonNode updated = api.put("/v1/mint/organizations/" + org, "{\"name\": \"a\", \"currency\": \"eur\"}")
                .expectStatus(200).json();

        assertThat(updated.get("currency").asString()).isEqualTo("EUR");
    }

    @Test
    void shouldAnswerNotFoundForUnknownOrganization() {
        api.get("/v1/mint/organizations/" + Scenario.uniqueId("org")).expectError(404, "mint.resourceDoesNotExist");
    }

    @Test
    void shouldRefuseRequestsWithoutValidCredentials() {
        String org = scenario.organization().org();

        api.as(null, null).get("/v1/mint/organizations/" + org).expectError(401, "mint.unauthorized");
        api.as(ADMIN, "wrong").get("/v1/mint/organizations/" + org).expectError(401, "mint.unauthorized");
        api.as("nobody@example.com", "x").put("/v1/mint/organizations/" + Scenario.uniqueId("org"), "{\"name\": \"a\"}")
                .expectError(401, "mint.unauthorized");
    }

    @Test
    void shouldRefuseInvalidOrganizationNames() {
        assertInvalid(api.put("/v1/mint/organizations/-bad", "{\"name\": \"a\"}"), "id");
    }

    private static void assertInvalid(org.openmint.Api.Response response, String field) {
        response.expectError(400, "mint.invalidRequest");
        assertThat(response.json().get("contexts").findValuesAsString("name")).contains(field);
    }
}
