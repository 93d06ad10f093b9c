package org.openmint.app;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openmint.IntegrationTest;
import org.openmint.developer.DeveloperService;
import org.openmint.error.ResourceNotFoundException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openmint.app.TestApps.FIXTURE_ATTRIBUTES;
import static org.openmint.app.TestApps.appById;
import static org.openmint.app.TestApps.companyApps;
import static org.openmint.app.TestApps.developerApps;
import static org.openmint.app.TestApps.newApp;
import static org.openmint.app.TestApps.newProduct;
import static org.openmint.app.TestApps.texts;

class AppServiceTests extends IntegrationTest {

    private static final List<String> APP_TABLES = List.of("apps", "app_attributes", "app_products", "app_credentials");

    @Autowired
    private AppService service;

    @Autowired
    private DeveloperService developers;

    @Autowired
    private JdbcClient jdbc;

    @Test
    void shouldRequireDeveloperAppWithItsOwnerAccountAndProducts() {
        String org = newOrganization();
        String email = registerDeveloper(org, "POSTPAID");
        newProduct(api, org, "p1", "auto");
        newProduct(api, org, "p2", "manual");
        String appId = newApp(api, developerApps(org, email), "app", List.of("p2", "p1")).get("appId").asString();

        App app = service.requireApp(org, appId);

        assertThat(app).isEqualTo(new App(org, appId, "app", developers.requireDeveloper(org, email).id(), false,
                List.of("p2", "p1")));
    }

    @Test
    void shouldRequireCompanyAppWithTheCompanyAccount() {
        String org = newOrganization();
        String company = registerCompany(org, null);
        String appId = newApp(api, companyApps(org, company), "app", List.of()).get("appId").asString();

        App app = service.requireApp(org, appId);

        assertThat(app.ownedByCompany()).isTrue();
        assertThat(app.ownerAccountId()).isEqualTo(developers.requireCompany(org, company).id());
        assertThat(developers.requireAccount(org, app.ownerAccountId()).name()).isEqualTo(company);
        assertThat(app.apiProducts()).isEmpty();
    }

    @Test
    void shouldThrowNotFoundForUnknownAppOrAnotherOrganizationsApp() {
        String org = newOrganization();
        String email = registerDeveloper(org, null);
        String appId = newApp(api, developerApps(org, email), "app", List.of()).get("appId").asString();

        assertThatThrownBy(() -> service.requireApp(org, UUID.randomUUID().toString()))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> service.requireApp(org, "app")).isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> service.requireApp(newOrganization(), appId))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> service.mintView(org, UUID.randomUUID().toString()))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void shouldGiveTheMintViewWithNotesAsDescription() {
        String org = newOrganization();
        String email = registerDeveloper(org, null);
        String noted = newApp(api, developerApps(org, email), "noted", List.of(), FIXTURE_ATTRIBUTES)
                .get("appId").asString();
        String plain = newApp(api, developerApps(org, email), "plain", List.of()).get("appId").asString();

        assertThat(service.mintView(org, noted))
                .isEqualTo(new MintApplication("This is a test app created by PHP Unit.", noted, "noted"));
        assertThat(service.mintView(org, plain)).isEqualTo(new MintApplication(null, plain, "plain"));
    }

    @Test
    void shouldDeleteAppsWithTheirDeveloperOrCompany() {
        String org = newOrganization();
        String email = registerDeveloper(org, null);
        String company = registerCompany(org, null);
        newProduct(api, org, "p1", "auto");
        String first = newApp(api, developerApps(org, email), "first", List.of("p1"), FIXTURE_ATTRIBUTES)
                .get("appId").asString();
        newApp(api, developerApps(org, email), "second", List.of("p1"), FIXTURE_ATTRIBUTES);
        String companyApp = newApp(api, companyApps(org, company), "app", List.of("p1"), FIXTURE_ATTRIBUTES)
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
        String org = newOrganization();
        String email = registerDeveloper(org, null);
        newProduct(api, org, "p1", "auto");
        newProduct(api, org, "p2", "auto");
        newProduct(api, org, "p3", "auto");
        String appId = newApp(api, developerApps(org, email), "app", List.of("p1", "p2", "p3"))
                .get("appId").asString();

        api.delete("/v1/organizations/" + org + "/apiproducts/p2").expectStatus(200);

        assertThat(service.requireApp(org, appId).apiProducts()).containsExactly("p1", "p3");
        JsonNode app = api.get(appById(org, appId)).expectStatus(200).json();
        assertThat(texts(app.at("/credentials/0/apiProducts"), "apiproduct")).containsExactly("p1", "p3");
        JsonNode updated = api.put(developerApps(org, email) + "/app", "{\"apiProducts\": [\"p3\", \"p1\"]}")
                .expectStatus(200).json();
        assertThat(texts(updated.at("/credentials/0/apiProducts"), "apiproduct")).containsExactly("p3", "p1");
    }

    private long rows(String table, String org) {
        return jdbc.sql("select count(*) from " + table + " where org_id = ?").param(org).query(Long.class).single();
    }
}
