package org.openmint.catalog;

import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogUsageTests extends CatalogIntegrationTest {

    @Test
    void shouldRefuseCurrencyDeleteWhileARatePlanUsesIt() {
        String org = newCatalog();
        newCurrency(org, "EUR");
        api.post(plans(org, "phpunit"), standardPlan(org, "plan", Map.of("currency",
                JsonNodeFactory.instance.objectNode().put("id", "eur"), "ratePlanDetails",
                details("UNIT", 0, null, "1")))
                .toString()).expectStatus(201);

        var refused = api.delete(mint(org) + "/supported-currencies/eur").expectError(400,
                "mint.supportedCurrencyInUse");

        assertThat(refused.json().get("message").asString()).contains("rate plan");
        assertThat(api.get(mint(org) + "/supported-currencies/eur").expectStatus(200).json().get("id").asString())
                .isEqualTo("eur");
        api.delete(plans(org, "phpunit") + "/plan").expectStatus(204);
        api.delete(mint(org) + "/supported-currencies/eur").expectStatus(204);
    }

    @Test
    void shouldRefuseProductDeleteWhileAPackageHoldsIt() {
        String org = newCatalog();

        var response = api.delete("/v1/organizations/" + org + "/apiproducts/phpunit")
                .expectError(400, "mint.invalidRequest");

        assertThat(response.json().get("message").asString()).contains("phpunit");
        api.get("/v1/organizations/" + org + "/apiproducts/phpunit").expectStatus(200);
    }
}
