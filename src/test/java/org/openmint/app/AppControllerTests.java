package org.openmint.app;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openmint.Fixtures;
import org.openmint.IntegrationTestSupport;
import org.openmint.scenario.AppBody;
import org.openmint.scenario.Scenario;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmint.scenario.Scenario.appById;

class AppControllerTests extends IntegrationTestSupport {

    private static final String FIXTURES = "organizations/phpunit/apps/";

    @Test
    void shouldGetDeveloperAppByIdShapedLikeTheFixture() {
        Scenario world = scenario.organization();
        String org = world.org();
        String email = world.developer();
        world.product("p1");
        JsonNode created = world.developerApp(email,
                AppBody.named("phpunit_test_app").products("p1").fixtureAttributes());

        JsonNode read = api.get(appById(org, created.get("appId").asString())).expectStatus(200).json();

        Fixtures.assertSameShape(Fixtures.load(FIXTURES + "f98678b9-4d1b-4927-ba17-62e6efaadfb3/GET.json"), read,
                Set.of("appFamily"));
        assertThat(read).isEqualTo(created);
    }

    @Test
    void shouldGetCompanyAppByIdWithItsCompanyName() {
        Scenario world = scenario.organization();
        String org = world.org();
        String company = world.company();
        JsonNode created = world.companyApp(company, AppBody.named("phpunit_test_app").fixtureAttributes());

        JsonNode read = api.get(appById(org, created.get("appId").asString().toUpperCase())).expectStatus(200).json();

        Fixtures.assertSameShape(Fixtures.load(FIXTURES + "f98678b9-4d1b-4927-ba17-62e6efaadfcc/GET.json"), read,
                Set.of("appFamily"));
        assertThat(read.get("companyName").asString()).isEqualTo(company);
        assertThat(read).isEqualTo(created);
    }

    @Test
    void shouldAnswerNotFoundForUnknownAppIdOrAnotherOrganizationsApp() {
        Scenario world = scenario.organization();
        String org = world.org();
        String other = scenario.organization().org();
        String email = world.developer();
        String appId = world.developerApp(email, AppBody.named("app")).get("appId").asString();

        api.get(appById(org, UUID.randomUUID().toString())).expectError(404, "mint.resourceDoesNotExist");
        api.get(appById(org, "not-a-uuid")).expectError(404, "mint.resourceDoesNotExist");
        api.get(appById(other, appId)).expectError(404, "mint.resourceDoesNotExist");
        api.get(appById("no-such-org", appId)).expectError(404, "mint.resourceDoesNotExist");
        assertThat(api.get(appById(org, appId)).expectStatus(200).json().get("name").asString()).isEqualTo("app");
    }
}
