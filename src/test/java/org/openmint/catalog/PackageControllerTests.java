package org.openmint.catalog;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openmint.Api;
import org.openmint.Fixtures;
import org.openmint.scenario.RatePlanBody;
import org.openmint.scenario.Scenario;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmint.Fixtures.comparable;
import static org.openmint.scenario.Scenario.mint;

class PackageControllerTests extends CatalogTestSupport {

    private static String body(String org, String products) {
        return """
                {"name": "phpunit", "displayName": "PHPUnit", "description": "This is a test API package.",
                 "organization": {"id": "%s"}, "product": [%s], "status": "CREATED"}""".formatted(org, products);
    }

    @Test
    void shouldCreatePackageShapedLikeTheFixture() {
        String org = scenario.organizationLikeTheFixture().product("phpunit").org();

        JsonNode created = api.post(packages(org), body(org, "{\"id\": \"phpunit\"}")).expectStatus(201).json();

        JsonNode fixture = Fixtures.load("mint/organizations/phpunit/monetization-packages/phpunit/GET.json");
        Fixtures.assertSameShape(comparable(fixture), comparable(created), Set.of());
        assertThat(created.get("id").asString()).isEqualTo("phpunit");
        assertThat(created.get("status").asString()).isEqualTo("CREATED");
        assertThat(created.get("organization")).isEqualTo(api.get(mint(org)).json());
        assertThat(created.get("product").get(0)).isEqualTo(api.get(mint(org) + "/products/phpunit").json());
        assertThat(api.get(packages(org) + "/phpunit").expectStatus(200).json()).isEqualTo(created);
    }

    @Test
    void shouldMakeIdFromNameWhenNoIdIsGiven() {
        String org = scenario.organization().product("p1").org();

        JsonNode created = api.post(packages(org), """
                {"name": "Mint Kickstart Bundle", "displayName": "Kickstart", "description": "d",
                 "product": [{"id": "p1"}]}""").expectStatus(201).json();

        assertThat(created.get("id").asString()).isEqualTo("mint-kickstart-bundle");
        assertThat(created.get("name").asString()).isEqualTo("Mint Kickstart Bundle");
        assertThat(created.get("status").asString()).isEqualTo("CREATED");
    }

    @Test
    void shouldRefuseInvalidPackages() {
        String org = scenario.organization().product("p1").org();
        String valid = body(org, "{\"id\": \"p1\"}");

        assertInvalid(api.post(packages(org), valid.replace("\"name\": \"phpunit\",", "")), "name");
        assertInvalid(api.post(packages(org), valid.replace("\"displayName\": \"PHPUnit\",", "")), "displayName");
        assertInvalid(api.post(packages(org), valid.replace("\"description\": \"This is a test API package.\",", "")),
                "description");
        assertInvalid(api.post(packages(org), body(org, "")), "product");
        assertInvalid(api.post(packages(org), valid.replace("\"product\": [{\"id\": \"p1\"}],", "")), "product");
        assertInvalid(api.post(packages(org), body(org, "{\"id\": \"\"}")), "product.id");
        assertInvalid(api.post(packages(org), valid.replace("\"CREATED\"", "\"DONE\"")), "status");
        assertInvalid(api.post(packages(org), valid.replace("\"organization\": {\"id\": \"" + org + "\"}",
                "\"organization\": {\"id\": \"other\"}")), "organization");
        assertInvalid(
                api.post(packages(org), valid.replace("\"name\": \"phpunit\"", "\"id\": \"a/b\", \"name\": \"x\"")),
                "id");
        api.post(packages(org), "{\"name\": ").expectError(400, "mint.invalidRequest");

        assertThat(api.get(packages(org)).json().get("totalRecords").asInt()).isZero();
    }

    @Test
    void shouldAnswerNotFoundWhenAProductDoesNotExist() {
        String org = scenario.organization().product("p1").org();

        Api.Response response = api.post(packages(org), body(org, "{\"id\": \"p1\"}, {\"id\": \"nope\"}"))
                .expectError(404, "mint.resourceDoesNotExist");

        assertThat(response.json().get("message").asString()).isEqualTo("Product with id [nope] does not exist");
        assertThat(api.get(packages(org)).json().get("totalRecords").asInt()).isZero();
    }

    @Test
    void shouldRefuseDuplicatePackageId() {
        String org = scenario.organization().product("p1").org();
        api.post(packages(org), body(org, "{\"id\": \"p1\"}")).expectStatus(201);

        api.post(packages(org), body(org, "{\"id\": \"p1\"}")).expectError(409, "mint.duplicateEntity");
    }

    @Test
    void shouldAnswerNotFoundForUnknownOrganizationOrPackage() {
        String org = scenario.organization().org();

        api.get(packages(org) + "/nope").expectError(404, "mint.resourceDoesNotExist");
        api.delete(packages(org) + "/nope").expectError(404, "mint.resourceDoesNotExist");
        api.post(packages(org) + "/nope/products/p1", "{}").expectError(404, "mint.resourceDoesNotExist");
        api.get(packages("no-such-org")).expectError(404, "mint.resourceDoesNotExist");
        api.post(packages("no-such-org"), body("no-such-org", "{\"id\": \"p1\"}"))
                .expectError(404, "mint.resourceDoesNotExist");
    }

    @Test
    void shouldListPackagesInIdOrderWithPagingAndMonetizedFilter() {
        String org = scenario.fixtureCatalog().monetizationPackage("b-pkg", "phpunit")
                .monetizationPackage("a-pkg", "phpunit")
                .ratePlan(RatePlanBody.standard("b-plan").in("b-pkg").with("published", true)).org();

        Api.Response all = api.get(packages(org) + "?all=true").expectStatus(200);
        Api.Response page = api.get(packages(org) + "?size=1&page=2").expectStatus(200);
        Api.Response monetized = api.get(packages(org) + "?monetized=true").expectStatus(200);

        assertThat(all.listField("monetizationPackage", "id")).containsExactly("a-pkg", "b-pkg", "phpunit");
        assertThat(all.json().get("totalRecords").asInt()).isEqualTo(3);
        assertThat(page.listField("monetizationPackage", "id")).containsExactly("b-pkg");
        assertThat(page.json().get("totalRecords").asInt()).isEqualTo(3);
        assertThat(monetized.listField("monetizationPackage", "id")).containsExactly("b-pkg");
        assertThat(monetized.json().get("totalRecords").asInt()).isEqualTo(1);
        api.get(packages(org) + "?monetized=maybe").expectError(400, "mint.invalidRequest");
    }

    @Test
    void shouldAddAndRemoveProducts() {
        String org = scenario.fixtureCatalog().product("second").org();

        assertThat(api.post(packages(org) + "/phpunit/products/second", "{}").expectStatus(204).body()).isEmpty();
        assertThat(Fixtures.texts(api.get(packages(org) + "/phpunit").json().get("product"), "id"))
                .containsExactly("phpunit", "second");
        api.post(packages(org) + "/phpunit/products/second", "{}").expectError(409, "mint.duplicateEntity");
        api.post(packages(org) + "/phpunit/products/nope", "{}").expectError(404, "mint.resourceDoesNotExist");

        api.delete(packages(org) + "/phpunit/products/second").expectStatus(204);
        assertThat(Fixtures.texts(api.get(packages(org) + "/phpunit").json().get("product"), "id"))
                .containsExactly("phpunit");
        api.delete(packages(org) + "/phpunit/products/second").expectError(404, "mint.resourceDoesNotExist");
        assertInvalid(api.delete(packages(org) + "/phpunit/products/phpunit"), "product");
    }

    @Test
    void shouldAcceptAddingAProductWithoutBody() {
        String org = scenario.fixtureCatalog().product("second").org();

        api.send("POST", packages(org) + "/phpunit/products/second", null, null).expectStatus(204);

        assertThat(api.get(packages(org) + "/phpunit").json().get("product")).hasSize(2);
    }

    @Test
    void shouldRefuseRemovingAProductThatARatePlanDetailIsSpecificTo() {
        Scenario world = scenario.fixtureCatalog().product("second");
        String org = world.org();
        api.post(packages(org) + "/phpunit/products/second", "{}").expectStatus(204);
        JsonNode details = RatePlanBody.rateCard("UNIT", 0, null, "1");
        ((ObjectNode) details.get(0)).putObject("product").put("id", "second");
        world.ratePlan(RatePlanBody.standard("specific").with("ratePlanDetails", details));

        assertInvalid(api.delete(packages(org) + "/phpunit/products/second"), "product");
    }

    @Test
    void shouldDeletePackageOnlyWithoutRatePlans() {
        String org = scenario.fixtureCatalog().ratePlan(RatePlanBody.standard("draft")).org();

        assertInvalid(api.delete(packages(org) + "/phpunit"), "id");
        api.delete(plans(org, "phpunit") + "/draft").expectStatus(204);
        assertThat(api.delete(packages(org) + "/phpunit").expectStatus(204).body()).isEmpty();

        api.get(packages(org) + "/phpunit").expectError(404, "mint.resourceDoesNotExist");
    }

    private static void assertInvalid(Api.Response response, String field) {
        response.expectError(400, "mint.invalidRequest");
        assertThat(response.json().get("contexts").findValuesAsString("name")).contains(field);
    }
}
