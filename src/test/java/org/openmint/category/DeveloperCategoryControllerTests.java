package org.openmint.category;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openmint.Api;
import org.openmint.Fixtures;
import org.openmint.IntegrationTestSupport;
import org.openmint.scenario.CompanyBody;
import org.openmint.scenario.DeveloperBody;
import org.openmint.scenario.RatePlanBody;
import org.openmint.scenario.Scenario;
import org.openmint.scenario.UserBody;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmint.scenario.Scenario.developers;
import static org.openmint.scenario.Scenario.mint;

/** {@code /developer-categories} (spec §14.1): shapes, lists, changes, the delete guard, errors and who may write. */
class DeveloperCategoryControllerTests extends IntegrationTestSupport {

    /** The category embedded in the fixtures' developer, the only place they show one. */
    private static final JsonNode FIXTURE = Fixtures
            .load("mint/organizations/phpunit/developers/phpunit@example.com/GET.json").get("developerCategory");

    private static String categories(String org) {
        return mint(org) + "/developer-categories";
    }

    private static String body(String name, String description) {
        return "{\"name\": \"" + name + "\", \"description\": \"" + description + "\"}";
    }

    @Test
    void shouldCreateReadReplaceListAndDeleteCategoriesShapedLikeTheFixture() {
        String org = scenario.organization().org();

        JsonNode created = api.post(categories(org), body("Gold", "Our best customers")).expectStatus(201).json();
        String id = created.get("id").asString();
        JsonNode read = api.get(categories(org) + "/" + id).expectStatus(200).json();
        JsonNode replaced = api.put(categories(org) + "/" + id,
                "{\"id\": \"" + id + "\", \"name\": \"Platinum\", \"description\": \"Even better\"}")
                .expectStatus(200).json();
        JsonNode list = api.get(categories(org)).expectStatus(200).json();

        Fixtures.assertSameShape(FIXTURE, created, Set.of());
        assertThat(UUID.fromString(id)).isNotNull();
        assertThat(created.get("name").asString()).isEqualTo("Gold");
        assertThat(created.get("description").asString()).isEqualTo("Our best customers");
        assertThat(read).isEqualTo(created);
        assertThat(replaced.toString())
                .isEqualTo("{\"description\":\"Even better\",\"id\":\"" + id + "\",\"name\":\"Platinum\"}");
        assertThat(list.propertyNames()).containsExactly("developerCategory", "totalRecords");
        assertThat(list.get("developerCategory")).containsExactly(replaced);
        assertThat(list.get("totalRecords").isIntegralNumber()).isTrue();
        assertThat(list.get("totalRecords").asInt()).isEqualTo(1);

        api.delete(categories(org) + "/" + id).expectStatus(204);

        api.get(categories(org) + "/" + id).expectError(404, "mint.resourceDoesNotExist");
        assertThat(api.get(categories(org)).expectStatus(200).body())
                .isEqualTo("{\"developerCategory\":[],\"totalRecords\":0}");
    }

    @Test
    void shouldKeepTheIdGivenAndLeaveOutAnAbsentDescription() {
        String org = scenario.organization().org();

        JsonNode created = api.post(categories(org), FIXTURE.toString()).expectStatus(201).json();
        JsonNode bare = api.post(categories(org), "{\"name\": \"Bare\"}").expectStatus(201).json();

        assertThat(created).isEqualTo(FIXTURE);
        assertThat(bare.propertyNames()).containsExactlyInAnyOrder("id", "name");
    }

    @Test
    void shouldListByNamePagedInTheEnvelope() {
        String org = scenario.organization().org();
        for (String name : new String[]{"charlie", "Alpha", "bravo"}) {
            api.post(categories(org), body(name, name)).expectStatus(201);
        }

        Api.Response all = api.get(categories(org) + "?all=true").expectStatus(200);
        Api.Response page2 = api.get(categories(org) + "?page=2&size=1").expectStatus(200);

        assertThat(all.listField("developerCategory", "name")).containsExactly("Alpha", "bravo", "charlie");
        assertThat(page2.listField("developerCategory", "name")).containsExactly("bravo");
        assertThat(page2.json().get("totalRecords").asInt()).isEqualTo(3);
        api.get(categories(org) + "?size=0").expectError(400, "mint.invalidRequest");
        api.get(categories(org) + "?page=0").expectError(400, "mint.invalidRequest");
    }

    @Test
    void shouldRefuseToDeleteACategoryWhileAnAccountOrARatePlanUsesIt() {
        Scenario world = scenario.fixtureCatalog();
        String org = world.org();
        String forDeveloper = id(api.post(categories(org), body("Developers", "d")).expectStatus(201));
        String forCompany = id(api.post(categories(org), body("Companies", "c")).expectStatus(201));
        String forPlan = id(api.post(categories(org), body("Plans", "p")).expectStatus(201));
        String developer = world.developer(DeveloperBody.fresh().attribute("MINT_DEVELOPER_CATEGORY", forDeveloper));
        world.company(CompanyBody.named("acme").attributes("MINT_DEVELOPER_CATEGORY", forCompany));
        world.ratePlan(RatePlanBody.standard("for-category").forCategory(forPlan));

        JsonNode byDeveloper = api.delete(categories(org) + "/" + forDeveloper)
                .expectError(400, "mint.developerCategoryInUse").json();
        String byCompany = api.delete(categories(org) + "/" + forCompany)
                .expectError(400, "mint.developerCategoryInUse").json().get("message").asString();
        String byPlan = api.delete(categories(org) + "/" + forPlan)
                .expectError(400, "mint.developerCategoryInUse").json().get("message").asString();

        assertThat(byDeveloper.get("message").asString()).contains(forDeveloper).contains(developer);
        assertThat(byCompany).contains("acme");
        assertThat(byPlan).contains("for-category");
        assertThat(api.get(categories(org)).json().get("totalRecords").asInt()).isEqualTo(3);

        // moving the developer to no category frees its category
        api.put(developers(org) + "/" + developer, DeveloperBody.withEmail(developer).json()).expectStatus(200);
        api.delete(categories(org) + "/" + forDeveloper).expectStatus(204);
        api.get(categories(org) + "/" + forDeveloper).expectError(404, "mint.resourceDoesNotExist");
    }

    @Test
    void shouldRefuseUnknownDuplicateAndInvalidCategories() {
        String org = scenario.organization().org();
        String gold = id(api.post(categories(org), body("Gold", "g")).expectStatus(201));
        String silver = id(api.post(categories(org), body("Silver", "s")).expectStatus(201));

        api.get(categories(org) + "/nope").expectError(404, "mint.resourceDoesNotExist");
        api.put(categories(org) + "/nope", body("X", "x")).expectError(404, "mint.resourceDoesNotExist");
        api.delete(categories(org) + "/nope").expectError(404, "mint.resourceDoesNotExist");
        api.get(categories("no-such-org")).expectError(404, "mint.resourceDoesNotExist");
        api.post(categories("no-such-org"), body("X", "x")).expectError(404, "mint.resourceDoesNotExist");

        api.post(categories(org), body("gOLD", "again")).expectError(409, "mint.duplicateEntity");
        api.post(categories(org), "{\"id\": \"" + gold + "\", \"name\": \"Bronze\"}")
                .expectError(409, "mint.duplicateEntity");
        api.put(categories(org) + "/" + silver, body("GOLD", "s")).expectError(409, "mint.duplicateEntity");

        assertContext(api.post(categories(org), "{\"description\": \"no name\"}"), "name");
        assertContext(api.post(categories(org), body("  ", "blank")), "name");
        assertContext(api.post(categories(org), body("x".repeat(256), "long")), "name");
        assertContext(api.post(categories(org), "{\"id\": \"a b\", \"name\": \"Spaced\"}"), "id");
        assertContext(api.put(categories(org) + "/" + gold, "{\"id\": \"" + silver + "\", \"name\": \"Gold\"}"), "id");
        assertContext(api.put(categories(org) + "/" + gold, "{\"description\": \"no name\"}"), "name");
        api.post(categories(org), "{\"name\": {}}").expectError(400, "mint.invalidRequest");
        api.post(categories(org), "[]").expectError(400, "mint.invalidRequest");

        // a category may take its own name in another case
        api.put(categories(org) + "/" + gold, body("gold", "renamed in case")).expectStatus(200);
        assertThat(api.get(categories(org) + "?all=true").listField("developerCategory", "name"))
                .containsExactly("gold", "Silver");
    }

    @Test
    void shouldLetReadonlyUsersReadAndOnlyOrgadminsWrite() {
        Scenario world = scenario.organization();
        String org = world.org();
        String id = id(api.post(categories(org), body("Gold", "g")).expectStatus(201));
        Api reader = api.as(world.user(Map.of(org, "readonly")), UserBody.PASSWORD);
        Api admin = api.as(world.user(Map.of(org, "orgadmin")), UserBody.PASSWORD);
        Api stranger = api.as(world.user(Map.of(scenario.organization().org(), "orgadmin")), UserBody.PASSWORD);

        reader.get(categories(org)).expectStatus(200);
        reader.get(categories(org) + "/" + id).expectStatus(200);
        reader.post(categories(org), body("Silver", "s")).expectError(403, "mint.forbidden");
        reader.put(categories(org) + "/" + id, body("Gold", "changed")).expectError(403, "mint.forbidden");
        reader.delete(categories(org) + "/" + id).expectError(403, "mint.forbidden");
        stranger.get(categories(org)).expectError(403, "mint.forbidden");
        api.as(null, null).get(categories(org)).expectError(401, "mint.unauthorized");
        assertThat(api.get(categories(org) + "/" + id).json().get("description").asString()).isEqualTo("g");

        String silver = id(admin.post(categories(org), body("Silver", "s")).expectStatus(201));
        admin.put(categories(org) + "/" + id, body("Gold", "changed")).expectStatus(200);
        admin.delete(categories(org) + "/" + silver).expectStatus(204);

        assertThat(api.get(categories(org) + "?all=true").listField("developerCategory", "description"))
                .containsExactly("changed");
    }

    private static String id(Api.Response created) {
        return created.json().get("id").asString();
    }

    private static void assertContext(Api.Response response, String field) {
        JsonNode contexts = response.expectError(400, "mint.invalidRequest").json().get("contexts");
        assertThat(contexts).as("contexts of %s", response.body()).isNotEmpty();
        assertThat(contexts.get(0).get("name").asString()).isEqualTo(field);
    }
}
