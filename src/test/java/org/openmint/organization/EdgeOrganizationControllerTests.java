package org.openmint.organization;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openmint.Api;
import org.openmint.Fixtures;
import org.openmint.IntegrationTestSupport;
import org.openmint.scenario.Scenario;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmint.scenario.Scenario.edge;
import static org.openmint.scenario.Scenario.mint;
import static org.openmint.scenario.UserBody.PASSWORD;

/** {@code /v1/organizations}: the core Edge organization, the same one as the mint API's (Part III §21.1). */
class EdgeOrganizationControllerTests extends IntegrationTestSupport {

    private static final String FIXTURE = "organizations/phpunit/GET.json";
    private static final String FORM = "application/x-www-form-urlencoded";

    /** The example body of Apigee's reference for creating an organization, under another name. */
    private static String create(String org) {
        return """
                {"name": "%s", "displayName": "My organization", "type": "paid",
                 "environments": ["prod", "test", "portal"],
                 "properties": {"property": [{"name": "features.isCpsEnabled", "value": "true"},
                                             {"name": "subscriptionType", "value": "enterprise"}]}}"""
                .formatted(org);
    }

    @Autowired
    private JdbcClient jdbc;

    @Test
    void shouldShowAnOrganizationMadeThroughTheMintApiAsApigeesClientReadsIt() {
        Instant before = Instant.now();
        String org = scenario.organization().org();

        JsonNode organization = api.get(edge(org)).expectStatus(200).json();

        Fixtures.assertSameShape(Fixtures.load(FIXTURE), organization, Set.of());
        assertThat(organization.get("name").asString()).isEqualTo(org);
        assertThat(organization.get("displayName").asString()).isEqualTo("Test organization " + org);
        assertThat(organization.get("type").asString()).isEqualTo("paid");
        assertThat(Fixtures.texts(organization.get("environments"), null)).containsExactly("prod", "test");
        assertThat(properties(organization)).containsExactly(Map.entry("features.isCpsEnabled", "true"),
                Map.entry("features.isMonetizationEnabled", "true"));
        assertThat(organization.get("createdBy").asString()).isEqualTo(ADMIN);
        assertThat(organization.get("lastModifiedBy").asString()).isEqualTo(ADMIN);
        assertThat(organization.get("createdAt").isIntegralNumber()).isTrue();
        assertThat(organization.get("createdAt").asLong()).isBetween(before.toEpochMilli() - 1000,
                Instant.now().toEpochMilli());
        assertThat(organization.get("lastModifiedAt").asLong()).isEqualTo(organization.get("createdAt").asLong());
    }

    @Test
    void shouldCreateThroughTheCoreApiTheOrganizationTheMintApiShows() {
        String org = Scenario.uniqueId("org");

        JsonNode created = api.post("/v1/organizations", create(org)).expectStatus(201).json();

        Fixtures.assertSameShape(Fixtures.load(FIXTURE), created, Set.of());
        assertThat(created.get("name").asString()).isEqualTo(org);
        assertThat(created.get("displayName").asString()).isEqualTo("My organization");
        assertThat(Fixtures.texts(created.get("environments"), null)).containsExactly("prod", "test", "portal");
        assertThat(properties(created)).containsExactly(Map.entry("features.isCpsEnabled", "true"),
                Map.entry("features.isMonetizationEnabled", "true"), Map.entry("subscriptionType", "enterprise"));
        assertThat(created.get("createdBy").asString()).isEqualTo(ADMIN);
        assertThat(api.get(edge(org)).expectStatus(200).json()).isEqualTo(created);

        JsonNode profile = api.get(mint(org)).expectStatus(200).json();
        Fixtures.assertSameShape(Fixtures.load("mint/organizations/phpunit-minimal/GET.json"), profile,
                Fixtures.PROFILE_FLAGS);
        assertThat(profile.get("id").asString()).isEqualTo(org);
        assertThat(profile.get("name").asString()).isEqualTo("My organization");
        assertThat(profile.get("currency").asString()).isEqualTo("USD");
        assertThat(profile.get("timezone").asString()).isEqualTo("UTC");

        api.post("/v1/organizations", create(org)).expectError(409, "mint.duplicateEntity");
        api.put(mint(org), "{\"name\": \"Renamed profile\", \"timezone\": \"Europe/Paris\"}").expectStatus(200);
        JsonNode after = api.get(edge(org)).expectStatus(200).json();
        assertThat(after.get("displayName").asString()).isEqualTo("My organization");
        assertThat(after.get("createdAt")).isEqualTo(created.get("createdAt"));
        assertThat(after.get("lastModifiedAt").asLong()).isGreaterThanOrEqualTo(created.get("lastModifiedAt").asLong());
        assertThat(Fixtures.texts(api.get("/v1/organizations").expectStatus(200).json(), null)).contains(org);
    }

    @Test
    void shouldTakeEdgesDefaultsWhenOnlyTheNameIsGiven() {
        String org = Scenario.uniqueId("org");

        JsonNode created = api.post("/v1/organizations", "{\"name\": \"" + org + "\"}").expectStatus(201).json();

        assertThat(created.get("displayName").asString()).isEqualTo(org);
        assertThat(created.get("type").asString()).isEqualTo("paid");
        assertThat(Fixtures.texts(created.get("environments"), null)).containsExactly("prod", "test");
        assertThat(properties(created)).containsOnlyKeys("features.isCpsEnabled", "features.isMonetizationEnabled");
        assertThat(api.get(mint(org)).expectStatus(200).json().get("name").asString()).isEqualTo(org);
    }

    @Test
    void shouldListNamesOrWholeOrganizationsAsApigeesClientReadsThem() {
        String first = scenario.organization().org();
        String second = Scenario.uniqueId("org");
        api.post("/v1/organizations", create(second)).expectStatus(201);

        JsonNode names = api.get("/v1/organizations").expectStatus(200).json();
        JsonNode expanded = api.get("/v1/organizations?expand=true").expectStatus(200).json();

        assertThat(names.isArray()).isTrue();
        assertThat(Fixtures.texts(names, null)).contains(first, second).isSorted();
        assertThat(expanded.propertyNames()).containsExactly("organization");
        assertThat(Fixtures.texts(expanded.get("organization"), "name")).isEqualTo(Fixtures.texts(names, null));
        for (JsonNode organization : expanded.get("organization")) {
            Fixtures.assertSameShape(Fixtures.load(FIXTURE), organization, Set.of("createdBy", "lastModifiedBy"));
        }
        assertThat(api.get("/v1/organizations?expand=false").expectStatus(200).json()).isEqualTo(names);
        api.get("/v1/organizations?expand=maybe").expectError(400, "mint.invalidRequest");
    }

    @Test
    void shouldReplaceThePropertiesAndKeepTheReservedOnes() {
        String org = Scenario.uniqueId("org");
        api.post("/v1/organizations", create(org)).expectStatus(201);

        JsonNode updated = api.post(edge(org), """
                {"properties": {"property": [{"name": "self.service.virtual.host.enabled", "value": "true"}]}}""")
                .expectStatus(200).json();

        assertThat(properties(updated)).containsExactly(Map.entry("features.isCpsEnabled", "true"),
                Map.entry("features.isMonetizationEnabled", "true"),
                Map.entry("self.service.virtual.host.enabled", "true"));
        assertThat(updated.get("displayName").asString()).isEqualTo("My organization");
        assertThat(Fixtures.texts(updated.get("environments"), null)).containsExactly("prod", "test", "portal");

        JsonNode refused = api.post(edge(org), """
                {"properties": {"property": [{"name": "features.isMonetizationEnabled", "value": "false"}]}}""")
                .expectError(400, "mint.invalidRequest").json();
        assertThat(refused.get("contexts").findValuesAsString("name")).contains("features.isMonetizationEnabled");
        assertThat(api.get(edge(org)).json()).isEqualTo(updated);

        JsonNode emptied = api.post(edge(org), "{\"properties\": {\"property\": []}}").expectStatus(200).json();
        assertThat(properties(emptied)).containsOnlyKeys("features.isCpsEnabled", "features.isMonetizationEnabled");
    }

    @Test
    void shouldUpdateWithWhatApigeesClientSendsOnPut() {
        String org = Scenario.uniqueId("org");
        ObjectNode organization = (ObjectNode) api.post("/v1/organizations", create(org)).expectStatus(201).json();
        organization.put("displayName", "Renamed").put("type", "trial");
        organization.putArray("environments").add("prod");

        JsonNode updated = api.put(edge(org), organization.toString()).expectStatus(200).json();

        assertThat(updated.get("displayName").asString()).isEqualTo("Renamed");
        assertThat(updated.get("type").asString()).isEqualTo("trial");
        assertThat(Fixtures.texts(updated.get("environments"), null)).containsExactly("prod");
        assertThat(updated.get("properties")).isEqualTo(organization.get("properties"));
        assertThat(updated.get("createdAt")).isEqualTo(organization.get("createdAt"));
        assertThat(api.get(edge(org)).json()).isEqualTo(updated);
        assertThat(api.get(mint(org)).json().get("name").asString()).isEqualTo("My organization");
    }

    @Test
    void shouldRefuseInvalidOrganizations() {
        String org = Scenario.uniqueId("org");
        String taken = scenario.organization().org();

        assertInvalid(api.post("/v1/organizations", "{}"), "name");
        assertInvalid(api.post("/v1/organizations", "{\"name\": \" \"}"), "name");
        assertInvalid(api.post("/v1/organizations", "{\"name\": \"-bad\"}"), "name");
        assertInvalid(api.post("/v1/organizations", body(org, "\"type\": \"free\"")), "type");
        assertInvalid(api.post("/v1/organizations", body(org, "\"displayName\": \"  \"")), "displayName");
        assertInvalid(api.post("/v1/organizations", body(org, "\"environments\": [\"prod\", \"prod\"]")),
                "environments");
        assertInvalid(api.post("/v1/organizations", body(org, "\"environments\": [\"no spaces\"]")), "environments");
        assertInvalid(api.post("/v1/organizations", body(org,
                "\"properties\": {\"property\": [{\"name\": \"a\", \"value\": \"1\"}, {\"name\": \"a\", \"value\": \"2\"}]}")),
                "properties");
        assertInvalid(api.post("/v1/organizations", body(org,
                "\"properties\": {\"property\": [{\"name\": \"features.isCpsEnabled\", \"value\": \"false\"}]}")),
                "features.isCpsEnabled");
        api.post("/v1/organizations", "null").expectError(400, "mint.invalidRequest");
        api.post("/v1/organizations", "{\"name\": [\"x\"]}").expectError(400, "mint.invalidRequest");
        assertInvalid(api.post(edge(taken), "{\"name\": \"another\"}"), "name");

        api.get(edge(org)).expectError(404, "mint.resourceDoesNotExist");
        api.get(mint(org)).expectError(404, "mint.resourceDoesNotExist");
        api.post(edge(org), "{\"displayName\": \"x\"}").expectError(404, "mint.resourceDoesNotExist");
        api.delete(edge(org)).expectError(404, "mint.resourceDoesNotExist");
        api.get(edge(org) + "/pods").expectError(404, "mint.resourceDoesNotExist");
        assertThat(api.get(edge(taken)).json().get("displayName").asString()).isEqualTo("Test organization " + taken);
    }

    @Test
    void shouldRefuseToDeleteAnOrganizationWhileAnythingLivesInIt() {
        Scenario world = scenario.organization().currency("USD");
        String org = world.org();
        world.developer();

        JsonNode refused = api.delete(edge(org)).expectError(400, "mint.invalidRequest").json();

        assertThat(refused.get("message").asString()).contains("developers or companies", "supported currencies");
        assertThat(refused.get("contexts").findValuesAsString("value")).contains(org);
        api.get(edge(org)).expectStatus(200);
        api.get(mint(org) + "/supported-currencies/usd").expectStatus(200);

        String withProduct = scenario.organization().product("p1").org();
        assertThat(api.delete(edge(withProduct)).expectError(400, "mint.invalidRequest").json().get("message")
                .asString()).contains("API products").doesNotContain("developers");
    }

    @Test
    void shouldDeleteAnEmptyOrganizationWithItsPodsPropertiesAndIdempotencyKeys() {
        String org = Scenario.uniqueId("org");
        JsonNode created = api.post("/v1/organizations", create(org)).expectStatus(201).json();
        api.send("POST", edge(org) + "/pods", "region=dc-1&pod=gateway", FORM).expectStatus(200);
        jdbc.sql("INSERT INTO idempotency_keys (org_id, caller, idempotency_key, request_hash, state, created_at)"
                + " VALUES (?, 'someone', 'key-1', 'hash', 'DONE', now())").param(org).update();

        JsonNode deleted = api.delete(edge(org)).expectStatus(200).json();

        assertThat(withoutLastChange(deleted)).isEqualTo(withoutLastChange(created));
        api.get(edge(org)).expectError(404, "mint.resourceDoesNotExist");
        api.get(mint(org)).expectError(404, "mint.resourceDoesNotExist");
        assertThat(Fixtures.texts(api.get("/v1/organizations").json(), null)).doesNotContain(org);
        assertThat(jdbc.sql("SELECT count(*) FROM idempotency_keys WHERE org_id = ?").param(org).query(Long.class)
                .single()).isZero();

        JsonNode again = api.post("/v1/organizations", "{\"name\": \"" + org + "\"}").expectStatus(201).json();
        assertThat(properties(again)).containsOnlyKeys("features.isCpsEnabled", "features.isMonetizationEnabled");
        assertThat(api.get(edge(org) + "/pods").expectStatus(200).json()).isEmpty();
    }

    @Test
    void shouldAssociateAndDisassociatePodsOfThePlanet() {
        String org = scenario.organization().org();
        String pods = edge(org) + "/pods";

        assertThat(api.get(pods).expectStatus(200).json()).isEmpty();
        JsonNode added = api.send("POST", pods, "region=dc-1&pod=gateway", FORM).expectStatus(200).json();
        assertThat(added.toString()).isEqualTo("[{\"name\":\"gateway\",\"region\":\"dc-1\"}]");
        assertThat(api.send("POST", pods + "?region=dc-1&pod=central", null, null).expectStatus(200).json())
                .hasSize(2);
        JsonNode three = api.send("POST", pods, "region=dc-1&pod=analytics", FORM).expectStatus(200).json();
        assertThat(api.get(pods).expectStatus(200).json()).isEqualTo(three);
        api.send("POST", pods, "region=dc-1&pod=gateway", FORM).expectError(409, "mint.duplicateEntity");

        JsonNode removed = api.send("POST", pods, "region=dc-1&pod=gateway&action=remove", FORM).expectStatus(200)
                .json();
        assertThat(Fixtures.texts(removed, "name")).containsExactly("central", "analytics");
        api.send("POST", pods, "region=dc-1&pod=gateway&action=remove", FORM)
                .expectError(404, "mint.resourceDoesNotExist");
        assertInvalid(api.send("POST", pods, "region=dc-1&pod=nope", FORM), "pod");
        assertInvalid(api.send("POST", pods, "region=dc-9&pod=gateway", FORM), "region");
        assertInvalid(api.send("POST", pods, "pod=gateway", FORM), "region");
        assertInvalid(api.send("POST", pods, "region=dc-1", FORM), "pod");
        assertInvalid(api.send("POST", pods, "region=dc-1&pod=gateway&action=delete", FORM), "action");
        assertThat(Fixtures.texts(api.get(pods).json(), "name")).containsExactly("central", "analytics");
    }

    @Test
    void shouldLetOnlySystemAdministratorsListCreateChangeOrDeleteOrganizations() {
        String org = scenario.organization().org();
        String other = scenario.organization().org();
        Api orgAdmin = api.as(scenario.user(Map.of(org, "orgadmin")), PASSWORD);
        Api readOnly = api.as(scenario.user(Map.of(org, "readonly")), PASSWORD);
        JsonNode before = api.get(edge(org)).json();

        assertThat(orgAdmin.get(edge(org)).expectStatus(200).json()).isEqualTo(before);
        assertThat(readOnly.get(edge(org)).expectStatus(200).json()).isEqualTo(before);
        orgAdmin.get(edge(other)).expectError(403, "mint.forbidden");
        for (Api user : List.of(orgAdmin, readOnly)) {
            user.get("/v1/organizations").expectError(403, "mint.forbidden");
            user.post("/v1/organizations", "{\"name\": \"" + Scenario.uniqueId("org") + "\"}")
                    .expectError(403, "mint.forbidden");
            user.post(edge(org), "{\"displayName\": \"Mine\"}").expectError(403, "mint.forbidden");
            user.put(edge(org), "{\"displayName\": \"Mine\"}").expectError(403, "mint.forbidden");
            user.delete(edge(org)).expectError(403, "mint.forbidden");
            user.get(edge(org) + "/pods").expectError(403, "mint.forbidden");
            user.send("POST", edge(org) + "/pods", "region=dc-1&pod=gateway", FORM).expectError(403,
                    "mint.forbidden");
        }
        assertThat(api.get(edge(org)).json()).isEqualTo(before);
        assertThat(api.get(edge(org) + "/pods").json()).isEmpty();
    }

    @Test
    void shouldRecordWhoLastChangedTheOrganization() {
        String org = scenario.organization().org();
        String username = scenario.user(Map.of(org, "orgadmin"));

        api.as(username, PASSWORD).put(mint(org), "{\"name\": \"Changed by the org admin\"}").expectStatus(200);

        JsonNode organization = api.get(edge(org)).expectStatus(200).json();
        assertThat(organization.get("createdBy").asString()).isEqualTo(ADMIN);
        assertThat(organization.get("lastModifiedBy").asString()).isEqualTo(username);
    }

    private static JsonNode withoutLastChange(JsonNode organization) {
        ObjectNode copy = (ObjectNode) organization.deepCopy();
        copy.remove(List.of("lastModifiedAt", "lastModifiedBy"));
        return copy;
    }

    private static String body(String org, String field) {
        return "{\"name\": \"" + org + "\", " + field + "}";
    }

    /** The properties by name, in order. */
    private static Map<String, String> properties(JsonNode organization) {
        Map<String, String> properties = new LinkedHashMap<>();
        organization.get("properties").get("property")
                .forEach(p -> properties.put(p.get("name").asString(), p.get("value").asString()));
        return properties;
    }

    private static void assertInvalid(Api.Response response, String field) {
        response.expectError(400, "mint.invalidRequest");
        assertThat(response.json().get("contexts").findValuesAsString("name")).contains(field);
    }
}
