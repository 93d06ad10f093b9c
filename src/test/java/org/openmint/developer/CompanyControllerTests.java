package org.openmint.developer;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openmint.Api;
import org.openmint.Fixtures;
import org.openmint.IntegrationTestSupport;
import org.openmint.scenario.CompanyBody;
import org.openmint.scenario.DeveloperBody;
import org.openmint.scenario.Scenario;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmint.scenario.Scenario.companies;

class CompanyControllerTests extends IntegrationTestSupport {

    private static final String FIXTURES = "organizations/phpunit/companies/";

    @Test
    void shouldCreateCompanyShapedLikeTheFixtureWhenPosted() {
        String org = scenario.organization().org();

        JsonNode created = api.post(companies(org),
                """
                        {"name": "phpunit", "displayName": "A PHPUnit company", "attributes": [{"name": "foo", "value": "bar"}]}""")
                .expectStatus(201).json();

        Fixtures.assertSameShape(Fixtures.load(FIXTURES + "POST.json"), created, Set.of());
        assertThat(created.get("name").asString()).isEqualTo("phpunit");
        assertThat(created.get("displayName").asString()).isEqualTo("A PHPUnit company");
        assertThat(created.get("status").asString()).isEqualTo("active");
        assertThat(created.get("apps").isArray()).isTrue();
        assertThat(created.get("attributes").toString()).isEqualTo("[{\"name\":\"foo\",\"value\":\"bar\"}]");
        assertThat(created.get("createdAt").isIntegralNumber()).isTrue();
        assertThat(created.get("lastModifiedAt").isIntegralNumber()).isTrue();
        assertThat(created.get("createdBy").asString()).isEqualTo(ADMIN);
        assertThat(api.get(companies(org) + "/phpunit").expectStatus(200).json()).isEqualTo(created);
    }

    @Test
    void shouldGetCompanyByNameInAnyCase() {
        Scenario world = scenario.organization();
        String org = world.org();
        world.company(CompanyBody.named("Acme Corp").attributes("foo", "bar"));

        JsonNode read = api.get(companies(org) + "/acme%20corp").expectStatus(200).json();

        Fixtures.assertSameShape(Fixtures.load(FIXTURES + "phpunit/GET.json"), read, Set.of());
        assertThat(read.get("name").asString()).isEqualTo("Acme Corp");
    }

    @Test
    void shouldReplaceDisplayNameAndAttributesWhenPut() {
        Scenario world = scenario.organization();
        String org = world.org();
        world.company(CompanyBody.named("phpunit").attributes("foo", "bar", "old", "value"));
        ObjectNode body = (ObjectNode) Fixtures.load(FIXTURES + "phpunit/PUT.json");

        JsonNode updated = api.put(companies(org) + "/PHPUNIT", body.toString()).expectStatus(200).json();

        Fixtures.assertSameShape(Fixtures.load(FIXTURES + "phpunit/PUT.json"), updated, Set.of());
        assertThat(updated.get("displayName").asString()).isEqualTo("(Edited) A PHPUnit company");
        assertThat(updated.get("attributes")).isEqualTo(body.get("attributes"));
        assertThat(api.get(companies(org) + "/phpunit").json()).isEqualTo(updated);

        JsonNode kept = api.put(companies(org) + "/phpunit", "{\"displayName\": \"Renamed\"}").expectStatus(200).json();
        assertThat(kept.get("attributes")).isEqualTo(body.get("attributes"));
        assertThat(kept.get("name").asString()).isEqualTo("phpunit");
    }

    @Test
    void shouldRefuseRenameWhenPut() {
        Scenario world = scenario.organization();
        String org = world.org();
        world.company(CompanyBody.named("phpunit"));

        assertInvalid(api.put(companies(org) + "/phpunit", CompanyBody.named("other").json()), "name");

        api.get(companies(org) + "/other").expectError(404, "mint.resourceDoesNotExist");
    }

    @Test
    void shouldListNamesOrExpandedCompaniesFromStartKeyWhenAsked() {
        Scenario world = scenario.organization();
        String org = world.org();
        for (String name : List.of("c", "A", "e", "b", "d")) {
            world.company(CompanyBody.named(name).attributes("foo", "bar"));
        }
        world.developer(DeveloperBody.withEmail("dev@example.com"));

        JsonNode names = api.get(companies(org)).expectStatus(200).json();
        JsonNode fromC = api.get(companies(org) + "?expand=false&startKey=C").expectStatus(200).json();
        JsonNode counted = api.get(companies(org) + "?count=2&startKey=b").expectStatus(200).json();
        JsonNode expanded = api.get(companies(org) + "?expand=true").expectStatus(200).json();
        JsonNode expandedPage = api.get(companies(org) + "?expand=true&count=2&startKey=d").expectStatus(200).json();

        assertThat(Fixtures.texts(names, null)).containsExactly("A", "b", "c", "d", "e");
        Fixtures.assertSameShape(Fixtures.load(FIXTURES + "GET_expand=false.json"), names, Set.of());
        assertThat(Fixtures.texts(fromC, null)).containsExactly("c", "d", "e");
        assertThat(Fixtures.texts(counted, null)).containsExactly("b", "c");
        Fixtures.assertSameShape(Fixtures.load(FIXTURES + "GET_expand=true.json"), expanded, Set.of());
        assertThat(expanded.get("company")).hasSize(5);
        Fixtures.assertSameShape(Fixtures.load(FIXTURES + "GET_count=2-expand=true-startKey=3phpunit.json"),
                expandedPage, Set.of());
        assertThat(expandedPage.get("company").findValuesAsString("displayName")).hasSize(2);
        assertThat(Fixtures.texts(expandedPage.get("company"), "name")).containsExactly("d", "e");
        api.get(companies(org) + "?count=0").expectError(400, "mint.invalidRequest");
    }

    @Test
    void shouldRefuseMissingOrInvalidFields() {
        Scenario world = scenario.organization();
        String org = world.org();

        assertInvalid(api.post(companies(org), "{\"displayName\": \"x\"}"), "name");
        assertInvalid(api.post(companies(org), CompanyBody.named(" ").json()), "name");
        assertInvalid(api.post(companies(org), CompanyBody.named("a/b").json()), "name");
        assertInvalid(api.post(companies(org), CompanyBody.named("a#b").json()), "name");
        assertInvalid(api.post(companies(org), CompanyBody.named("x".repeat(256)).json()), "name");
        assertInvalid(
                api.post(companies(org), CompanyBody.named("acme").attributes("MINT_BILLING_TYPE", "MONTHLY").json()),
                "MINT_BILLING_TYPE");
        api.post(companies(org), "{").expectError(400, "mint.invalidRequest");

        world.company(CompanyBody.named("acme"));
        assertInvalid(
                api.put(companies(org) + "/acme",
                        CompanyBody.named("acme").attributes("MINT_DEVELOPER_ADDRESS", "[1]").json()),
                "MINT_DEVELOPER_ADDRESS");
        assertThat(api.get(companies(org)).json()).hasSize(1);
    }

    @Test
    void shouldRefuseDuplicateNameInAnyCase() {
        Scenario world = scenario.organization();
        String org = world.org();
        world.company(CompanyBody.named("Acme"));

        api.post(companies(org), CompanyBody.named("ACME").json()).expectError(409, "mint.duplicateEntity");

        assertThat(api.get(companies(org)).json()).hasSize(1);
    }

    @Test
    void shouldAnswerNotFoundForUnknownOrganizationOrCompany() {
        String org = scenario.organization().org();

        Api.Response unknown = api.get(companies(org) + "/nobody").expectError(404, "mint.resourceDoesNotExist");
        assertThat(unknown.json().get("message").asString()).isEqualTo("Company with id [nobody] does not exist");
        api.put(companies(org) + "/nobody", CompanyBody.named("nobody").json()).expectError(404,
                "mint.resourceDoesNotExist");
        api.delete(companies(org) + "/nobody").expectError(404, "mint.resourceDoesNotExist");
        api.get(companies("no-such-org")).expectError(404, "mint.resourceDoesNotExist");
        api.post(companies("no-such-org"), CompanyBody.named("acme").json()).expectError(404,
                "mint.resourceDoesNotExist");
    }

    @Test
    void shouldDeleteCompanyAndAnswerItWhenUnused() {
        Scenario world = scenario.organization();
        String org = world.org();
        world.company(CompanyBody.named("acme").attributes("foo", "bar"));
        JsonNode before = api.get(companies(org) + "/acme").json();

        JsonNode deleted = api.delete(companies(org) + "/ACME").expectStatus(200).json();

        assertThat(deleted).isEqualTo(before);
        api.get(companies(org) + "/acme").expectError(404, "mint.resourceDoesNotExist");
        world.company(CompanyBody.named("acme"));
    }

    @Test
    void shouldSetStatusWhenPutWithAction() {
        Scenario world = scenario.organization();
        String org = world.org();
        world.company(CompanyBody.named("acme"));

        api.send("PUT", companies(org) + "/acme?action=inactive", null, "application/octet-stream").expectStatus(204);

        assertThat(api.get(companies(org) + "/acme").json().get("status").asString()).isEqualTo("inactive");
        assertThat(api.get(Scenario.mint(org) + "/companies/acme").json().get("status").asString())
                .isEqualTo("INACTIVE");
        assertInvalid(api.send("PUT", companies(org) + "/acme?action=gone", null, null), "action");
    }

    @Test
    void shouldSetStatusWhenActionIsPostedAsApigeesClientSendsIt() {
        Scenario world = scenario.organization();
        String org = world.org();
        world.company(CompanyBody.named("acme"));

        Api.Response inactive = api.send("POST", companies(org) + "/ACME?action=inactive", "",
                "application/octet-stream");

        inactive.expectStatus(204);
        assertThat(inactive.body()).isEmpty();
        assertThat(api.get(companies(org) + "/acme").json().get("status").asString()).isEqualTo("inactive");
        assertThat(api.get(Scenario.mint(org) + "/companies/acme").json().get("status").asString())
                .isEqualTo("INACTIVE");
        api.send("POST", companies(org) + "/acme?action=active", "", "application/octet-stream").expectStatus(204);
        assertThat(api.get(companies(org) + "/acme").json().get("status").asString()).isEqualTo("active");
        assertInvalid(api.send("POST", companies(org) + "/acme?action=gone", null, null), "action");
        assertInvalid(api.send("POST", companies(org) + "/acme", null, null), "action");
        api.send("POST", companies(org) + "/nobody?action=active", null, null).expectError(404,
                "mint.resourceDoesNotExist");
    }

    private static void assertInvalid(Api.Response response, String field) {
        response.expectError(400, "mint.invalidRequest");
        assertThat(response.json().get("contexts").findValuesAsString("name")).contains(field);
    }
}
