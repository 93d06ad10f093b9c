package org.openmint.developer;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openmint.Api;
import org.openmint.Fixtures;
import org.openmint.IntegrationTestSupport;
import org.openmint.scenario.CompanyBody;
import org.openmint.scenario.DeveloperBody;
import org.openmint.scenario.Scenario;
import org.openmint.scenario.UserBody;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmint.scenario.Scenario.mint;

/** {@code GET /v1/mint/organizations/{org}/companies}: the mint view of companies, paged as every list. */
class MintCompaniesTests extends IntegrationTestSupport {

    @Test
    void shouldListCompaniesByNamePagedInTheEnvelope() {
        Scenario world = scenario.organization();
        String org = world.org();
        for (String name : new String[]{"Cedar", "acme", "Elm", "birch", "Dogwood"}) {
            world.company(CompanyBody.named(name));
        }
        world.developer(DeveloperBody.withEmail("a@example.com"));

        Api.Response all = api.get(mint(org) + "/companies?all=true").expectStatus(200);
        Api.Response page2 = api.get(mint(org) + "/companies?size=2&page=2").expectStatus(200);
        JsonNode beyond = api.get(mint(org) + "/companies?size=2&page=9").expectStatus(200).json();

        assertThat(all.listField("developer", "name")).containsExactly("acme", "birch", "Cedar", "Dogwood", "Elm");
        assertThat(all.json().propertyNames()).containsExactly("developer", "totalRecords");
        assertThat(all.json().get("totalRecords").asInt()).isEqualTo(5);
        assertThat(all.json().get("developer").get(0)).isEqualTo(api.get(mint(org) + "/companies/acme").json());
        assertThat(page2.listField("developer", "name")).containsExactly("Cedar", "Dogwood");
        assertThat(page2.json().get("totalRecords").asInt()).isEqualTo(5);
        assertThat(beyond.get("developer")).isEmpty();
        assertThat(api.get(mint(scenario.organization().org()) + "/companies").body())
                .isEqualTo("{\"developer\":[],\"totalRecords\":0}");
    }

    @Test
    void shouldShowEachCompanyShapedLikeTheFixture() {
        Scenario world = scenario.organizationLikeTheFixture();
        world.company(CompanyBody.named("phpunit").attributes("MINT_APPROX_TAX_RATE", "123.4567",
                "MINT_BILLING_TYPE", "PREPAID", "MINT_IS_BROKER", "false", "MINT_DEVELOPER_LEGAL_NAME", "PHPUnit",
                "MINT_DEVELOPER_PHONE", "12345", "MINT_REGISTRATION_ID", "12345", "MINT_DEVELOPER_TYPE", "UNTRUSTED",
                "MINT_TAX_EXEMPT_AUTH_NO", "taxExemptAuthNo", "MINT_DEVELOPER_CATEGORY", DeveloperBody.CATEGORY,
                "MINT_DEVELOPER_ADDRESS", DeveloperBody.ADDRESS));

        JsonNode company = api.get(mint(world.org()) + "/companies").expectStatus(200).json().get("developer").get(0);

        Fixtures.assertSameShape(
                Fixtures.comparableWithCategoryIds(
                        Fixtures.load("mint/organizations/phpunit/companies/phpunit/GET.json")),
                Fixtures.comparable(company), Set.of("customAttributes"));
        assertThat(company.get("isCompany").asBoolean()).isTrue();
        assertThat(company.get("id").asString()).isEqualTo("phpunit");
    }

    @Test
    void shouldRefuseBadPagingUnknownOrganizationsAndStrangers() {
        String org = scenario.organization().org();
        String reader = scenario.user(Map.of(org, "readonly"));
        String stranger = scenario.user(Map.of(scenario.organization().org(), "orgadmin"));

        api.get(mint(org) + "/companies?size=0").expectError(400, "mint.invalidRequest");
        api.get(mint(org) + "/companies?page=0").expectError(400, "mint.invalidRequest");
        api.get(mint(org) + "/companies?all=perhaps").expectError(400, "mint.invalidRequest");
        api.get(mint("no-such-org") + "/companies").expectError(404, "mint.resourceDoesNotExist");
        api.as(reader, UserBody.PASSWORD).get(mint(org) + "/companies").expectStatus(200);
        api.as(stranger, UserBody.PASSWORD).get(mint(org) + "/companies").expectError(403, "mint.forbidden");
    }
}
