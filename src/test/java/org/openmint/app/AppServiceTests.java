package org.openmint.app;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openmint.Fixtures;
import org.openmint.IntegrationTestSupport;
import org.openmint.developer.DeveloperService;
import org.openmint.error.ResourceNotFoundException;
import org.openmint.scenario.AppBody;
import org.openmint.scenario.ProductBody;
import org.openmint.scenario.Scenario;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openmint.scenario.Scenario.appById;
import static org.openmint.scenario.Scenario.developerApps;

class AppServiceTests extends IntegrationTestSupport {

    private static final List<String> APP_TABLES = List.of("apps", "app_attributes", "app_products", "app_credentials");

    @Autowired
    private AppService service;

    @Autowired
    private DeveloperService developers;

    @Autowired
    private JdbcClient jdbc;

    @Test
    void shouldRequireDeveloperAppWithItsOwnerAccountAndProducts() {
        Scenario world = scenario.organization();
        String org = world.org();
        String email = world.developer("POSTPAID");
        world.product("p1");
        world.product(ProductBody.named("p2").approvalType("manual"));
        String appId = world.developerApp(email, AppBody.named("app").products("p2", "p1")).get("appId").asString();

        App app = service.requireApp(org, appId);

        assertThat(app).isEqualTo(new App(org, appId, "app", developers.requireDeveloper(org, email).id(), false,
                List.of("p2", "p1")));
    }

    @Test
    void shouldRequireCompanyAppWithTheCompanyAccount() {
        Scenario world = scenario.organization();
        String org = world.org();
        String company = world.company();
        String appId = world.companyApp(company, AppBody.named("app")).get("appId").asString();

        App app = service.requireApp(org, appId);

        assertThat(app.ownedByCompany()).isTrue();
        assertThat(app.ownerAccountId()).isEqualTo(developers.requireCompany(org, company).id());
        assertThat(developers.requireAccount(org, app.ownerAccountId()).name()).isEqualTo(company);
        assertThat(app.apiProducts()).isEmpty();
    }

    @Test
    void shouldThrowNotFoundForUnknownAppOrAnotherOrganizationsApp() {
        Scenario world = scenario.organization();
        String org = world.org();
        String email = world.developer();
        String appId = world.developerApp(email, AppBody.named("app")).get("appId").asString();

        assertThatThrownBy(() -> service.requireApp(org, UUID.randomUUID().toString()))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> service.requireApp(org, "app")).isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> service.requireApp(scenario.organization().org(), appId))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> service.mintView(org, UUID.randomUUID().toString()))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void shouldGiveTheMintViewWithNotesAsDescription() {
        Scenario world = scenario.organization();
        String org = world.org();
        String email = world.developer();
        String noted = world.developerApp(email, AppBody.named("noted").fixtureAttributes())
                .get("appId").asString();
        String plain = world.developerApp(email, AppBody.named("plain")).get("appId").asString();

        assertThat(service.mintView(org, noted))
                .isEqualTo(new MintApplication("This is a test app created by PHP Unit.", noted, "noted"));
        assertThat(service.mintView(org, plain)).isEqualTo(new MintApplication(null, plain, "plain"));
    }

    @Test
    void shouldDeleteAppsWithTheirDeveloperOrCompany() {
        Scenario world = scenario.organization();
        String org = world.org();
        String email = world.developer();
        String company = world.company();
        world.product("p1");
        String first = world.developerApp(email, AppBody.named("first").products("p1").fixtureAttributes())
                .get("appId").asString();
        world.developerApp(email, AppBody.named("second").products("p1").fixtureAttributes());
        String companyApp = world.companyApp(company, AppBody.named("app").products("p1").fixtureAttributes())
                .get("appId").asString();

        api.delete("/v1/organizations/" + org + "/developers/" + email).expectStatus(200);

        api.get(appById(org, first)).expectError(404, "mint.resourceDoesNotExist");
        assertThatThrownBy(() -> service.requireApp(org, first)).isInstanceOf(ResourceNotFoundException.class);
        assertThat(service.requireApp(org, companyApp).name()).isEqualTo("app");
        for (String table : APP_TABLES) {
            assertThat(rows(table, org)).as(table).isEqualTo(table.equals("app_attributes") ? 3 : 1);
        }

        api.delete("/v1/organizations/" + org + "/companies/" + company).expectStatus(200);

        api.get(appById(org, companyApp)).expectError(404, "mint.resourceDoesNotExist");
        for (String table : APP_TABLES) {
            assertThat(rows(table, org)).as(table).isZero();
        }
    }

    @Test
    void shouldRemoveADeletedProductFromItsApps() {
        Scenario world = scenario.organization();
        String org = world.org();
        String email = world.developer();
        world.product("p1");
        world.product("p2");
        world.product("p3");
        String appId = world.developerApp(email, AppBody.named("app").products("p1", "p2", "p3"))
                .get("appId").asString();

        api.delete("/v1/organizations/" + org + "/apiproducts/p2").expectStatus(200);

        assertThat(service.requireApp(org, appId).apiProducts()).containsExactly("p1", "p3");
        JsonNode app = api.get(appById(org, appId)).expectStatus(200).json();
        assertThat(Fixtures.texts(app.at("/credentials/0/apiProducts"), "apiproduct")).containsExactly("p1", "p3");
        JsonNode updated = api.put(developerApps(org, email) + "/app", "{\"apiProducts\": [\"p3\", \"p1\"]}")
                .expectStatus(200).json();
        assertThat(Fixtures.texts(updated.at("/credentials/0/apiProducts"), "apiproduct")).containsExactly("p3", "p1");
    }

    private long rows(String table, String org) {
        return jdbc.sql("select count(*) from " + table + " where org_id = ?").param(org).query(Long.class).single();
    }
}
