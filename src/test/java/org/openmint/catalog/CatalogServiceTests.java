package org.openmint.catalog;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openmint.Api;
import org.openmint.error.ResourceNotFoundException;
import org.openmint.scenario.RatePlanBody;
import org.openmint.scenario.Scenario;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openmint.scenario.RatePlanBody.rateCard;
import static org.openmint.scenario.Scenario.mint;

class CatalogServiceTests extends CatalogTestSupport {

    @Autowired
    private CatalogService catalog;

    @Autowired
    private JsonMapper json;

    @Test
    void shouldGiveEverythingNeededToPriceARatePlan() {
        Scenario world = scenario.fixtureCatalog().product("second");
        String org = world.org();
        api.post(packages(org) + "/phpunit/products/second", "{}").expectStatus(204);
        ArrayNode details = rateCard("VOLUME", 0, 100, "0.05", 100, 10000, "0.025", 10000, null, "0.0125");
        ((ObjectNode) details.get(0)).put("freemiumUnit", 10).put("ratingParameter", "MINT_CUSTOM_ATTRIBUTE_3");
        ArrayNode specific = rateCard("UNIT", 0, null, "2");
        ((ObjectNode) specific.get(0)).putObject("product").put("id", "second");
        details.add(specific.get(0));
        world.ratePlan(RatePlanBody.standard("volume").with("published", true).forDeveloper("dev@example.com")
                .with("endDate", "2030-01-01").with("earlyTerminationFee", NullNode.instance)
                .with("ratePlanDetails", details));

        RatePlan plan = catalog.requireRatePlan(org, "volume");

        assertThat(plan.id()).isEqualTo("volume");
        assertThat(plan.packageId()).isEqualTo("phpunit");
        assertThat(plan.productIds()).containsExactly("phpunit", "second");
        assertThat(plan.type()).isEqualTo(RatePlan.Type.DEVELOPER);
        assertThat(plan.developerId()).isEqualTo("dev@example.com");
        assertThat(plan.published()).isTrue();
        assertThat(plan.startDate()).isEqualTo(Instant.parse("2018-07-31T15:15:00Z"));
        assertThat(plan.endDate()).isEqualTo(Instant.parse("2029-12-31T15:15:00Z"));
        assertThat(plan.currencyId()).isEqualTo("usd");
        assertThat(plan.setUpFee()).isEqualByComparingTo("5432.1");
        assertThat(plan.recurringFee()).isEqualByComparingTo("1234.5");
        assertThat(plan.earlyTerminationFee()).isEqualByComparingTo("0");
        assertThat(plan.advance()).isFalse();
        assertThat(plan.frequencyDuration()).isEqualTo(1);
        assertThat(plan.frequencyDurationType()).isEqualTo("MONTH");
        assertThat(plan.inEffectAt(Instant.parse("2026-01-01T00:00:00Z"))).isTrue();
        assertThat(plan.inEffectAt(Instant.parse("2029-12-31T15:15:00Z"))).isFalse();
        assertThat(plan.inEffectAt(Instant.parse("2018-07-31T15:14:59Z"))).isFalse();
        assertThat(plan.coversProduct("second")).isTrue();
        RatePlanDetail volume = plan.detailFor("phpunit").orElseThrow();
        assertThat(volume.meteringType()).isEqualTo(RatePlanDetail.MeteringType.VOLUME);
        assertThat(volume.productId()).isNull();
        assertThat(volume.customAttribute()).isEqualTo(3);
        assertThat(volume.ratingParameter()).isEqualTo("MINT_CUSTOM_ATTRIBUTE_3");
        assertThat(volume.freemiumUnit()).isEqualTo(10);
        assertThat(volume.currencyId()).isEqualTo("usd");
        assertThat(volume.rates()).extracting(RatePlanDetail.Band::startUnit).containsExactly(0L, 100L, 10000L);
        assertThat(volume.rates()).extracting(RatePlanDetail.Band::endUnit).containsExactly(100L, 10000L, null);
        assertThat(volume.rates().get(2).rate()).isEqualByComparingTo("0.0125");
        assertThat(Pricing.price(volume, BigDecimal.ZERO, new BigDecimal("110"))).isEqualByComparingTo("4.75");
        RatePlanDetail flat = plan.detailFor("second").orElseThrow();
        assertThat(flat.productId()).isEqualTo("second");
        assertThat(Pricing.price(flat, BigDecimal.ZERO, new BigDecimal("12.5"))).isEqualByComparingTo("25");
    }

    @Test
    void shouldGiveFreeUnitsOfThePlanToDetailsWithoutTheirOwn() {
        String org = scenario.fixtureCatalog().ratePlan(RatePlanBody.standard("credits").with("freemiumUnit", 5)
                .with("ratePlanDetails", rateCard("UNIT", 0, null, "1"))).org();

        RatePlan plan = catalog.requireRatePlan(org, "credits");

        assertThat(plan.freemiumUnit()).isEqualTo(5);
        assertThat(plan.details().get(0).freemiumUnit()).isEqualTo(5);
        assertThat(Pricing.price(plan.details().get(0), BigDecimal.ZERO, new BigDecimal("8")))
                .isEqualByComparingTo("3");
    }

    @Test
    void shouldFailWithTheSpecMessageWhenTheRatePlanDoesNotExist() {
        String org = scenario.fixtureCatalog().org();

        assertThatThrownBy(() -> catalog.requireRatePlan(org, "nope")).isInstanceOf(ResourceNotFoundException.class)
                .hasMessage("RatePlan with id [nope] does not exist");
        assertThatThrownBy(() -> catalog.requireRatePlan("no-such-org", "nope"))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> catalog.ratePlanView(org, "nope")).isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> catalog.requireProduct(org, "nope")).isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void shouldListTheRatePlansOfEveryPackageHoldingAProduct() {
        String org = scenario.fixtureCatalog().product("alone").monetizationPackage("other", "phpunit")
                .ratePlan(RatePlanBody.standard("b"))
                .ratePlan(RatePlanBody.standard("a").in("other").with("published", true)).org();

        List<RatePlan> plans = catalog.ratePlansForProduct(org, "PHPUNIT");

        assertThat(plans).extracting(RatePlan::id).containsExactly("a", "b");
        assertThat(plans).extracting(RatePlan::packageId).containsExactly("other", "phpunit");
        assertThat(catalog.ratePlansForProduct(org, "alone")).isEmpty();
        assertThatThrownBy(() -> catalog.ratePlansForProduct(org, "nope"))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThat(catalog.requireProduct(org, "PHPUnit").name()).isEqualTo("phpunit");
    }

    /** JSON read as the tests' client reads it: decimals as BigDecimal. */
    private static JsonNode asJson(String text) {
        return new Api.Response(200, text, null).json();
    }

    @Test
    void shouldGiveTheSameViewsAsTheApi() {
        String org = scenario.fixtureCatalog().ratePlan(RatePlanBody.standard("standard")).org();

        assertThat(asJson(json.writeValueAsString(catalog.ratePlanView(org, "standard"))))
                .isEqualTo(api.get(plans(org, "phpunit") + "/standard").json());
        assertThat(asJson(json.writeValueAsString(catalog.packageView(org, "phpunit"))))
                .isEqualTo(api.get(packages(org) + "/phpunit").json());
        assertThat(asJson(json.writeValueAsString(catalog.productView(org, "phpunit"))))
                .isEqualTo(api.get(mint(org) + "/products/phpunit").json());
    }
}
