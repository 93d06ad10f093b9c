package org.openmint.app;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openmint.Api;
import org.openmint.Fixtures;
import org.openmint.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmint.app.TestApps.FIXTURE_ATTRIBUTES;
import static org.openmint.app.TestApps.appBody;
import static org.openmint.app.TestApps.companyApps;
import static org.openmint.app.TestApps.developerApps;
import static org.openmint.app.TestApps.newApp;
import static org.openmint.app.TestApps.newProduct;
import static org.openmint.app.TestApps.texts;

class CompanyAppControllerTests extends IntegrationTest {

    private static final String FIXTURES = "organizations/phpunit/companies/phpunit/apps/";
    /** Edge's {@code appFamily} is in the fixtures of lists only; this service always sends it, as the OpenAPI does. */
    private static final Set<String> OPTIONAL = Set.of("appFamily");

    @Test
    void shouldCreateCompanyAppShapedLikeTheFixture() {
        String org = newOrganization();
        String company = registerCompany(org, null);
        newProduct(api, org, "p1", "auto");

        JsonNode created = newApp(api, companyApps(org, company), "phpunit_test_app", List.of("p1"),
                FIXTURE_ATTRIBUTES);

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
        String org = newOrganization();
        String company = registerCompany(org, null);
        newProduct(api, org, "p1", "auto");
        newProduct(api, org, "p2", "auto");
        JsonNode created = newApp(api, companyApps(org, company), "phpunit_test_app", List.of("p1"),
                FIXTURE_ATTRIBUTES);
        ObjectNode body = (ObjectNode) Fixtures.load(FIXTURES + "phpunit_test_app/PUT.json");
        body.putArray("apiProducts").add("p2");

        JsonNode updated = api.put(companyApps(org, company) + "/phpunit_test_app", body.toString())
                .expectStatus(200).json();

        Fixtures.assertSameShape(Fixtures.load(FIXTURES + "phpunit_test_app/PUT.json"), updated, OPTIONAL);
        assertThat(updated.get("attributes")).isEqualTo(body.get("attributes"));
        assertThat(updated.get("callbackUrl").asString()).isEqualTo("http://foo.example.com");
        assertThat(updated.get("companyName").asString()).isEqualTo(company);
        assertThat(updated.get("appId")).isEqualTo(created.get("appId"));
        assertThat(texts(updated.at("/credentials/0/apiProducts"), "apiproduct")).containsExactly("p2");
        assertThat(api.get(companyApps(org, company) + "/phpunit_test_app").json()).isEqualTo(updated);
    }

    @Test
    void shouldListCompanyAppNamesOrExpandedApps() {
        String org = newOrganization();
        String company = registerCompany(org, null);
        for (String name : List.of("b", "a", "c")) {
            newApp(api, companyApps(org, company), name, List.of(), FIXTURE_ATTRIBUTES);
        }

        JsonNode names = api.get(companyApps(org, company)).expectStatus(200).json();
        JsonNode page = api.get(companyApps(org, company) + "?count=2&expand=false&startKey=b").expectStatus(200)
                .json();
        JsonNode expanded = api.get(companyApps(org, company) + "?expand=true").expectStatus(200).json();
        JsonNode expandedPage = api.get(companyApps(org, company) + "?count=2&expand=true&startKey=B")
                .expectStatus(200).json();

        Fixtures.assertSameShape(Fixtures.load(FIXTURES + "GET_expand=false.json"), names, Set.of());
        assertThat(texts(names, null)).containsExactly("a", "b", "c");
        Fixtures.assertSameShape(Fixtures.load(FIXTURES + "GET_count=2-expand=false-startKey=3phpunit_test_app.json"),
                page, Set.of());
        assertThat(texts(page, null)).containsExactly("b", "c");
        Fixtures.assertSameShape(Fixtures.load(FIXTURES + "GET_expand=true.json"), expanded, Set.of("expiresAt"));
        assertThat(texts(expanded.get("app"), "companyName")).containsOnly(company);
        Fixtures.assertSameShape(Fixtures.load(FIXTURES + "GET_count=2-expand=true-startKey=3phpunit_test_app.json"),
                expandedPage, Set.of("expiresAt"));
        assertThat(texts(expandedPage.get("app"), "name")).containsExactly("b", "c");
    }

    @Test
    void shouldDeleteCompanyAppAndAnswerIt() {
        String org = newOrganization();
        String company = registerCompany(org, null);
        JsonNode created = newApp(api, companyApps(org, company), "app", List.of(), "foo", "bar");

        JsonNode deleted = api.delete(companyApps(org, company) + "/app").expectStatus(200).json();

        assertThat(deleted).isEqualTo(created);
        api.get(companyApps(org, company) + "/app").expectError(404, "mint.resourceDoesNotExist");
        assertThat(api.get(companyApps(org, company)).json().isEmpty()).isTrue();
    }

    @Test
    void shouldKeepCompanyAndDeveloperAppsApartAndRefuseDuplicates() {
        String org = newOrganization();
        String company = registerCompany(org, null);
        String email = registerDeveloper(org, null);
        newApp(api, companyApps(org, company), "app", List.of());

        newApp(api, developerApps(org, email), "app", List.of());
        api.post(companyApps(org, company), appBody("APP", List.of())).expectError(409, "mint.duplicateEntity");

        assertThat(texts(api.get(companyApps(org, company)).json(), null)).containsExactly("app");
        assertThat(api.get(developerApps(org, email) + "/app").json().has("developerId")).isTrue();
    }

    @Test
    void shouldAnswerNotFoundOrInvalidForCompanyApps() {
        String org = newOrganization();
        String company = registerCompany(org, null);
        String email = registerDeveloper(org, null);
        String nobody = companyApps(org, "nobody");

        api.get(nobody).expectError(404, "mint.resourceDoesNotExist");
        api.post(nobody, appBody("app", List.of())).expectError(404, "mint.resourceDoesNotExist");
        api.get(nobody + "/app").expectError(404, "mint.resourceDoesNotExist");
        api.put(nobody + "/app", appBody("app", List.of())).expectError(404, "mint.resourceDoesNotExist");
        api.delete(nobody + "/app").expectError(404, "mint.resourceDoesNotExist");
        api.get(companyApps(org, email)).expectError(404, "mint.resourceDoesNotExist");
        api.get(companyApps(org, company) + "/nope").expectError(404, "mint.resourceDoesNotExist");
        api.post(companyApps(org, company), appBody("app", List.of("nope"))).expectError(404,
                "mint.resourceDoesNotExist");
        Api.Response missing = api.post(companyApps(org, company), appBody(null, List.of()))
                .expectError(400, "mint.invalidRequest");
        assertThat(missing.json().get("contexts").findValuesAsString("name")).contains("name");
        assertThat(api.get(companyApps(org, company)).json().isEmpty()).isTrue();
    }
}
