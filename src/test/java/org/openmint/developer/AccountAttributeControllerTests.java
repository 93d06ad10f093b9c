package org.openmint.developer;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openmint.Api;
import org.openmint.Fixtures;
import org.openmint.IntegrationTestSupport;
import org.openmint.scenario.CompanyBody;
import org.openmint.scenario.DeveloperBody;
import org.openmint.scenario.Scenario;
import org.openmint.scenario.UserBody;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmint.scenario.Scenario.companies;
import static org.openmint.scenario.Scenario.developers;
import static org.openmint.scenario.Scenario.mint;

/** The {@code /attributes} endpoints of developers and companies, and what they change in the mint view. */
class AccountAttributeControllerTests extends IntegrationTestSupport {

    private static final String FIXTURES = "organizations/phpunit/developers/f43ffa3c-e147-47de-8cd6-f5b34429a531/attributes/";
    private static final String COMPANY_FIXTURES = "organizations/phpunit/companies/phpunit/attributes/";
    private static final String FIXTURE_LIST = """
            {"attribute": [{"name": "foo", "value": "bar"}, {"name": "name1", "value": "value1"},
             {"name": "name2", "value": "value2"}]}""";

    @Test
    void shouldReplaceListGetSetAndDeleteDeveloperAttributesShapedLikeTheFixtures() {
        Scenario world = scenario.organization();
        String org = world.org();
        String id = world.developerId(DeveloperBody.fresh().attributes("old", "gone"));
        String path = developers(org) + "/" + id + "/attributes";
        long before = api.get(developers(org) + "/" + id).json().get("lastModifiedAt").asLong();

        JsonNode replaced = api.post(path, FIXTURE_LIST).expectStatus(200).json();

        assertThat(replaced).isEqualTo(Fixtures.load(FIXTURES + "POST.json"));
        assertThat(api.get(path).expectStatus(200).json()).isEqualTo(Fixtures.load(FIXTURES + "GET.json"));
        assertThat(api.get(path + "/name1").expectStatus(200).json())
                .isEqualTo(Fixtures.load(FIXTURES + "name1/GET.json"));
        JsonNode developer = api.get(developers(org) + "/" + id).json();
        assertThat(developer.get("attributes")).isEqualTo(replaced.get("attribute"));
        assertThat(developer.get("lastModifiedAt").asLong()).isGreaterThanOrEqualTo(before);

        JsonNode edited = api.post(path + "/name1", "{\"value\": \"value1-edited\"}").expectStatus(200).json();

        assertThat(edited).isEqualTo(Fixtures.load(FIXTURES + "name1/POST.json"));
        assertThat(Fixtures.texts(api.get(path).json().get("attribute"), "value"))
                .containsExactly("bar", "value1-edited", "value2");
        assertThat(api.post(path + "/added%20one", "{\"name\": \"ignored\", \"value\": \"\"}").expectStatus(200)
                .json().toString()).isEqualTo("{\"name\":\"added one\",\"value\":\"\"}");
        assertThat(Fixtures.texts(api.get(path).json().get("attribute"), "name"))
                .containsExactly("foo", "name1", "name2", "added one");

        JsonNode deleted = api.delete(path + "/name1").expectStatus(200).json();

        assertThat(deleted).isEqualTo(edited);
        api.get(path + "/name1").expectError(404, "mint.resourceDoesNotExist");
        api.delete(path + "/name1").expectError(404, "mint.resourceDoesNotExist");
        assertThat(Fixtures.texts(api.get(developers(org) + "/" + id).json().get("attributes"), "name"))
                .containsExactly("foo", "name2", "added one");
        assertThat(api.post(path, "{\"attribute\": []}").expectStatus(200).json().toString())
                .isEqualTo("{\"attribute\":[]}");
        assertThat(api.get(developers(org) + "/" + id).json().get("attributes").isEmpty()).isTrue();
    }

    @Test
    void shouldAddressTheDeveloperByEmailInAnyCaseAndTheCompanyByName() {
        Scenario world = scenario.organization();
        String org = world.org();
        String email = world.developer(DeveloperBody.fresh().attributes("name1", "value1"));
        String company = world.company(CompanyBody.fresh().attributes("name1", "value1"));

        api.post(developers(org) + "/" + email.toUpperCase().replace("@", "%40") + "/attributes/name1",
                "{\"value\": \"by email\"}").expectStatus(200);
        JsonNode companyAttribute = api.post(companies(org) + "/" + company.toUpperCase() + "/attributes/name1",
                "{\"value\": \"value1-edited\"}").expectStatus(200).json();

        assertThat(api.get(developers(org) + "/" + email + "/attributes/name1").json().get("value").asString())
                .isEqualTo("by email");
        assertThat(companyAttribute).isEqualTo(Fixtures.load(COMPANY_FIXTURES + "name1/POST.json"));
        assertThat(api.post(companies(org) + "/" + company + "/attributes", FIXTURE_LIST).expectStatus(200).json())
                .isEqualTo(Fixtures.load(COMPANY_FIXTURES + "POST.json"));
        assertThat(api.get(companies(org) + "/" + company).json().get("attributes"))
                .isEqualTo(Fixtures.load(COMPANY_FIXTURES + "GET.json").get("attribute"));
        assertThat(api.delete(companies(org) + "/" + company + "/attributes/foo").expectStatus(200).json().toString())
                .isEqualTo("{\"name\":\"foo\",\"value\":\"bar\"}");
    }

    @Test
    void shouldChangeTheMintDeveloperViewWhenMintBillingTypeChangesThroughTheAttributeEndpoints() {
        Scenario world = scenario.organization(profile -> profile.put("supportedBillingType", "BOTH"));
        String org = world.org();
        String id = world.developerId(DeveloperBody.fresh().billingType("PREPAID"));
        String updated = world.developerId(DeveloperBody.fresh().billingType("PREPAID"));
        String path = developers(org) + "/" + id + "/attributes";
        assertThat(mintView(org, id).get("billingType").asString()).isEqualTo("PREPAID");

        api.post(path + "/MINT_BILLING_TYPE", "{\"value\": \"POSTPAID\"}").expectStatus(200);
        api.put(developers(org) + "/" + updated, DeveloperBody.fresh().billingType("POSTPAID").json())
                .expectStatus(200);

        assertThat(mintView(org, id).get("billingType").asString()).isEqualTo("POSTPAID");
        assertThat(withoutIdentity(mintView(org, id))).isEqualTo(withoutIdentity(mintView(org, updated)));
        Api.Response whatAnUpdateSays = api.put(developers(org) + "/" + updated,
                DeveloperBody.fresh().billingType("WEEKLY").json());
        Api.Response whatTheAttributeSays = api.post(path + "/MINT_BILLING_TYPE", "{\"value\": \"WEEKLY\"}");
        assertInvalid(whatTheAttributeSays, "MINT_BILLING_TYPE");
        assertThat(whatTheAttributeSays.json().get("message")).isEqualTo(whatAnUpdateSays.json().get("message"));
        assertInvalid(api.post(path, "{\"attribute\": [{\"name\": \"MINT_BILLING_TYPE\", \"value\": \"WEEKLY\"}]}"),
                "MINT_BILLING_TYPE");
        assertThat(mintView(org, id).get("billingType").asString()).isEqualTo("POSTPAID");

        api.delete(path + "/MINT_BILLING_TYPE").expectStatus(200);
        assertThat(mintView(org, id).get("billingType").asString()).isEqualTo("PREPAID");

        api.post(path,
                """
                        {"attribute": [{"name": "MINT_BILLING_TYPE", "value": "postpaid"},
                         {"name": "MINT_DEVELOPER_LEGAL_NAME", "value": "Legal Ltd"}, {"name": "MINT_IS_BROKER", "value": "true"},
                         {"name": "MINT_DEVELOPER_TYPE", "value": "trusted"}]}""")
                .expectStatus(200);
        JsonNode view = mintView(org, id);
        assertThat(view.get("billingType").asString()).isEqualTo("POSTPAID");
        assertThat(view.get("legalName").asString()).isEqualTo("Legal Ltd");
        assertThat(view.get("broker").asBoolean()).isTrue();
        assertThat(view.get("type").asString()).isEqualTo("TRUSTED");
    }

    @Test
    void shouldRefuseABillingTypeTheOrganizationDoesNotSupportAsAnUpdateDoes() {
        Scenario world = scenario.organization(profile -> profile.put("supportedBillingType", "PREPAID"));
        String org = world.org();
        String email = world.developer();
        String company = world.company();

        assertInvalid(api.post(developers(org) + "/" + email + "/attributes/MINT_BILLING_TYPE",
                "{\"value\": \"POSTPAID\"}"), "MINT_BILLING_TYPE");
        assertInvalid(api.post(companies(org) + "/" + company + "/attributes",
                "{\"attribute\": [{\"name\": \"MINT_BILLING_TYPE\", \"value\": \"POSTPAID\"}]}"), "MINT_BILLING_TYPE");

        assertThat(api.get(developers(org) + "/" + email + "/attributes").json().get("attribute").isEmpty()).isTrue();
        assertThat(api.get(companies(org) + "/" + company + "/attributes").json().get("attribute").isEmpty())
                .isTrue();
    }

    @Test
    void shouldChangeTheMintCompanyViewWhenItsAttributesChange() {
        Scenario world = scenario.organization(profile -> profile.put("supportedBillingType", "BOTH"));
        String org = world.org();
        String company = world.company("PREPAID");
        assertThat(api.get(mint(org) + "/companies/" + company).json().get("billingType").asString())
                .isEqualTo("PREPAID");

        api.post(companies(org) + "/" + company + "/attributes/MINT_BILLING_TYPE", "{\"value\": \"POSTPAID\"}")
                .expectStatus(200);

        assertThat(api.get(mint(org) + "/companies/" + company).json().get("billingType").asString())
                .isEqualTo("POSTPAID");
    }

    @Test
    void shouldRefuseMissingOrInvalidAttributes() {
        Scenario world = scenario.organization();
        String org = world.org();
        String email = world.developer(DeveloperBody.fresh().attributes("kept", "yes"));
        String path = developers(org) + "/" + email + "/attributes";

        assertInvalid(api.post(path, "{}"), "attribute");
        assertInvalid(api.post(path, "{\"attribute\": null}"), "attribute");
        api.post(path, "").expectError(400, "mint.invalidRequest");
        api.post(path, "{\"attribute\": \"x\"}").expectError(400, "mint.invalidRequest");
        assertInvalid(api.post(path, "{\"attribute\": [{\"value\": \"v\"}]}"), "attributes");
        assertInvalid(api.post(path, "{\"attribute\": [{\"name\": \"a\", \"value\": \"1\"},"
                + " {\"name\": \"a\", \"value\": \"2\"}]}"), "a");
        assertInvalid(api.post(path + "/a", "{}"), "value");
        assertInvalid(api.post(path + "/a", "{\"value\": null}"), "value");
        assertInvalid(api.post(path + "/" + "n".repeat(256), "{\"value\": \"v\"}"), "attributes");
        assertInvalid(api.post(path + "/%20", "{\"value\": \"v\"}"), "attributes");
        assertInvalid(api.post(path + "/a", "{\"value\": \"" + "v".repeat(16_385) + "\"}"), "a");

        assertThat(api.get(path).json().toString())
                .isEqualTo("{\"attribute\":[{\"name\":\"kept\",\"value\":\"yes\"}]}");
    }

    @Test
    void shouldAnswerNotFoundForUnknownOrganizationAccountOrAttribute() {
        Scenario world = scenario.organization();
        String org = world.org();
        String email = world.developer();
        String company = world.company();
        String body = "{\"value\": \"v\"}";

        for (String account : new String[]{developers(org) + "/nobody@example.com",
                developers(org) + "/" + company, companies(org) + "/nobody", companies(org) + "/" + email,
                developers(Scenario.uniqueId("org")) + "/" + email}) {
            api.get(account + "/attributes").expectError(404, "mint.resourceDoesNotExist");
            api.post(account + "/attributes", FIXTURE_LIST).expectError(404, "mint.resourceDoesNotExist");
            api.get(account + "/attributes/a").expectError(404, "mint.resourceDoesNotExist");
            api.post(account + "/attributes/a", body).expectError(404, "mint.resourceDoesNotExist");
            api.delete(account + "/attributes/a").expectError(404, "mint.resourceDoesNotExist");
        }
        api.get(developers(org) + "/" + email + "/attributes/nope").expectError(404, "mint.resourceDoesNotExist");
        api.delete(companies(org) + "/" + company + "/attributes/nope").expectError(404, "mint.resourceDoesNotExist");
    }

    @Test
    void shouldLetAReadOnlyUserReadAttributesAndAnOrgAdminChangeThem() {
        Scenario world = scenario.organization();
        String org = world.org();
        String email = world.developer(DeveloperBody.fresh().attributes("a", "1"));
        String path = developers(org) + "/" + email + "/attributes";
        Api readOnly = api.as(world.user(Map.of(org, "readonly")), UserBody.PASSWORD);
        String admin = world.user(Map.of(org, "orgadmin"));
        Api orgAdmin = api.as(admin, UserBody.PASSWORD);

        readOnly.get(path).expectStatus(200);
        readOnly.get(path + "/a").expectStatus(200);
        readOnly.post(path, FIXTURE_LIST).expectError(403, "mint.forbidden");
        readOnly.post(path + "/a", "{\"value\": \"2\"}").expectError(403, "mint.forbidden");
        readOnly.delete(path + "/a").expectError(403, "mint.forbidden");
        assertThat(api.get(path + "/a").json().get("value").asString()).isEqualTo("1");

        orgAdmin.post(path + "/a", "{\"value\": \"2\"}").expectStatus(200);
        assertThat(api.get(developers(org) + "/" + email).json().get("lastModifiedBy").asString()).isEqualTo(admin);
        orgAdmin.delete(path + "/a").expectStatus(200);
        assertThat(orgAdmin.post(path, FIXTURE_LIST).expectStatus(200).json())
                .isEqualTo(Fixtures.load(FIXTURES + "POST.json"));
    }

    private JsonNode mintView(String org, String id) {
        return api.get(mint(org) + "/developers/" + id).expectStatus(200).json();
    }

    private static JsonNode withoutIdentity(JsonNode view) {
        ObjectNode copy = (ObjectNode) view.deepCopy();
        copy.remove("id");
        copy.remove("email");
        copy.remove("name");
        return copy;
    }

    private static void assertInvalid(Api.Response response, String field) {
        response.expectError(400, "mint.invalidRequest");
        assertThat(response.json().get("contexts").findValuesAsString("name")).contains(field);
    }
}
