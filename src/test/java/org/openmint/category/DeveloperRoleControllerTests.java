package org.openmint.category;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openmint.Api;
import org.openmint.Fixtures;
import org.openmint.IntegrationTestSupport;
import org.openmint.scenario.Scenario;
import org.openmint.scenario.UserBody;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmint.scenario.Scenario.mint;

/** {@code /developer-roles} (spec §14.2): create and list as Apigee's PHP client calls them, errors and who may write. */
class DeveloperRoleControllerTests extends IntegrationTestSupport {

    private static final String FIXTURES = "mint/organizations/phpunit/developer-roles/";

    private static String roles(String org) {
        return mint(org) + "/developer-roles";
    }

    /** A role as the PHP client's DeveloperRoleController creates it: no id, the organization by id. */
    private static String role(String org, String name, String description) {
        return """
                {"description": "%s", "name": "%s", "organization": {"id": "%s"}}""".formatted(description, name, org);
    }

    @Test
    void shouldCreateAndListRolesShapedLikeTheFixtures() {
        Scenario world = scenario.organizationLikeTheFixture();
        String org = world.org();
        JsonNode organization = api.get(mint(org)).expectStatus(200).json();

        JsonNode created = api.post(roles(org), role(org, "phpunit", "PHPUnit")).expectStatus(201).json();
        api.post(roles(org), "{\"name\": \"phpunit_2\", \"description\": \"PHPUnit 2\"}").expectStatus(201);
        JsonNode all = api.get(roles(org) + "?all=true").expectStatus(200).json();
        JsonNode page2 = api.get(roles(org) + "?page=2&size=1").expectStatus(200).json();

        Fixtures.assertSameShape(Fixtures.comparable(Fixtures.load(FIXTURES + "GET_all=true.json")),
                Fixtures.comparable(all), Set.of());
        Fixtures.assertSameShape(Fixtures.comparable(Fixtures.load(FIXTURES + "GET_page=2-size=1.json")),
                Fixtures.comparable(page2), Set.of());
        assertThat(created.get("id").asString()).isEqualTo("phpunit");
        assertThat(created.get("name").asString()).isEqualTo("phpunit");
        assertThat(created.get("description").asString()).isEqualTo("PHPUnit");
        assertThat(created.get("organization")).isEqualTo(organization);
        assertThat(all.get("developerRole").get(0)).isEqualTo(created);
        assertThat(Fixtures.texts(all.get("developerRole"), "id")).containsExactly("phpunit", "phpunit_2");
        assertThat(all.get("totalRecords").asInt()).isEqualTo(2);
        assertThat(Fixtures.texts(page2.get("developerRole"), "id")).containsExactly("phpunit_2");
        assertThat(page2.get("totalRecords").asInt()).isEqualTo(2);
    }

    @Test
    void shouldRefuseDuplicateAndInvalidRoles() {
        String org = scenario.organization().org();
        api.post(roles(org), role(org, "Administrator", "admin")).expectStatus(201);

        api.post(roles(org), role(org, "ADMINISTRATOR", "again")).expectError(409, "mint.duplicateEntity");
        assertContext(api.post(roles(org), "{\"description\": \"no name\"}"), "name");
        assertContext(api.post(roles(org), role(org, " ", "blank")), "name");
        assertContext(api.post(roles(org), role("another-org", "Developer", "d")), "organization");
        assertContext(api.post(roles(org), "{\"id\": \"other\", \"name\": \"Developer\"}"), "id");
        api.post(roles(org), "{\"id\": \"Developer\", \"name\": \"Developer\"}").expectStatus(201);
        api.post(roles(org), "{\"name\": []}").expectError(400, "mint.invalidRequest");
        api.post(roles("no-such-org"), role("no-such-org", "X", "x")).expectError(404, "mint.resourceDoesNotExist");
        api.get(roles("no-such-org")).expectError(404, "mint.resourceDoesNotExist");
        api.get(roles(org) + "?size=1001").expectError(400, "mint.invalidRequest");
        api.delete(roles(org) + "/Developer").expectError(404, "mint.resourceDoesNotExist");

        assertThat(api.get(roles(org)).listField("developerRole", "name")).containsExactly("Administrator",
                "Developer");
    }

    @Test
    void shouldLetReadonlyUsersListAndOnlyOrgadminsCreate() {
        Scenario world = scenario.organization();
        String org = world.org();
        Api reader = api.as(world.user(Map.of(org, "readonly")), UserBody.PASSWORD);
        Api admin = api.as(world.user(Map.of(org, "orgadmin")), UserBody.PASSWORD);

        reader.post(roles(org), role(org, "Reader", "r")).expectError(403, "mint.forbidden");
        admin.post(roles(org), role(org, "Admin", "a")).expectStatus(201);

        assertThat(reader.get(roles(org)).expectStatus(200).listField("developerRole", "name"))
                .containsExactly("Admin");
    }

    private static void assertContext(Api.Response response, String field) {
        JsonNode contexts = response.expectError(400, "mint.invalidRequest").json().get("contexts");
        assertThat(contexts).as("contexts of %s", response.body()).isNotEmpty();
        assertThat(contexts.get(0).get("name").asString()).isEqualTo(field);
    }
}
