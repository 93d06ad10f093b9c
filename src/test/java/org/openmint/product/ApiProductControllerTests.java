package org.openmint.product;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openmint.Api;
import org.openmint.Fixtures;
import org.openmint.IntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class ApiProductControllerTests extends IntegrationTest {

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

    @Test
    void shouldCreateProductShapedLikeTheFixture() {
        String org = newOrganization();

        JsonNode created = api.post(path(org), product("phpunit_test")).expectStatus(201).json();

        Fixtures.assertSameShape(Fixtures.load("organizations/phpunit/apiproducts/phpunit_test/GET.json"), created,
                Set.of());
        assertThat(created.get("name").asString()).isEqualTo("phpunit_test");
        assertThat(created.get("createdAt").isNumber()).isTrue();
        assertThat(created.get("createdAt").asLong()).isPositive();
        assertThat(created.get("createdBy").asString()).isEqualTo(ADMIN);
        assertThat(created.get("lastModifiedBy").asString()).isEqualTo(ADMIN);
        assertThat(created.get("attributes").get(0).get("value").asString()).isEqualTo("bar");
        assertThat(created.get("scopes")).hasSize(2);
        assertThat(api.get(path(org) + "/phpunit_test").expectStatus(200).json()).isEqualTo(created);
    }
}
