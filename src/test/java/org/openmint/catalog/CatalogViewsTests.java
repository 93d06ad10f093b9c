package org.openmint.catalog;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openmint.Fixtures;
import org.openmint.scenario.CompanyBody;
import org.openmint.scenario.DeveloperBody;
import org.openmint.scenario.RatePlanBody;
import org.openmint.scenario.Scenario;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmint.Fixtures.comparable;
import static org.openmint.Fixtures.comparableWithCategoryIds;
import static org.openmint.scenario.DeveloperBody.CATEGORY;

/**
 * The developer of a DEVELOPER plan as Apigee's PHP client reads it (RatePlanDenormalizer picks CompanyRatePlan
 * when {@code developer.isCompany} is true, DeveloperRatePlan otherwise, and reads the whole mint developer).
 */
class CatalogViewsTests extends CatalogTestSupport {

    private static final String FIXTURES = "mint/organizations/phpunit/monetization-packages/phpunit/rate-plans/";
    /** Fields of the fixtures this service does not produce: custom attributes. */
    private static final Set<String> NOT_PRODUCED = Set.of("customAttributes");

    /** The fixtures' catalog with the fixtures' company phpunit and developer phpunit@example.com, its member. */
    private Scenario fixtureAccounts() {
        Scenario world = scenario.fixtureCatalog();
        world.company(CompanyBody.named("phpunit").attributes("MINT_APPROX_TAX_RATE", "123.4567", "MINT_BILLING_TYPE",
                "PREPAID", "MINT_IS_BROKER", "false", "MINT_DEVELOPER_CATEGORY", CATEGORY,
                "MINT_DEVELOPER_LEGAL_NAME", "PHPUnit", "MINT_DEVELOPER_PHONE", "12345", "MINT_REGISTRATION_ID",
                "12345", "MINT_DEVELOPER_TYPE", "UNTRUSTED", "MINT_TAX_EXEMPT_AUTH_NO", "taxExemptAuthNo"));
        world.developer(DeveloperBody.withEmail("phpunit@example.com").attributes("MINT_APPROX_TAX_RATE", "123.4567",
                "MINT_BILLING_TYPE", "PREPAID", "MINT_IS_BROKER", "false", "MINT_DEVELOPER_CATEGORY", CATEGORY,
                "MINT_DEVELOPER_TYPE", "UNTRUSTED", "MINT_TAX_EXEMPT_AUTH_NO", "taxExemptAuthNo", "MINT_COMPANY_ID",
                "phpunit"));
        return world;
    }

    private static JsonNode withoutParent(JsonNode developer) {
        ObjectNode copy = (ObjectNode) developer.deepCopy();
        copy.remove("parent");
        return copy;
    }

    @Test
    void shouldShowTheWholeDeveloperOfADeveloperPlan() {
        Scenario world = fixtureAccounts();
        String org = world.org();
        world.ratePlan(RatePlanBody.published("developer").forDeveloper("PHPUnit@example.com"));
        String developerId = api.get(Scenario.developers(org) + "/phpunit@example.com").json().get("developerId")
                .asString();

        JsonNode plan = api.get(plans(org, "phpunit") + "/developer").expectStatus(200).json();

        JsonNode developer = plan.get("developer");
        JsonNode fixture = Fixtures.load(FIXTURES + "developer/GET.json").get("developer");
        Fixtures.assertSameShape(withoutParent(comparableWithCategoryIds(fixture)),
                withoutParent(comparable(developer)),
                NOT_PRODUCED);
        // the company here has more attributes than the fixture's parent: its shape is checked with the company plan
        Fixtures.assertSameShape(comparable(fixture.get("parent")), comparable(developer.get("parent")),
                Set.of("approxTaxRate", "developerCategory", "phone", "taxExemptAuthNo"));
        assertThat(developer.get("isCompany").isBoolean()).isTrue();
        assertThat(developer.get("isCompany").asBoolean()).isFalse();
        assertThat(developer.get("id").asString()).isEqualTo(developerId);
        assertThat(developer.get("email").asString()).isEqualTo("phpunit@example.com");
        assertThat(developer.get("approxTaxRate").isNumber()).isTrue();
        assertThat(developer.get("parent").get("isCompany").asBoolean()).isTrue();
        assertThat(developer.get("parent").get("id").asString()).isEqualTo("phpunit");
        assertThat(developer.get("developerCategory").get("id").asString()).isEqualTo(CATEGORY);
        assertThat(api.get(Scenario.mint(org) + "/developers/phpunit@example.com").json()).isEqualTo(developer);
        assertThat(api.get(plans(org, "phpunit") + "?standard=false").expectStatus(200).json().get("ratePlan").get(0)
                .get("developer")).isEqualTo(developer);
    }

    @Test
    void shouldShowACompanyPlanWithTheCompanyAsItsDeveloper() {
        Scenario world = fixtureAccounts();
        String org = world.org();
        world.ratePlan(RatePlanBody.published("company").forDeveloper("phpunit"));

        JsonNode plan = api.get(plans(org, "phpunit") + "/company").expectStatus(200).json();

        JsonNode company = plan.get("developer");
        JsonNode fixture = Fixtures.load(FIXTURES + "company/GET.json").get("developer");
        Fixtures.assertSameShape(comparableWithCategoryIds(fixture), comparable(company), NOT_PRODUCED);
        assertThat(plan.get("type").asString()).isEqualTo("DEVELOPER");
        assertThat(company.get("isCompany").isBoolean()).isTrue();
        assertThat(company.get("isCompany").asBoolean()).isTrue();
        assertThat(company.get("id").asString()).isEqualTo("phpunit");
        assertThat(company.get("name").asString()).isEqualTo("phpunit");
        assertThat(company.get("legalName").asString()).isEqualTo("PHPUnit");
        assertThat(company.get("email").asString()).endsWith("@APIGEE-GEN.FOR-COMPANY");
        assertThat(api.get(Scenario.mint(org) + "/companies/phpunit").json()).isEqualTo(company);
    }

    @Test
    void shouldShowOnlyTheReferenceOfAnAccountThatDoesNotExist() {
        String org = scenario.fixtureCatalog().org();
        scenario.in(org).ratePlan(RatePlanBody.published("ghost").forDeveloper("ghost@example.com"));

        JsonNode developer = api.get(plans(org, "phpunit") + "/ghost").expectStatus(200).json().get("developer");

        assertThat(developer.get("id").asString()).isEqualTo("ghost@example.com");
        assertThat(developer.get("isCompany").asBoolean()).isFalse();
        assertThat(developer.has("email")).isFalse();
    }
}
