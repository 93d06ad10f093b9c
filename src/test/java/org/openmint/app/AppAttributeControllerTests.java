package org.openmint.app;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openmint.Api;
import org.openmint.Fixtures;
import org.openmint.IntegrationTestSupport;
import org.openmint.scenario.AppBody;
import org.openmint.scenario.Scenario;
import org.openmint.scenario.UserBody;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmint.scenario.Scenario.companyApps;
import static org.openmint.scenario.Scenario.developerApps;

/** The {@code /attributes} endpoints of developer and company apps. */
class AppAttributeControllerTests extends IntegrationTestSupport {

    private static final String FIXTURES = "organizations/phpunit/developers/f43ffa3c-e147-47de-8cd6-f5b34429a531/apps/phpunit_test_app/attributes/";
    private static final String COMPANY_FIXTURES = "organizations/phpunit/companies/phpunit/apps/phpunit_test_app/attributes/";

    @Test
    void shouldReplaceListGetSetAndDeleteDeveloperAppAttributesShapedLikeTheFixtures() {
        Scenario world = scenario.organization();
        String org = world.org();
        String email = world.developer();
        JsonNode app = world.developerApp(email, AppBody.named("phpunit_test_app").fixtureAttributes());
        String path = developerApps(org, email) + "/phpunit_test_app/attributes";
        JsonNode fixture = Fixtures.load(FIXTURES + "POST.json");

        JsonNode replaced = api.post(path, fixture.toString()).expectStatus(200).json();

        assertThat(replaced).isEqualTo(fixture);
        assertThat(api.get(path).expectStatus(200).json()).isEqualTo(fixture);
        assertThat(api.get(path + "/name1").expectStatus(200).json())
                .isEqualTo(Fixtures.load(FIXTURES + "name1/GET.json"));
        assertThat(api.post(path + "/name1", "{\"value\": \"value1-edited\"}").expectStatus(200).json())
                .isEqualTo(Fixtures.load(FIXTURES + "name1/POST.json"));
        api.delete(path + "/DisplayName").expectStatus(200);
        api.delete(path + "/Notes").expectStatus(200);
        JsonNode after = api.get(developerApps(org, email) + "/PHPUNIT_TEST_APP").expectStatus(200).json();
        assertThat(Fixtures.texts(after.get("attributes"), "value")).containsExactly("bar", "value1-edited", "value2");
        assertThat(after.get("appId")).isEqualTo(app.get("appId"));
        assertThat(after.get("credentials")).isEqualTo(app.get("credentials"));
        assertThat(after.get("lastModifiedAt").asLong()).isGreaterThanOrEqualTo(app.get("lastModifiedAt").asLong());
        api.get(path + "/Notes").expectError(404, "mint.resourceDoesNotExist");
    }

    @Test
    void shouldServeCompanyAppAttributesAlike() {
        Scenario world = scenario.organization();
        String org = world.org();
        String company = world.company();
        world.companyApp(company, AppBody.named("phpunit_test_app"));
        String path = companyApps(org, company) + "/phpunit_test_app/attributes";

        api.post(path, Fixtures.load(COMPANY_FIXTURES + "POST.json").toString()).expectStatus(200);
        api.post(path + "/name1", "{\"value\": \"value1-edited\"}").expectStatus(200);

        assertThat(api.get(path + "/name1").json()).isEqualTo(Fixtures.load(COMPANY_FIXTURES + "name1/POST.json"));
        assertThat(api.delete(path + "/name1").expectStatus(200).json())
                .isEqualTo(Fixtures.load(COMPANY_FIXTURES + "name1/POST.json"));
        assertThat(Fixtures.texts(api.get(path).json().get("attribute"), "name")).doesNotContain("name1");
    }

    @Test
    void shouldRefuseMissingOrInvalidAttributesAndUnknownApps() {
        Scenario world = scenario.organization();
        String org = world.org();
        String email = world.developer();
        String company = world.company();
        world.developerApp(email, AppBody.named("app").attributes("kept", "yes"));
        String path = developerApps(org, email) + "/app/attributes";

        assertInvalid(api.post(path, "{}"), "attribute");
        assertInvalid(api.post(path, "{\"attribute\": [{\"name\": \" \", \"value\": \"v\"}]}"), "attributes");
        assertInvalid(api.post(path, "{\"attribute\": [{\"name\": \"a\"}, {\"name\": \"a\"}]}"), "a");
        assertInvalid(api.post(path + "/a", "{\"novalue\": 1}"), "value");
        assertInvalid(api.post(path + "/" + "n".repeat(256), "{\"value\": \"v\"}"), "attributes");
        api.post(path, "[]").expectError(400, "mint.invalidRequest");
        assertThat(api.get(path).json().toString())
                .isEqualTo("{\"attribute\":[{\"name\":\"kept\",\"value\":\"yes\"}]}");

        for (String app : new String[]{developerApps(org, email) + "/nope", companyApps(org, company) + "/app",
                developerApps(org, "nobody@example.com") + "/app", companyApps(org, "nobody") + "/app"}) {
            api.get(app + "/attributes").expectError(404, "mint.resourceDoesNotExist");
            api.post(app + "/attributes", "{\"attribute\": []}").expectError(404, "mint.resourceDoesNotExist");
            api.get(app + "/attributes/kept").expectError(404, "mint.resourceDoesNotExist");
            api.post(app + "/attributes/kept", "{\"value\": \"v\"}").expectError(404, "mint.resourceDoesNotExist");
            api.delete(app + "/attributes/kept").expectError(404, "mint.resourceDoesNotExist");
        }
        api.delete(path + "/nope").expectError(404, "mint.resourceDoesNotExist");
    }

    @Test
    void shouldLetAReadOnlyUserReadAppAttributesAndAnOrgAdminChangeThem() {
        Scenario world = scenario.organization();
        String org = world.org();
        String email = world.developer();
        world.developerApp(email, AppBody.named("app").attributes("a", "1"));
        String path = developerApps(org, email) + "/app/attributes";
        Api readOnly = api.as(world.user(Map.of(org, "readonly")), UserBody.PASSWORD);
        Api orgAdmin = api.as(world.user(Map.of(org, "orgadmin")), UserBody.PASSWORD);

        readOnly.get(path).expectStatus(200);
        readOnly.get(path + "/a").expectStatus(200);
        readOnly.post(path, "{\"attribute\": []}").expectError(403, "mint.forbidden");
        readOnly.post(path + "/a", "{\"value\": \"2\"}").expectError(403, "mint.forbidden");
        readOnly.delete(path + "/a").expectError(403, "mint.forbidden");
        assertThat(api.get(path + "/a").json().get("value").asString()).isEqualTo("1");

        orgAdmin.post(path + "/a", "{\"value\": \"2\"}").expectStatus(200);
        assertThat(api.get(path + "/a").json().get("value").asString()).isEqualTo("2");
        orgAdmin.delete(path + "/a").expectStatus(200);
        orgAdmin.post(path, "{\"attribute\": []}").expectStatus(200);
    }

    private static void assertInvalid(Api.Response response, String field) {
        response.expectError(400, "mint.invalidRequest");
        assertThat(response.json().get("contexts").findValuesAsString("name")).contains(field);
    }
}
