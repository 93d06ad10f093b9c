package org.openmint.category;

import org.junit.jupiter.api.Test;
import org.openmint.Api;
import org.openmint.IntegrationTestSupport;
import org.openmint.scenario.CompanyBody;
import org.openmint.scenario.DeveloperBody;
import org.openmint.scenario.Scenario;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmint.scenario.Scenario.companies;
import static org.openmint.scenario.Scenario.developers;
import static org.openmint.scenario.Scenario.mint;

/**
 * The category and roles of a developer or company: set through the core Edge update of its
 * {@code MINT_DEVELOPER_CATEGORY} and {@code MINT_ROLES} attributes, as Apigee's PHP client and portals
 * do, and read back in the mint view as {@code developerCategory} and {@code developerRole}.
 */
class MintDeveloperCategoryTests extends IntegrationTestSupport {

    @Test
    void shouldShowTheCategoryAndRolesTheAttributesName() {
        Scenario world = scenario.organization();
        String org = world.org();
        JsonNode gold = api.post(mint(org) + "/developer-categories",
                "{\"name\": \"Gold\", \"description\": \"Our best customers\"}").expectStatus(201).json();
        api.post(mint(org) + "/developer-roles", "{\"name\": \"Administrator\", \"description\": \"Runs it\"}")
                .expectStatus(201);
        String developer = world.developer();

        api.put(developers(org) + "/" + developer, DeveloperBody.withEmail(developer).attributes(
                "MINT_DEVELOPER_CATEGORY", gold.get("id").asString(),
                "MINT_ROLES", "[\"administrator\", \"Tester\"]").json()).expectStatus(200);
        JsonNode view = api.get(mint(org) + "/developers/" + developer).expectStatus(200).json();

        assertThat(view.get("developerCategory")).isEqualTo(gold);
        assertThat(view.get("developerRole").toString()).isEqualTo(
                "[{\"description\":\"Runs it\",\"id\":\"Administrator\",\"name\":\"Administrator\"},"
                        + "{\"id\":\"Tester\",\"name\":\"Tester\"}]");
        assertThat(api.get(mint(org) + "/developers").json().get("developer").get(0)).isEqualTo(view);
    }

    @Test
    void shouldShowTheCategoryOfACompanyAndFollowChangesOfTheCategory() {
        Scenario world = scenario.organization();
        String org = world.org();
        String id = api.post(mint(org) + "/developer-categories", "{\"name\": \"Partners\"}").expectStatus(201).json()
                .get("id").asString();
        world.company(CompanyBody.named("acme").attributes("MINT_DEVELOPER_CATEGORY", id, "MINT_ROLES",
                "Monetization Administrator"));
        String before = api.get(mint(org) + "/companies/acme").expectStatus(200).json().get("developerCategory")
                .toString();

        api.put(mint(org) + "/developer-categories/" + id, "{\"name\": \"Resellers\", \"description\": \"r\"}")
                .expectStatus(200);
        JsonNode after = api.get(mint(org) + "/companies/acme").expectStatus(200).json();

        assertThat(before).isEqualTo("{\"id\":\"" + id + "\",\"name\":\"Partners\"}");
        assertThat(after.get("developerCategory").toString())
                .isEqualTo("{\"description\":\"r\",\"id\":\"" + id + "\",\"name\":\"Resellers\"}");
        assertThat(after.get("developerRole").toString())
                .isEqualTo("[{\"id\":\"Monetization Administrator\",\"name\":\"Monetization Administrator\"}]");
    }

    @Test
    void shouldShowAnUnknownCategoryByItsIdAndLeaveOutNoneOrNoRoles() {
        Scenario world = scenario.organization();
        String org = world.org();
        String unknown = world.developer(DeveloperBody.fresh().attributes("MINT_DEVELOPER_CATEGORY", "no-such",
                "MINT_ROLES", "[]"));
        String none = world.developer(DeveloperBody.fresh().attributes("MINT_DEVELOPER_CATEGORY", "", "MINT_ROLES",
                " "));

        JsonNode unknownView = api.get(mint(org) + "/developers/" + unknown).expectStatus(200).json();
        JsonNode noneView = api.get(mint(org) + "/developers/" + none).expectStatus(200).json();

        assertThat(unknownView.get("developerCategory").toString()).isEqualTo("{\"id\":\"no-such\"}");
        assertThat(unknownView.has("developerRole")).isFalse();
        assertThat(noneView.has("developerCategory")).isFalse();
        assertThat(noneView.has("developerRole")).isFalse();
    }

    @Test
    void shouldRefuseRolesThatAreNotAListOfNames() {
        Scenario world = scenario.organization();
        String org = world.org();
        String developer = world.developer();

        for (String roles : new String[]{"[1]", "[\"a\", {}]", "[\"unterminated\"", "[\"a\"] trailing"}) {
            Api.Response refused = api.put(developers(org) + "/" + developer,
                    DeveloperBody.withEmail(developer).attributes("MINT_ROLES", roles).json());
            JsonNode contexts = refused.expectError(400, "mint.invalidRequest").json().get("contexts");
            assertThat(contexts.get(0).get("name").asString()).as(roles).isEqualTo("MINT_ROLES");
        }
        api.post(companies(org), CompanyBody.named("acme").attributes("MINT_ROLES", "[null]").json())
                .expectError(400, "mint.invalidRequest");
        assertThat(api.get(mint(org) + "/developers/" + developer).json().has("developerRole")).isFalse();
    }
}
