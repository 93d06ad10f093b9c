package org.openmint.product;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openmint.Api;
import org.openmint.Fixtures;
import org.openmint.IntegrationTestSupport;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class ApiProductControllerTests extends IntegrationTestSupport {

    private static String path(String org) {
        return "/v1/organizations/" + org + "/apiproducts";
    }

    private static String product(String name) {
        return """
                {"name": "%s", "displayName": "PHP Unit Test product", "approvalType": "auto",
                 "attributes": [{"name": "foo", "value": "bar"}], "apiResources": [], "environments": [],
                 "proxies": [], "quota": "10", "quotaInterval": "1", "quotaTimeUnit": "minute",
                 "scopes": ["scope 1", "scope 2"]}""".formatted(name);
    }

    private static final String FIXTURES = "organizations/phpunit/apiproducts/";

    @Test
    void shouldCreateProductShapedLikeTheFixture() {
        String org = scenario.organization().org();

        JsonNode created = api.post(path(org), product("phpunit_test")).expectStatus(201).json();

        Fixtures.assertSameShape(Fixtures.load(FIXTURES + "phpunit_test/GET.json"), created, Set.of());
        assertThat(created.get("name").asString()).isEqualTo("phpunit_test");
        assertThat(created.get("createdAt").isNumber()).isTrue();
        assertThat(created.get("createdAt").asLong()).isPositive();
        assertThat(created.get("lastModifiedAt").asLong()).isEqualTo(created.get("createdAt").asLong());
        assertThat(created.get("createdBy").asString()).isEqualTo(ADMIN);
        assertThat(created.get("lastModifiedBy").asString()).isEqualTo(ADMIN);
        assertThat(created.get("attributes").get(0).get("value").asString()).isEqualTo("bar");
        assertThat(created.get("scopes")).hasSize(2);
        assertThat(created.get("quota").asString()).isEqualTo("10");
        assertThat(api.get(path(org) + "/phpunit_test").expectStatus(200).json()).isEqualTo(created);
    }

    @Test
    void shouldDefaultOptionalFieldsAndAcceptNumbersForQuota() {
        String org = scenario.organization().org();

        JsonNode created = api.post(path(org), """
                {"name": "Weather API", "displayName": "Weather", "quota": 50, "quotaInterval": 12,
                 "quotaTimeUnit": "HOUR"}""").expectStatus(201).json();

        assertThat(created.get("approvalType").asString()).isEqualTo("auto");
        assertThat(created.get("quota").asString()).isEqualTo("50");
        assertThat(created.get("quotaTimeUnit").asString()).isEqualTo("hour");
        assertThat(created.get("attributes")).isEmpty();
        assertThat(created.get("environments")).isEmpty();
        assertThat(created.has("description")).isFalse();
        api.get(path(org) + "/Weather%20API").expectStatus(200);
    }

    @Test
    void shouldListNamesOrExpandedProductsFromStartKey() {
        String org = scenario.organization().org();
        for (String name : new String[]{"4phpunit_test", "phpunit_test", "3phpunit_test", "5phpunit_test"}) {
            api.post(path(org), product(name)).expectStatus(201);
        }
        api.post(path(org), product("other").replace("\"value\": \"bar\"", "\"value\": \"baz\"")).expectStatus(201);

        JsonNode names = api.get(path(org)).expectStatus(200).json();
        JsonNode expanded = api.get(path(org) + "?expand=true").expectStatus(200).json();
        JsonNode fromKey = api.get(path(org) + "?expand=false&startKey=4phpunit_test").expectStatus(200).json();
        JsonNode counted = api.get(path(org) + "?count=2&expand=true&startKey=3phpunit_test").expectStatus(200).json();
        JsonNode filtered = api.get(path(org) + "?attributename=foo&attributevalue=baz").expectStatus(200).json();

        assertThat(names.isArray()).isTrue();
        assertThat(names.toString()).isEqualTo(
                "[\"3phpunit_test\",\"4phpunit_test\",\"5phpunit_test\",\"other\",\"phpunit_test\"]");
        Fixtures.assertSameShape(Fixtures.load(FIXTURES + "GET_expand=true.json"), expanded, Set.of("description"));
        assertThat(expanded.get("apiProduct")).hasSize(5);
        assertThat(fromKey.toString()).isEqualTo("[\"4phpunit_test\",\"5phpunit_test\",\"other\",\"phpunit_test\"]");
        assertThat(counted.get("apiProduct")).hasSize(2);
        assertThat(counted.get("apiProduct").get(1).get("name").asString()).isEqualTo("4phpunit_test");
        assertThat(filtered.toString()).isEqualTo("[\"other\"]");
        api.get(path(org) + "?count=0").expectError(400, "mint.invalidRequest");
        api.get(path(org) + "?expand=perhaps").expectError(400, "mint.invalidRequest");
    }

    @Test
    void shouldReplaceProductOnPut() {
        String org = scenario.organization().org();
        JsonNode created = api.post(path(org), product("phpunit_test")).expectStatus(201).json();

        JsonNode replaced = api
                .put(path(org) + "/phpunit_test",
                        """
                                {"approvalType": "manual", "attributes": [{"name": "foo", "value": "foo"}, {"name": "bar", "value": "baz"}],
                                 "displayName": "(Edited) PHP Unit Test product", "quota": "1000", "quotaInterval": "12",
                                 "quotaTimeUnit": "hour", "scopes": ["scope 1", "scope 2"], "createdAt": 1}""")
                .expectStatus(200).json();

        Fixtures.assertSameShape(Fixtures.load(FIXTURES + "phpunit_test/PUT.json"), replaced, Set.of());
        assertThat(replaced.get("approvalType").asString()).isEqualTo("manual");
        assertThat(replaced.get("attributes")).hasSize(2);
        assertThat(replaced.get("attributes").get(1).get("name").asString()).isEqualTo("bar");
        assertThat(replaced.get("createdAt")).isEqualTo(created.get("createdAt"));
        assertThat(replaced.get("quotaTimeUnit").asString()).isEqualTo("hour");
        assertThat(api.get(path(org) + "/phpunit_test").json()).isEqualTo(replaced);
        assertInvalid(api.put(path(org) + "/phpunit_test", product("renamed")), "name");
    }

    @Test
    void shouldDeleteAndAnswerTheDeletedProduct() {
        String org = scenario.organization().org();
        JsonNode created = api.post(path(org), product("phpunit_test")).expectStatus(201).json();

        JsonNode deleted = api.delete(path(org) + "/phpunit_test").expectStatus(200).json();

        assertThat(deleted).isEqualTo(created);
        api.get(path(org) + "/phpunit_test").expectError(404, "mint.resourceDoesNotExist");
        api.delete(path(org) + "/phpunit_test").expectError(404, "mint.resourceDoesNotExist");
    }

    @Test
    void shouldRefuseInvalidProducts() {
        String org = scenario.organization().org();
        String valid = product("phpunit_test");

        assertInvalid(api.post(path(org), valid.replace("\"name\": \"phpunit_test\",", "")), "name");
        assertInvalid(api.post(path(org), valid.replace("phpunit_test", "a/b")), "name");
        assertInvalid(api.post(path(org), valid.replace("\"displayName\": \"PHP Unit Test product\",", "")),
                "displayName");
        assertInvalid(
                api.post(path(org), valid.replace("\"approvalType\": \"auto\"", "\"approvalType\": \"sometimes\"")),
                "approvalType");
        assertInvalid(api.post(path(org), valid.replace("\"quota\": \"10\"", "\"quota\": \"lots\"")), "quota");
        assertInvalid(api.post(path(org), valid.replace("\"minute\"", "\"week\"")), "quotaTimeUnit");
        assertInvalid(api.post(path(org), valid.replace("{\"name\": \"foo\", \"value\": \"bar\"}",
                "{\"name\": \"foo\", \"value\": \"bar\"}, {\"name\": \"foo\", \"value\": \"baz\"}")),
                "attributes.name");
        assertInvalid(
                api.post(path(org), valid.replace("{\"name\": \"foo\", \"value\": \"bar\"}", "{\"value\": \"bar\"}")),
                "attributes.name");
        assertInvalid(
                api.post(path(org), valid.replace("\"scopes\": [\"scope 1\", \"scope 2\"]", "\"scopes\": \"all\"")),
                "scopes");

        assertThat(api.get(path(org)).json()).isEmpty();
    }

    @Test
    void shouldRefuseDuplicateNamesInAnyCase() {
        String org = scenario.organization().org();
        api.post(path(org), product("phpunit_test")).expectStatus(201);

        api.post(path(org), product("phpunit_test")).expectError(409, "mint.duplicateEntity");
        api.post(path(org), product("PHPUnit_Test")).expectError(409, "mint.duplicateEntity");
        assertThat(api.get(path(org) + "/PHPUNIT_TEST").expectStatus(200).json().get("name").asString())
                .isEqualTo("phpunit_test");
    }

    @Test
    void shouldAnswerNotFoundForUnknownOrganizationOrProduct() {
        String org = scenario.organization().org();

        Api.Response response = api.get(path(org) + "/nope").expectError(404, "mint.resourceDoesNotExist");

        assertThat(response.json().get("message").asString()).isEqualTo("Product with id [nope] does not exist");
        api.put(path(org) + "/nope", product("nope")).expectError(404, "mint.resourceDoesNotExist");
        api.get(path("no-such-org")).expectError(404, "mint.resourceDoesNotExist");
        api.post(path("no-such-org"), product("x")).expectError(404, "mint.resourceDoesNotExist");
    }

    @Test
    void shouldManageAttributesOneByOneOrAllAtOnce() {
        String org = scenario.organization().org();
        api.post(path(org), product("phpunit_test")).expectStatus(201);
        String attributes = path(org) + "/phpunit_test/attributes";

        JsonNode replaced = api.post(attributes, """
                {"attribute": [{"name": "foo", "value": "bar"}, {"name": "name1", "value": "value1"},
                 {"name": "name2", "value": "value2"}]}""").expectStatus(200).json();
        JsonNode edited = api.post(attributes + "/name1", "{\"value\": \"value1-edited\"}").expectStatus(200).json();
        JsonNode added = api.post(attributes + "/MINT_CUSTOM_ATTRIBUTE_1", "{\"value\": \"size\"}").expectStatus(200)
                .json();
        JsonNode removed = api.delete(attributes + "/name2").expectStatus(200).json();

        Fixtures.assertSameShape(Fixtures.load(FIXTURES + "phpunit_test/attributes/GET.json"), replaced, Set.of());
        assertThat(edited.toString()).isEqualTo("{\"name\":\"name1\",\"value\":\"value1-edited\"}");
        Fixtures.assertSameShape(Fixtures.load(FIXTURES + "phpunit_test/attributes/name1/POST.json"), edited, Set.of());
        assertThat(added.get("value").asString()).isEqualTo("size");
        assertThat(removed.get("value").asString()).isEqualTo("value2");
        assertThat(api.get(attributes).json().toString())
                .isEqualTo("{\"attribute\":[{\"name\":\"foo\",\"value\":\"bar\"},"
                        + "{\"name\":\"name1\",\"value\":\"value1-edited\"},{\"name\":\"MINT_CUSTOM_ATTRIBUTE_1\",\"value\":\"size\"}]}");
        assertThat(api.get(attributes + "/name1").expectStatus(200).json().get("value").asString())
                .isEqualTo("value1-edited");
        api.get(attributes + "/name2").expectError(404, "mint.resourceDoesNotExist");
        api.delete(attributes + "/name2").expectError(404, "mint.resourceDoesNotExist");
        assertInvalid(api.post(attributes, "{}"), "attribute");
        assertInvalid(api.post(attributes + "/name1", "{}"), "value");
    }

    private static void assertInvalid(Api.Response response, String field) {
        response.expectError(400, "mint.invalidRequest");
        assertThat(response.json().get("contexts").findValuesAsString("name")).contains(field);
    }
}
