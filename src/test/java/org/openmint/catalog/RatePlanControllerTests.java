package org.openmint.catalog;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openmint.Fixtures;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class RatePlanControllerTests extends CatalogIntegrationTest {

    @Test
    void shouldCreateRatePlanShapedLikeTheFixture() {
        String org = newCatalog();

        JsonNode created = api.post(plans(org, "phpunit"), standardPlan(org, "standard", Map.of()).toString())
                .expectStatus(201).json();

        Fixtures.assertSameShape(comparable(Fixtures.load(STANDARD_PLAN)), comparable(created), Set.of());
        assertThat(created.get("id").asString()).isEqualTo("standard");
        assertThat(created.get("startDate").asString()).isEqualTo("2018-08-01 00:00:00");
        assertThat(created.get("setUpFee").toString()).isEqualTo("5432.1000");
        assertThat(created.get("ratePlanDetails").get(0).get("ratePlanRates").get(0).get("rate").toString())
                .isEqualTo("1234.5000");
        assertThat(api.get(plans(org, "phpunit") + "/standard").expectStatus(200).json()).isEqualTo(created);
    }
}
