package org.openmint.provider;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openmint.Fixtures;
import org.openmint.IntegrationTestSupport;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class ProviderControllerTests extends IntegrationTestSupport {

    private static final String WORLDPAY = """
            {"authType": "auth-type", "credential": "credential", "description": "test payment provider",
             "endpoint": "http://example.com/api", "id": "phpunit", "merchantCode": "merchant-code", "name": "PHPUnit"}""";

    @Test
    void shouldManageProvidersShapedLikeTheFixtures() {
        String org = scenario.organization().org();
        String path = "/v1/mint/organizations/" + org + "/providers";

        JsonNode created = api.post(path, WORLDPAY).expectStatus(201).json();
        JsonNode read = api.get(path + "/phpunit").expectStatus(200).json();
        JsonNode updated = api.put(path + "/phpunit", WORLDPAY.replace("test payment provider", "changed"))
                .expectStatus(200).json();
        JsonNode list = api.get(path).expectStatus(200).json();

        Fixtures.assertSameShape(Fixtures.load("mint/organizations/phpunit/providers/POST.json"), created, Set.of());
        assertThat(created).isEqualTo(Fixtures.load("mint/organizations/phpunit/providers/phpunit/GET.json"));
        assertThat(read).isEqualTo(created);
        assertThat(updated.get("description").asString()).isEqualTo("changed");
        assertThat(list.get("provider")).hasSize(1);
        assertThat(list.get("totalRecords").asInt()).isEqualTo(1);

        api.delete(path + "/phpunit").expectStatus(204);
        api.get(path + "/phpunit").expectError(404, "mint.resourceDoesNotExist");
    }

    @Test
    void shouldRefuseInvalidProviders() {
        String org = scenario.organization().org();
        String path = "/v1/mint/organizations/" + org + "/providers";
        api.post(path, WORLDPAY).expectStatus(201);

        api.post(path, WORLDPAY).expectError(409, "mint.duplicateEntity");
        api.post(path, "{\"id\": \"x\"}").expectError(400, "mint.invalidRequest");
        api.put(path + "/phpunit", WORLDPAY.replace("\"id\": \"phpunit\"", "\"id\": \"other\""))
                .expectError(400, "mint.invalidRequest");
        api.put(path + "/nope", WORLDPAY).expectError(404, "mint.resourceDoesNotExist");
        api.delete(path + "/nope").expectError(404, "mint.resourceDoesNotExist");
        api.get("/v1/mint/organizations/no-such-org/providers").expectError(404, "mint.resourceDoesNotExist");
    }
}
