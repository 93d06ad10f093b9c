package org.openmint.catalog;

import org.junit.jupiter.api.Test;
import org.openmint.scenario.RatePlanBody;
import tools.jackson.databind.node.JsonNodeFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmint.scenario.Scenario.mint;

class CatalogUsageTests extends CatalogTestSupport {

    @Test
    void shouldRefuseCurrencyDeleteWhileARatePlanUsesIt() {
        String org = scenario.fixtureCatalog().currency("EUR")
                .ratePlan(RatePlanBody.standard("plan")
                        .with("currency", JsonNodeFactory.instance.objectNode().put("id", "eur"))
                        .with("ratePlanDetails", RatePlanBody.rateCard("UNIT", 0, null, "1")))
                .org();

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
        String org = scenario.fixtureCatalog().org();

        var response = api.delete("/v1/organizations/" + org + "/apiproducts/phpunit")
                .expectError(400, "mint.invalidRequest");

        assertThat(response.json().get("message").asString()).contains("phpunit");
        api.get("/v1/organizations/" + org + "/apiproducts/phpunit").expectStatus(200);
    }
}
