package org.openmint.app;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openmint.Fixtures;
import org.openmint.IntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmint.app.TestApps.FIXTURE_ATTRIBUTES;
import static org.openmint.app.TestApps.appById;
import static org.openmint.app.TestApps.companyApps;
import static org.openmint.app.TestApps.developerApps;
import static org.openmint.app.TestApps.newApp;
import static org.openmint.app.TestApps.newProduct;

class AppControllerTests extends IntegrationTest {

    private static final String FIXTURES = "organizations/phpunit/apps/";

    @Test
    void shouldGetDeveloperAppByIdShapedLikeTheFixture() {
        String org = newOrganization();
        String email = registerDeveloper(org, null);
        newProduct(api, org, "p1", "auto");
        JsonNode created = newApp(api, developerApps(org, email), "phpunit_test_app", List.of("p1"),
                FIXTURE_ATTRIBUTES);

        JsonNode read = api.get(appById(org, created.get("appId").asString())).expectStatus(200).json();

        Fixtures.assertSameShape(Fixtures.load(FIXTURES + "f98678b9-4d1b-4927-ba17-62e6efaadfb3/GET.json"), read,
                Set.of("appFamily"));
        assertThat(read).isEqualTo(created);
    }

    @Test
    void shouldGetCompanyAppByIdWithItsCompanyName() {
        String org = newOrganization();
        String company = registerCompany(org, null);
        JsonNode created = newApp(api, companyApps(org, company), "phpunit_test_app", List.of(), FIXTURE_ATTRIBUTES);

        JsonNode read = api.get(appById(org, created.get("appId").asString().toUpperCase())).expectStatus(200).json();

        Fixtures.assertSameShape(Fixtures.load(FIXTURES + "f98678b9-4d1b-4927-ba17-62e6efaadfcc/GET.json"), read,
                Set.of("appFamily"));
        assertThat(read.get("companyName").asString()).isEqualTo(company);
        assertThat(read).isEqualTo(created);
    }

    @Test
    void shouldAnswerNotFoundForUnknownAppIdOrAnotherOrganizationsApp() {
        String org = newOrganization();
        String other = newOrganization();
        String email = registerDeveloper(org, null);
        String appId = newApp(api, developerApps(org, email), "app", List.of()).get("appId").asString();

        api.get(appById(org, UUID.randomUUID().toString())).expectError(404, "mint.resourceDoesNotExist");
        api.get(appById(org, "not-a-uuid")).expectError(404, "mint.resourceDoesNotExist");
        api.get(appById(other, appId)).expectError(404, "mint.resourceDoesNotExist");
        api.get(appById("no-such-org", appId)).expectError(404, "mint.resourceDoesNotExist");
        assertThat(api.get(appById(org, appId)).expectStatus(200).json().get("name").asString()).isEqualTo("app");
    }
}
