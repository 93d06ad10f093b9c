package org.openmint.developer;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openmint.Api;
import org.openmint.Fixtures;
import org.openmint.IntegrationTestSupport;
import org.openmint.scenario.CompanyBody;
import org.openmint.scenario.DeveloperBody;
import org.openmint.scenario.Scenario;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmint.scenario.DeveloperBody.ADDRESS;
import static org.openmint.scenario.Scenario.mint;

class MintDeveloperControllerTests extends IntegrationTestSupport {

    private static final String FIXTURES = "mint/organizations/phpunit/";
    private static final String CATEGORY = "312004df-fc1e-4bc3-8ae0-f7a9652c1ac2";
    /** Fields of the fixtures this service does not produce: custom attributes. */
    private static final Set<String> NOT_PRODUCED = Set.of("customAttributes");

    @Test
    void shouldShowDeveloperShapedLikeTheFixtureWithItsCompanyAsParent() {
        Scenario world = scenario.organizationLike(
                Fixtures.load("mint/organizations/phpunit/developers/phpunit@example.com/GET.json")
                        .get("organization"));
        String org = world.org();
        addFixtureCategory(org);
        world.company(CompanyBody.named("phpunit").attributes("MINT_DEVELOPER_LEGAL_NAME", "PHPUnit",
                "MINT_REGISTRATION_ID", "EX", "MINT_DEVELOPER_TYPE", "UNTRUSTED", "MINT_BILLING_TYPE", "PREPAID"));
        String id = world.developerId(DeveloperBody.withEmail("phpunit@example.com").attributes(
                "MINT_DEVELOPER_ADDRESS", ADDRESS, "MINT_APPROX_TAX_RATE", "123.4567", "MINT_BILLING_TYPE", "PREPAID",
                "MINT_IS_BROKER", "false", "MINT_DEVELOPER_CATEGORY", CATEGORY, "MINT_DEVELOPER_TYPE", "untrusted",
                "MINT_TAX_EXEMPT_AUTH_NO", "taxExemptAuthNo", "MINT_COMPANY_ID", "PHPUnit", "foo", "bar"));

        JsonNode developer = api.get(mint(org) + "/developers/phpunit@example.com").expectStatus(200).json();

        JsonNode fixture = Fixtures.load(FIXTURES + "developers/phpunit@example.com/GET.json");
        Fixtures.assertSameShape(fixture, withoutEmptyOrganizationAddress(developer), NOT_PRODUCED);
        assertThat(developer.get("id").asString()).isEqualTo(id);
        assertThat(developer.get("email").asString()).isEqualTo("phpunit@example.com");
        assertThat(developer.get("name").asString()).isEqualTo("Php Unit");
        assertThat(developer.get("isCompany").asBoolean()).isFalse();
        assertThat(developer.get("billingType").asString()).isEqualTo("PREPAID");
        assertThat(developer.get("broker").asBoolean()).isFalse();
        assertThat(developer.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(developer.get("type").asString()).isEqualTo("UNTRUSTED");
        assertThat(developer.get("taxExemptAuthNo").asString()).isEqualTo("taxExemptAuthNo");
        Fixtures.assertMoney(developer.get("approxTaxRate"), "123.4567");
        assertThat(developer.get("developerCategory")).isEqualTo(fixture.get("developerCategory"));
        assertThat(developer.get("address")).isEqualTo(fixture.get("address"));
        assertThat(developer.get("organization")).isEqualTo(api.get(mint(org)).json());
        JsonNode parent = developer.get("parent");
        assertThat(parent.get("id").asString()).isEqualTo("phpunit");
        assertThat(parent.get("email").asString()).isEqualTo(org + "###phpunit@APIGEE-GEN.FOR-COMPANY");
        assertThat(parent.get("isCompany").asBoolean()).isTrue();
        assertThat(parent.get("legalName").asString()).isEqualTo("PHPUnit");
        assertThat(parent.get("registrationId").asString()).isEqualTo("EX");
        assertThat(parent.has("parent")).isFalse();
    }

    @Test
    void shouldShowCompanyShapedLikeTheFixture() {
        Scenario world = scenario.organizationLike(
                Fixtures.load("mint/organizations/phpunit/developers/phpunit@example.com/GET.json")
                        .get("organization"));
        String org = world.org();
        addFixtureCategory(org);
        world.company(CompanyBody.named("phpunit").attributes("MINT_DEVELOPER_ADDRESS", ADDRESS, "MINT_APPROX_TAX_RATE",
                "123.4567", "MINT_BILLING_TYPE", "PREPAID", "MINT_IS_BROKER", "false", "MINT_DEVELOPER_CATEGORY",
                CATEGORY, "MINT_DEVELOPER_LEGAL_NAME", "PHPUnit", "MINT_DEVELOPER_PHONE", "12345",
                "MINT_REGISTRATION_ID", "12345", "MINT_DEVELOPER_TYPE", "UNTRUSTED", "MINT_TAX_EXEMPT_AUTH_NO",
                "taxExemptAuthNo"));

        JsonNode company = api.get(mint(org) + "/companies/PHPUnit").expectStatus(200).json();

        JsonNode fixture = Fixtures.load(FIXTURES + "companies/phpunit/GET.json");
        Fixtures.assertSameShape(fixture, withoutEmptyOrganizationAddress(company), NOT_PRODUCED);
        assertThat(company.get("developerCategory")).isEqualTo(fixture.get("developerCategory"));
        assertThat(company.get("id").asString()).isEqualTo("phpunit");
        assertThat(company.get("name").asString()).isEqualTo("phpunit");
        assertThat(company.get("email").asString()).isEqualTo(org + "###phpunit@APIGEE-GEN.FOR-COMPANY");
        assertThat(company.get("isCompany").asBoolean()).isTrue();
        assertThat(company.get("legalName").asString()).isEqualTo("PHPUnit");
        assertThat(company.get("phone").asString()).isEqualTo("12345");
        assertThat(company.get("registrationId").asString()).isEqualTo("12345");
        assertThat(company.get("organization")).isEqualTo(api.get(mint(org)).json());
    }

    @Test
    void shouldLeaveOutUnsetFields() {
        Scenario world = scenario.organization();
        String org = world.org();
        world.developer(DeveloperBody.withEmail("dev@example.com").attributes("MINT_COMPANY_ID", "no-such-company",
                "MINT_DEVELOPER_PHONE", ""));

        JsonNode developer = api.get(mint(org) + "/developers/dev@example.com").expectStatus(200).json();

        assertThat(developer.propertyNames()).containsExactlyInAnyOrder("billingType", "broker", "email", "id",
                "isCompany", "name", "organization", "status");
    }

    @Test
    void shouldParseEveryAddressFormOfTheAttribute() {
        Scenario world = scenario.organization();
        String org = world.org();
        world.developer(DeveloperBody.withEmail("one@example.com").attributes("MINT_DEVELOPER_ADDRESS", """
                {"address1":"5 Code Road","address2":"","city":"London","country":"UK","isPrimary":"true",\
                "state":"London","zip":"SW1W 123","extra":"ignored"}"""));
        world.developer(DeveloperBody.withEmail("two@example.com").attributes("MINT_DEVELOPER_ADDRESS",
                "[" + ADDRESS + ",{\"city\":\"city2\"}]"));

        JsonNode one = api.get(mint(org) + "/developers/one@example.com").json().get("address");
        JsonNode two = api.get(mint(org) + "/developers/two@example.com").json().get("address");

        assertThat(one).hasSize(1);
        assertThat(one.get(0).get("address1").asString()).isEqualTo("5 Code Road");
        assertThat(one.get(0).get("isPrimary").isBoolean()).isTrue();
        assertThat(one.get(0).get("isPrimary").asBoolean()).isTrue();
        assertThat(one.get(0).has("extra")).isFalse();
        assertThat(two).hasSize(2);
        assertThat(two.get(1).get("city").asString()).isEqualTo("city2");
    }

    @Test
    void shouldDeriveBillingTypeFromAttributeOrOrganization() {
        Scenario inBoth = scenario.organization(profile -> profile.put("supportedBillingType", "BOTH"));
        String both = inBoth.org();
        Scenario inPrepaid = scenario.organization(profile -> profile.put("supportedBillingType", "PREPAID"));
        String prepaid = inPrepaid.org();
        Scenario inPostpaid = scenario.organization(profile -> profile.put("supportedBillingType", "POSTPAID"));
        String postpaid = inPostpaid.org();
        inBoth.developer(DeveloperBody.withEmail("none@example.com"));
        inBoth.developer(DeveloperBody.withEmail("post@example.com").attributes("MINT_BILLING_TYPE", "postpaid"));
        inBoth.developer(DeveloperBody.withEmail("pre@example.com").attributes("MINT_BILLING_TYPE", "PREPAID"));
        inBoth.developer(DeveloperBody.withEmail("blank@example.com").attributes("MINT_BILLING_TYPE", ""));
        inPrepaid.developer(DeveloperBody.withEmail("none@example.com"));
        inPostpaid.developer(DeveloperBody.withEmail("none@example.com"));
        inPostpaid.developer(DeveloperBody.withEmail("post@example.com").attributes("MINT_BILLING_TYPE", "Postpaid"));
        inPostpaid.company(CompanyBody.named("acme"));

        assertThat(billingType(both, "none@example.com")).isEqualTo("PREPAID");
        assertThat(billingType(both, "post@example.com")).isEqualTo("POSTPAID");
        assertThat(billingType(both, "pre@example.com")).isEqualTo("PREPAID");
        assertThat(billingType(both, "blank@example.com")).isEqualTo("PREPAID");
        assertThat(billingType(prepaid, "none@example.com")).isEqualTo("PREPAID");
        assertThat(billingType(postpaid, "none@example.com")).isEqualTo("POSTPAID");
        assertThat(billingType(postpaid, "post@example.com")).isEqualTo("POSTPAID");
        assertThat(api.get(mint(postpaid) + "/companies/acme").json().get("billingType").asString())
                .isEqualTo("POSTPAID");
    }

    @Test
    void shouldFollowTheOrganizationWhenItsBillingTypeChanges() {
        Scenario world = scenario.organization(profile -> profile.put("supportedBillingType", "PREPAID"));
        String org = world.org();
        world.developer(DeveloperBody.withEmail("dev@example.com"));

        api.put(mint(org), "{\"name\": \"Test organization\", \"supportedBillingType\": \"POSTPAID\"}")
                .expectStatus(200);

        assertThat(billingType(org, "dev@example.com")).isEqualTo("POSTPAID");
    }

    @Test
    void shouldAddressDeveloperByEmailInAnyCaseEncodedOrById() {
        Scenario world = scenario.organization();
        String org = world.org();
        String id = world.developerId(DeveloperBody.withEmail("Dev@Example.com"));

        JsonNode byEmail = api.get(mint(org) + "/developers/dev@example.com").expectStatus(200).json();

        assertThat(api.get(mint(org) + "/developers/DEV%40EXAMPLE.COM").expectStatus(200).json()).isEqualTo(byEmail);
        assertThat(api.get(mint(org) + "/developers/" + id).expectStatus(200).json()).isEqualTo(byEmail);
        assertThat(byEmail.get("email").asString()).isEqualTo("Dev@Example.com");
    }

    @Test
    void shouldListDevelopersPagedInTheEnvelope() {
        Scenario world = scenario.organization();
        String org = world.org();
        for (String email : new String[]{"c@example.com", "a@example.com", "e@example.com", "b@example.com",
                "d@example.com"}) {
            world.developer(DeveloperBody.withEmail(email));
        }
        world.company(CompanyBody.named("acme"));

        Api.Response all = api.get(mint(org) + "/developers?all=true").expectStatus(200);
        JsonNode firstPage = api.get(mint(org) + "/developers").expectStatus(200).json();
        Api.Response page2 = api.get(mint(org) + "/developers?size=2&page=2").expectStatus(200);
        JsonNode beyond = api.get(mint(org) + "/developers?size=2&page=9").expectStatus(200).json();

        assertThat(all.listField("developer", "email"))
                .containsExactly("a@example.com", "b@example.com", "c@example.com", "d@example.com", "e@example.com");
        assertThat(all.json().get("totalRecords").asInt()).isEqualTo(5);
        assertThat(firstPage.get("developer")).hasSize(5);
        assertThat(firstPage.get("developer").get(0))
                .isEqualTo(api.get(mint(org) + "/developers/a@example.com").json());
        assertThat(page2.listField("developer", "email")).containsExactly("c@example.com", "d@example.com");
        assertThat(page2.json().get("totalRecords").asInt()).isEqualTo(5);
        assertThat(beyond.get("developer")).isEmpty();
        assertThat(beyond.get("totalRecords").asInt()).isEqualTo(5);
        assertThat(api.get(mint(scenario.organization().org()) + "/developers").body())
                .isEqualTo("{\"developer\":[],\"totalRecords\":0}");
    }

    @Test
    void shouldRefuseBadPagingParameters() {
        String org = scenario.organization().org();

        api.get(mint(org) + "/developers?size=0").expectError(400, "mint.invalidRequest");
        api.get(mint(org) + "/developers?size=1001").expectError(400, "mint.invalidRequest");
        api.get(mint(org) + "/developers?page=0").expectError(400, "mint.invalidRequest");
        api.get(mint(org) + "/developers?all=perhaps").expectError(400, "mint.invalidRequest");
    }

    @Test
    void shouldAnswerNotFoundForUnknownOrganizationDeveloperOrCompany() {
        Scenario world = scenario.organization();
        String org = world.org();
        world.company(CompanyBody.named("acme"));

        assertThat(api.get(mint(org) + "/developers/nobody@example.com").expectError(404, "mint.resourceDoesNotExist")
                .json().get("message").asString()).isEqualTo("Developer with id [nobody@example.com] does not exist");
        api.get(mint(org) + "/developers/acme").expectError(404, "mint.resourceDoesNotExist");
        api.get(mint(org) + "/companies/nobody").expectError(404, "mint.resourceDoesNotExist");
        api.get(mint("no-such-org") + "/developers").expectError(404, "mint.resourceDoesNotExist");
        api.get(mint("no-such-org") + "/developers/dev@example.com").expectError(404, "mint.resourceDoesNotExist");
        api.get(mint("no-such-org") + "/companies/acme").expectError(404, "mint.resourceDoesNotExist");
    }

    /** Adds the category of the fixtures, with its id, to the organization. */
    private void addFixtureCategory(String org) {
        JsonNode category = Fixtures.load(FIXTURES + "developers/phpunit@example.com/GET.json")
                .get("developerCategory");
        assertThat(category.get("id").asString()).isEqualTo(CATEGORY);
        api.post(mint(org) + "/developer-categories", category.toString()).expectStatus(201);
    }

    /**
     * The view without the organization's empty {@code address} list, which the organization feature always
     * emits and the fixtures' embedded organization lacks; the organization itself is compared to its own GET.
     */
    private static JsonNode withoutEmptyOrganizationAddress(JsonNode view) {
        ObjectNode copy = (ObjectNode) view.deepCopy();
        for (JsonNode node : List.of(copy, copy.path("parent"))) {
            JsonNode address = node.path("organization").path("address");
            if (address.isArray() && address.isEmpty()) {
                ((ObjectNode) node.get("organization")).remove("address");
            }
        }
        return copy;
    }

    private String billingType(String org, String email) {
        return api.get(mint(org) + "/developers/" + email).expectStatus(200).json().get("billingType").asString();
    }
}
