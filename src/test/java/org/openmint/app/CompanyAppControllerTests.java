package org.openmint.app;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openmint.Api;
import org.openmint.Fixtures;
import org.openmint.IntegrationTestSupport;
import org.openmint.scenario.AppBody;
import org.openmint.scenario.Scenario;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmint.scenario.Scenario.companyApps;
import static org.openmint.scenario.Scenario.developerApps;

class CompanyAppControllerTests extends IntegrationTestSupport {

    private static final String FIXTURES = "organizations/phpunit/companies/phpunit/apps/";
    /** Edge's {@code appFamily} is in the fixtures of lists only; this service always sends it, as the OpenAPI does. */
    private static final Set<String> OPTIONAL = Set.of("appFamily");

    @Test
    void shouldCreateCompanyAppShapedLikeTheFixture() {
        Scenario world = scenario.organization();
        String org = world.org();
        String company = world.company();
        world.product("p1");

        JsonNode created = world.companyApp(company,
                AppBody.named("phpunit_test_app").products("p1").fixtureAttributes());

        Fixtures.assertSameShape(Fixtures.load(FIXTURES + "POST.json"), created, OPTIONAL);
        assertThat(created.get("companyName").asString()).isEqualTo(company);
        assertThat(created.has("developerId")).isFalse();
        assertThat(created.get("status").asString()).isEqualTo("approved");
        assertThat(created.get("createdBy").asString()).isEqualTo(ADMIN);
        assertThat(created.at("/credentials/0/apiProducts").toString())
                .isEqualTo("[{\"apiproduct\":\"p1\",\"status\":\"approved\"}]");
        assertThat(created.at("/credentials/0/expiresAt").asLong()).isEqualTo(-1);
        JsonNode read = api.get(companyApps(org, company.toUpperCase()) + "/PHPUNIT_TEST_APP").expectStatus(200).json();
        Fixtures.assertSameShape(Fixtures.load(FIXTURES + "phpunit_test_app/GET.json"), read, OPTIONAL);
        assertThat(read).isEqualTo(created);
    }

    @Test
    void shouldReplaceCompanyAppWhenPut() {
        Scenario world = scenario.organization();
        String org = world.org();
        String company = world.company();
        world.product("p1");
        world.product("p2");
        JsonNode created = world.companyApp(company,
                AppBody.named("phpunit_test_app").products("p1").fixtureAttributes());
        ObjectNode body = (ObjectNode) Fixtures.load(FIXTURES + "phpunit_test_app/PUT.json");
        body.putArray("apiProducts").add("p2");

        JsonNode updated = api.put(companyApps(org, company) + "/phpunit_test_app", body.toString())
                .expectStatus(200).json();

        Fixtures.assertSameShape(Fixtures.load(FIXTURES + "phpunit_test_app/PUT.json"), updated, OPTIONAL);
        assertThat(updated.get("attributes")).isEqualTo(body.get("attributes"));
        assertThat(updated.get("callbackUrl").asString()).isEqualTo("http://foo.example.com");
        assertThat(updated.get("companyName").asString()).isEqualTo(company);
        assertThat(updated.get("appId")).isEqualTo(created.get("appId"));
        assertThat(Fixtures.texts(updated.at("/credentials/0/apiProducts"), "apiproduct")).containsExactly("p2");
        assertThat(api.get(companyApps(org, company) + "/phpunit_test_app").json()).isEqualTo(updated);
    }

    @Test
    void shouldListCompanyAppNamesOrExpandedApps() {
        Scenario world = scenario.organization();
        String org = world.org();
        String company = world.company();
        for (String name : List.of("b", "a", "c")) {
            world.companyApp(company, AppBody.named(name).fixtureAttributes());
        }

        JsonNode names = api.get(companyApps(org, company)).expectStatus(200).json();
        JsonNode page = api.get(companyApps(org, company) + "?count=2&expand=false&startKey=b").expectStatus(200)
                .json();
        JsonNode expanded = api.get(companyApps(org, company) + "?expand=true").expectStatus(200).json();
        JsonNode expandedPage = api.get(companyApps(org, company) + "?count=2&expand=true&startKey=B")
                .expectStatus(200).json();

        Fixtures.assertSameShape(Fixtures.load(FIXTURES + "GET_expand=false.json"), names, Set.of());
        assertThat(Fixtures.texts(names, null)).containsExactly("a", "b", "c");
        Fixtures.assertSameShape(Fixtures.load(FIXTURES + "GET_count=2-expand=false-startKey=3phpunit_test_app.json"),
                page, Set.of());
        assertThat(Fixtures.texts(page, null)).containsExactly("b", "c");
        Fixtures.assertSameShape(Fixtures.load(FIXTURES + "GET_expand=true.json"), expanded, Set.of("expiresAt"));
        assertThat(Fixtures.texts(expanded.get("app"), "companyName")).containsOnly(company);
        Fixtures.assertSameShape(Fixtures.load(FIXTURES + "GET_count=2-expand=true-startKey=3phpunit_test_app.json"),
                expandedPage, Set.of("expiresAt"));
        assertThat(Fixtures.texts(expandedPage.get("app"), "name")).containsExactly("b", "c");
    }

    @Test
    void shouldDeleteCompanyAppAndAnswerIt() {
        Scenario world = scenario.organization();
        String org = world.org();
        String company = world.company();
        JsonNode created = world.companyApp(company, AppBody.named("app").attributes("foo", "bar"));

        JsonNode deleted = api.delete(companyApps(org, company) + "/app").expectStatus(200).json();

        assertThat(deleted).isEqualTo(created);
        api.get(companyApps(org, company) + "/app").expectError(404, "mint.resourceDoesNotExist");
        assertThat(api.get(companyApps(org, company)).json().isEmpty()).isTrue();
    }

    @Test
    void shouldKeepCompanyAndDeveloperAppsApartAndRefuseDuplicates() {
        Scenario world = scenario.organization();
        String org = world.org();
        String company = world.company();
        String email = world.developer();
        world.companyApp(company, AppBody.named("app"));

        world.developerApp(email, AppBody.named("app"));
        api.post(companyApps(org, company), AppBody.named("APP").json()).expectError(409, "mint.duplicateEntity");

        assertThat(Fixtures.texts(api.get(companyApps(org, company)).json(), null)).containsExactly("app");
        assertThat(api.get(developerApps(org, email) + "/app").json().has("developerId")).isTrue();
    }

    @Test
    void shouldAnswerNotFoundOrInvalidForCompanyApps() {
        Scenario world = scenario.organization();
        String org = world.org();
        String company = world.company();
        String email = world.developer();
        String nobody = companyApps(org, "nobody");

        api.get(nobody).expectError(404, "mint.resourceDoesNotExist");
        api.post(nobody, AppBody.named("app").json()).expectError(404, "mint.resourceDoesNotExist");
        api.get(nobody + "/app").expectError(404, "mint.resourceDoesNotExist");
        api.put(nobody + "/app", AppBody.named("app").json()).expectError(404, "mint.resourceDoesNotExist");
        api.delete(nobody + "/app").expectError(404, "mint.resourceDoesNotExist");
        api.get(companyApps(org, email)).expectError(404, "mint.resourceDoesNotExist");
        api.get(companyApps(org, company) + "/nope").expectError(404, "mint.resourceDoesNotExist");
        api.post(companyApps(org, company), AppBody.named("app").products("nope").json()).expectError(404,
                "mint.resourceDoesNotExist");
        Api.Response missing = api.post(companyApps(org, company), AppBody.named(null).json())
                .expectError(400, "mint.invalidRequest");
        assertThat(missing.json().get("contexts").findValuesAsString("name")).contains("name");
        assertThat(api.get(companyApps(org, company)).json().isEmpty()).isTrue();
    }

    @Test
    void shouldRevokeAndApproveCompanyAppWhenActionIsPosted() {
        Scenario world = scenario.organization();
        String org = world.org();
        String company = world.company();
        world.companyApp(company, AppBody.named("app"));
        String path = companyApps(org, company.toUpperCase()) + "/app";

        Api.Response revoked = api.send("POST", path + "?action=revoke", "", "application/octet-stream");

        revoked.expectStatus(204);
        assertThat(revoked.body()).isEmpty();
        assertThat(revoked.raw().headers().firstValue("Content-Type")).isEmpty();
        JsonNode app = api.get(path).json();
        assertThat(app.get("status").asString()).isEqualTo("revoked");
        assertThat(app.get("companyName").asString()).isEqualTo(company);
        api.send("POST", path + "?action=approve", "", "application/octet-stream").expectStatus(204);
        assertThat(api.get(path).json().get("status").asString()).isEqualTo("approved");
        Api.Response invalid = api.send("POST", path + "?action=paused", null, null)
                .expectError(400, "mint.invalidRequest");
        assertThat(invalid.json().get("contexts").findValuesAsString("name")).contains("action");
        api.send("POST", companyApps(org, "nobody") + "/app?action=revoke", null, null).expectError(404,
                "mint.resourceDoesNotExist");
    }
}
