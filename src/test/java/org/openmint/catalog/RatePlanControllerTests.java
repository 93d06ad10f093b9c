package org.openmint.catalog;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.openmint.Api;
import org.openmint.Fixtures;
import org.openmint.scenario.CurrencyBody;
import org.openmint.scenario.ProductBody;
import org.openmint.scenario.RatePlanBody;
import org.openmint.scenario.Scenario;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmint.Fixtures.comparable;
import static org.openmint.scenario.RatePlanBody.STANDARD_PLAN;
import static org.openmint.scenario.RatePlanBody.rateCard;
import static org.openmint.scenario.Scenario.mint;

class RatePlanControllerTests extends CatalogTestSupport {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Autowired
    private CatalogService catalog;

    private Api.Response create(String org, ObjectNode plan) {
        return api.post(plans(org, "phpunit"), plan.toString());
    }

    private static Map<String, Object> changes(Object... pairs) {
        Map<String, Object> changes = new HashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            changes.put((String) pairs[i], pairs[i + 1]);
        }
        return changes;
    }

    @Test
    void shouldCreateRatePlanShapedLikeTheFixture() {
        String org = scenario.fixtureCatalog().org();

        JsonNode created = api.post(plans(org, "phpunit"), standardPlan(org, "standard", Map.of()).toString())
                .expectStatus(201).json();

        Fixtures.assertSameShape(comparable(Fixtures.load(STANDARD_PLAN)), comparable(created), Set.of());
        assertThat(created.get("id").asString()).isEqualTo("standard");
        assertThat(created.get("type").asString()).isEqualTo("STANDARD");
        assertThat(created.get("published").asBoolean()).isFalse();
        assertThat(created.get("startDate").asString()).isEqualTo("2018-08-01 00:00:00");
        assertThat(created.has("endDate")).isFalse();
        assertThat(created.get("setUpFee").toString()).isEqualTo("5432.1000");
        assertThat(created.get("recurringFee").toString()).isEqualTo("1234.5000");
        assertThat(created.get("earlyTerminationFee").toString()).isEqualTo("21.4400");
        assertThat(created.get("paymentDueDays").asString()).isEqualTo("30");
        assertThat(created.get("currency")).isEqualTo(api.get(mint(org) + "/supported-currencies/usd").json());
        assertThat(created.get("monetizationPackage")).isEqualTo(api.get(packages(org) + "/phpunit").json());
        assertThat(created.get("organization")).isEqualTo(api.get(mint(org)).json());
        JsonNode detail = created.get("ratePlanDetails").get(0);
        assertThat(detail.get("id").asString()).isNotBlank().isNotEqualTo("335aacc3-0460-4a28-babd-c08dfd06af13");
        assertThat(detail.get("meteringType").asString()).isEqualTo("UNIT");
        assertThat(detail.get("ratingParameter").asString()).isEqualTo("VOLUME");
        assertThat(detail.get("currency")).isEqualTo(created.get("currency"));
        assertThat(detail.get("ratePlanRates").get(0).get("rate").toString()).isEqualTo("1234.5000");
        assertThat(detail.get("ratePlanRates").get(0).get("startUnit").asLong()).isZero();
        assertThat(detail.get("ratePlanRates").get(0).has("endUnit")).isFalse();
        assertThat(api.get(plans(org, "phpunit") + "/standard").expectStatus(200).json()).isEqualTo(created);
    }

    @Test
    void shouldMatchTheMinimalFixtureAndMakeTheIdFromPackageAndName() {
        String org = scenario.organization().currency(CurrencyBody.fixtureUsd())
                .product(ProductBody.named("test product").displayName("Test product").description(null))
                .monetizationPackage("phpunit", "test product").org();

        JsonNode created = api.post(packages(org) + "/phpunit/rate-plans", """
                {"name": "Minimum Rate Plan 5", "displayName": "displayName", "description": "description",
                 "currency": {"id": "usd"}, "startDate": "2018-09-01", "endDate": "2018-09-02 00:00:00"}""")
                .expectStatus(201).json();

        JsonNode fixture = Fixtures.load(
                "mint/organizations/phpunit-minimal/monetization-packages/phpunit/rate-plans/phpunit/GET.json");
        Fixtures.assertSameShape(fixture, created, Fixtures.PROFILE_FLAGS);
        assertThat(created.get("id").asString()).isEqualTo("phpunit_minimum-rate-plan-5");
        assertThat(created.get("setUpFee").toString()).isEqualTo("0.0000");
        assertThat(created.get("recurringType").asString()).isEqualTo("CALENDAR");
        assertThat(created.get("startDate").asString()).isEqualTo("2018-09-01 00:00:00");
        assertThat(created.get("endDate").asString()).isEqualTo("2018-09-02 00:00:00");
        api.get(packages(org) + "/phpunit/rate-plans/phpunit_minimum-rate-plan-5").expectStatus(200);
    }

    @Test
    void shouldKeepDatesInTheOrganizationTimeZoneBothWays() {
        String org = scenario.fixtureCatalog().org();

        JsonNode created = api.post(plans(org, "phpunit"), standardPlan(org, "eucla", changes(
                "startDate", "2026-12-01 08:45:00", "endDate", "2027-01-01")).toString()).expectStatus(201).json();

        assertThat(created.get("startDate").asString()).isEqualTo("2026-12-01 08:45:00");
        assertThat(created.get("endDate").asString()).isEqualTo("2027-01-01 00:00:00");
        RatePlan plan = catalog.requireRatePlan(org, "eucla");
        assertThat(plan.startDate()).isEqualTo(Instant.parse("2026-12-01T00:00:00Z"));
        assertThat(plan.endDate()).isEqualTo(Instant.parse("2026-12-31T15:15:00Z"));

        ObjectNode profile = (ObjectNode) api.get(mint(org)).json();
        profile.put("timezone", "UTC");
        api.put(mint(org), profile.toString()).expectStatus(200);
        JsonNode inUtc = api.get(plans(org, "phpunit") + "/eucla").expectStatus(200).json();
        assertThat(inUtc.get("startDate").asString()).isEqualTo("2026-12-01 00:00:00");
        assertThat(inUtc.get("endDate").asString()).isEqualTo("2026-12-31 15:15:00");
    }

    @Test
    void shouldEchoTheDeveloperOrCategoryOfDeveloperAndCategoryPlans() {
        String org = scenario.fixtureCatalog().org();

        JsonNode developer = api.post(plans(org, "phpunit"), standardPlan(org, "developer", changes("type", "DEVELOPER",
                "developer", NODES.objectNode().put("id", "phpunit@example.com").put("name", "ignored"))).toString())
                .expectStatus(201).json();
        JsonNode category = api.post(plans(org, "phpunit"), standardPlan(org, "category", changes(
                "type", "DEVELOPER_CATEGORY", "developerCategory", NODES.objectNode().put("id", "312004df")))
                .toString())
                .expectStatus(201).json();

        assertThat(developer.get("type").asString()).isEqualTo("DEVELOPER");
        // no such developer in this organization: the view holds only the reference (CatalogViewsTests shows one)
        assertThat(developer.get("developer").get("id").asString()).isEqualTo("phpunit@example.com");
        assertThat(developer.has("developerCategory")).isFalse();
        assertThat(category.get("developerCategory").toString()).isEqualTo("{\"id\":\"312004df\"}");
        assertThat(catalog.requireRatePlan(org, "developer").developerId()).isEqualTo("phpunit@example.com");
        assertThat(catalog.requireRatePlan(org, "category").developerCategoryId()).isEqualTo("312004df");
        assertInvalid(api.post(plans(org, "phpunit"), standardPlan(org, "x", changes("type", "DEVELOPER")).toString()),
                "developer");
        assertInvalid(api.post(plans(org, "phpunit"),
                standardPlan(org, "x", changes("type", "DEVELOPER_CATEGORY")).toString()), "developerCategory");
        assertInvalid(api.post(plans(org, "phpunit"), standardPlan(org, "x", changes(
                "developer", NODES.objectNode().put("id", "phpunit@example.com"))).toString()), "developer");
    }

    @Test
    void shouldRefuseInvalidRatePlans() {
        String org = scenario.fixtureCatalog().org();
        ArrayNode gap = rateCard("VOLUME", 0, 100, "0.05", 200, null, "0.01");
        ArrayNode overlap = rateCard("VOLUME", 0, 100, "0.05", 50, null, "0.01");
        ArrayNode notFromZero = rateCard("VOLUME", 10, null, "0.05");
        ArrayNode openMiddle = rateCard("VOLUME", 0, null, "0.05", 100, null, "0.01");

        assertInvalid(create(org, changes("name", null)), "name");
        assertInvalid(create(org, changes("displayName", null)), "displayName");
        assertInvalid(create(org, changes("description", "")), "description");
        assertInvalid(create(org, changes("startDate", null)), "startDate");
        assertInvalid(create(org, changes("startDate", "2026-13-01")), "startDate");
        assertInvalid(create(org, changes("startDate", "01/12/2026")), "startDate");
        assertInvalid(create(org, changes("endDate", "2018-07-31 23:59:59")), "endDate");
        assertInvalid(create(org, changes("currency", null)), "currency");
        assertInvalid(create(org, changes("type", "COMPANY")), "type");
        assertInvalid(create(org, changes("setUpFee", -1)), "setUpFee");
        assertInvalid(create(org, changes("setUpFee", "1.00001")), "setUpFee");
        assertInvalid(create(org, changes("recurringFee", "12.34567")), "recurringFee");
        assertInvalid(create(org, changes("earlyTerminationFee", "-0.01")), "earlyTerminationFee");
        assertInvalid(create(org, changes("frequencyDuration", null)), "frequencyDuration");
        assertInvalid(create(org, changes("frequencyDurationType", "FORTNIGHT")), "frequencyDurationType");
        assertInvalid(create(org, changes("recurringType", "WHENEVER")), "recurringType");
        assertInvalid(create(org, changes("recurringStartUnit", 32)), "recurringStartUnit");
        assertInvalid(create(org, changes("paymentDueDays", "soon")), "paymentDueDays");
        assertInvalid(create(org, changes("published", "maybe")), "published");
        assertInvalid(create(org, changes("organization", NODES.objectNode().put("id", "other"))), "organization");
        assertInvalid(create(org, changes("monetizationPackage", NODES.objectNode().put("id", "other"))),
                "monetizationPackage");
        assertInvalid(create(org, changes("ratePlanDetails", detail(d -> d.put("meteringType", "RANDOM")))),
                "ratePlanDetails[0].meteringType");
        assertInvalid(create(org, changes("ratePlanDetails", detail(d -> d.put("type", "FREE")))),
                "ratePlanDetails[0].type");
        assertInvalid(create(org, changes("ratePlanDetails", detail(d -> d.put("ratingParameter",
                "MINT_CUSTOM_ATTRIBUTE_11")))), "ratePlanDetails[0].ratingParameter");
        assertInvalid(create(org, changes("ratePlanDetails", detail(d -> d.put("freemiumUnit", "1.5")))),
                "ratePlanDetails[0].freemiumUnit");
        assertInvalid(create(org, changes("ratePlanDetails", detail(d -> d.put("freemiumUnit", -1)))),
                "ratePlanDetails[0].freemiumUnit");
        assertInvalid(create(org, changes("ratePlanDetails", detail(d -> d.putObject("currency").put("id", "eur")))),
                "ratePlanDetails[0].currency");
        assertInvalid(create(org, changes("ratePlanDetails", detail(d -> d.putObject("product").put("id", "other")))),
                "ratePlanDetails[0].product");
        assertInvalid(create(org, changes("ratePlanDetails", detail(d -> d.putArray("ratePlanRates")))),
                "ratePlanDetails[0].ratePlanRates");
        assertInvalid(create(org, changes("ratePlanDetails", gap)), "ratePlanDetails[0].ratePlanRates");
        assertInvalid(create(org, changes("ratePlanDetails", overlap)), "ratePlanDetails[0].ratePlanRates");
        assertInvalid(create(org, changes("ratePlanDetails", notFromZero)), "ratePlanDetails[0].ratePlanRates");
        assertInvalid(create(org, changes("ratePlanDetails", openMiddle)), "ratePlanDetails[0].ratePlanRates");
        assertInvalid(create(org, changes("ratePlanDetails", rateCard("UNIT", 0, null, "-1"))),
                "ratePlanDetails[0].ratePlanRates[0].rate");
        assertInvalid(create(org, changes("ratePlanDetails", rateCard("UNIT", 0, null, "0.00001"))),
                "ratePlanDetails[0].ratePlanRates[0].rate");
        assertInvalid(create(org, changes("ratePlanDetails", rate(r -> r.put("startUnit", "0.5")))),
                "ratePlanDetails[0].ratePlanRates[0].startUnit");
        assertInvalid(create(org, changes("ratePlanDetails", rate(r -> r.put("endUnit", 0)))),
                "ratePlanDetails[0].ratePlanRates[0].endUnit");
        assertInvalid(create(org, changes("ratePlanDetails", rate(r -> r.remove("rate")))),
                "ratePlanDetails[0].ratePlanRates[0].rate");
        assertInvalid(
                create(org, changes("ratePlanDetails", rate(r -> r.put("type", "REVSHARE").put("revshare", 101)))),
                "ratePlanDetails[0].ratePlanRates[0].revshare");
        assertInvalid(create(org, changes("ratePlanDetails", rate(r -> r.put("type", "REVSHARE").put("revshare", 5)))),
                "ratePlanDetails[0].ratePlanRates");
        api.post(plans(org, "phpunit"), "{\"name\": [").expectError(400, "mint.invalidRequest");

        assertThat(api.get(mint(org) + "/rate-plans").json().get("totalRecords").asInt()).isZero();
    }

    @Test
    void shouldRefuseUnknownOrInactiveCurrency() {
        String org = scenario.fixtureCatalog().currency(CurrencyBody.of("EUR").named("Euro").inactive()).org();

        Api.Response unknown = create(org, changes("currency", NODES.objectNode().put("id", "xyz")));
        Api.Response inactive = create(org, changes("currency", NODES.objectNode().put("id", "eur"),
                "ratePlanDetails", rateCard("UNIT", 0, null, "1")));

        unknown.expectError(404, "mint.resourceDoesNotExist");
        assertThat(unknown.json().get("message").asString())
                .isEqualTo("SupportedCurrency with id [xyz] does not exist");
        assertInvalid(inactive, "currency");
    }

    @Test
    void shouldAnswerNotFoundForUnknownOrganizationPackageOrPlan() {
        Scenario world = scenario.fixtureCatalog().monetizationPackage("other", "phpunit");
        String org = world.org();
        String body = standardPlan(org, "standard", Map.of()).toString();
        world.ratePlan(RatePlanBody.standard("standard"));

        Api.Response missing = api.get(plans(org, "phpunit") + "/nope").expectError(404, "mint.resourceDoesNotExist");

        assertThat(missing.json().get("message").asString()).isEqualTo("RatePlan with id [nope] does not exist");
        api.put(plans(org, "phpunit") + "/nope", body).expectError(404, "mint.resourceDoesNotExist");
        api.delete(plans(org, "phpunit") + "/nope").expectError(404, "mint.resourceDoesNotExist");
        api.get(plans(org, "other") + "/standard").expectError(404, "mint.resourceDoesNotExist");
        api.delete(plans(org, "other") + "/standard").expectError(404, "mint.resourceDoesNotExist");
        api.get(plans(org, "nope")).expectError(404, "mint.resourceDoesNotExist");
        api.post(plans(org, "nope"), body).expectError(404, "mint.resourceDoesNotExist");
        api.get(plans("no-such-org", "phpunit")).expectError(404, "mint.resourceDoesNotExist");
        api.get(mint("no-such-org") + "/rate-plans").expectError(404, "mint.resourceDoesNotExist");
    }

    @Test
    void shouldRefuseDuplicateRatePlanId() {
        String org = scenario.fixtureCatalog().ratePlan(RatePlanBody.standard("standard")).org();

        create(org, standardPlan(org, "standard", Map.of())).expectError(409, "mint.duplicateEntity");
        create(org, standardPlan(org, "standard", changes("id", null, "name", "Standard")))
                .expectStatus(201);
        create(org, standardPlan(org, "x", changes("id", null, "name", "standard")))
                .expectError(409, "mint.duplicateEntity");
    }

    @Test
    void shouldReplaceDraftPlanAndKeepDetailIdsByPosition() {
        String org = scenario.fixtureCatalog().org();
        JsonNode created = create(org, standardPlan(org, "draft", Map.of())).expectStatus(201).json();
        String detailId = created.get("ratePlanDetails").get(0).get("id").asString();
        String rateId = created.get("ratePlanDetails").get(0).get("ratePlanRates").get(0).get("id").asString();

        JsonNode replaced = api.put(plans(org, "phpunit") + "/draft", standardPlan(org, "draft", changes(
                "displayName", "Volume plan", "setUpFee", 10, "recurringFee", null, "earlyTerminationFee", null,
                "ratePlanDetails", rateCard("VOLUME", 0, 100, "0.05", 100, null, "0.025"))).toString())
                .expectStatus(200).json();

        assertThat(replaced.get("displayName").asString()).isEqualTo("Volume plan");
        assertThat(replaced.get("setUpFee").toString()).isEqualTo("10.0000");
        assertThat(replaced.has("recurringFee")).isFalse();
        assertThat(replaced.has("earlyTerminationFee")).isFalse();
        JsonNode detail = replaced.get("ratePlanDetails").get(0);
        assertThat(detail.get("id").asString()).isEqualTo(detailId);
        assertThat(detail.get("meteringType").asString()).isEqualTo("VOLUME");
        assertThat(detail.get("ratePlanRates")).hasSize(2);
        assertThat(detail.get("ratePlanRates").get(0).get("id").asString()).isEqualTo(rateId);
        assertThat(detail.get("ratePlanRates").get(0).get("endUnit").asLong()).isEqualTo(100);
        assertThat(detail.get("ratePlanRates").get(1).get("rate").toString()).isEqualTo("0.0250");
        assertThat(api.get(plans(org, "phpunit") + "/draft").json()).isEqualTo(replaced);

        JsonNode emptied = api.put(plans(org, "phpunit") + "/draft", standardPlan(org, "draft", changes(
                "ratePlanDetails", NODES.arrayNode())).toString()).expectStatus(200).json();
        assertThat(emptied.get("ratePlanDetails")).isEmpty();
        assertInvalid(api.put(plans(org, "phpunit") + "/draft", standardPlan(org, "other", Map.of()).toString()), "id");
    }

    @Test
    void shouldOnlyChangeTheEndDateOfAPublishedPlan() {
        String org = scenario.fixtureCatalog().ratePlan(RatePlanBody.standard("plan")).org();
        JsonNode published = api.put(plans(org, "phpunit") + "/plan", standardPlan(org, "plan",
                changes("published", "true")).toString()).expectStatus(200).json();
        assertThat(published.get("published").asBoolean()).isTrue();

        JsonNode ended = api.put(plans(org, "phpunit") + "/plan", "{\"endDate\": \"2030-01-01\"}")
                .expectStatus(200).json();
        ObjectNode echo = (ObjectNode) ended.deepCopy();
        echo.put("endDate", "2031-06-30 12:00:00");
        JsonNode echoed = api.put(plans(org, "phpunit") + "/plan", echo.toString()).expectStatus(200).json();

        assertThat(ended.get("endDate").asString()).isEqualTo("2030-01-01 00:00:00");
        assertThat(echoed.get("endDate").asString()).isEqualTo("2031-06-30 12:00:00");
        assertThat(echoed.get("setUpFee")).isEqualTo(published.get("setUpFee"));
        assertThat(echoed.get("ratePlanDetails")).isEqualTo(published.get("ratePlanDetails"));
        assertInvalid(api.put(plans(org, "phpunit") + "/plan", "{\"setUpFee\": 1}"), "setUpFee");
        assertInvalid(api.put(plans(org, "phpunit") + "/plan", "{\"published\": false}"), "published");
        assertInvalid(api.put(plans(org, "phpunit") + "/plan", standardPlan(org, "plan", changes("published", true,
                "ratePlanDetails", rateCard("UNIT", 0, null, "2"))).toString()), "ratePlanDetails");
        assertInvalid(api.put(plans(org, "phpunit") + "/plan", "{\"endDate\": \"2018-01-01\"}"), "endDate");
        assertThat(api.get(plans(org, "phpunit") + "/plan").json()).isEqualTo(echoed);
    }

    @Test
    void shouldDeleteDraftsButNotPublishedPlans() {
        String org = scenario.fixtureCatalog().ratePlan(RatePlanBody.standard("draft"))
                .ratePlan(RatePlanBody.standard("live").with(changes("published", true))).org();

        Api.Response refused = api.delete(plans(org, "phpunit") + "/live").expectError(400, "mint.invalidRequest");
        assertThat(api.delete(plans(org, "phpunit") + "/draft").expectStatus(204).body()).isEmpty();

        assertThat(refused.json().get("message").asString()).contains("published");
        api.get(plans(org, "phpunit") + "/live").expectStatus(200);
        api.get(plans(org, "phpunit") + "/draft").expectError(404, "mint.resourceDoesNotExist");
    }

    @Test
    void shouldListPackagePlansWithCurrentPrivateAndStandardFilters() {
        String org = scenario.fixtureCatalog()
                .ratePlan(RatePlanBody.standard("a-live").with(changes("published", true)))
                .ratePlan(RatePlanBody.standard("b-draft"))
                .ratePlan(RatePlanBody.standard("c-private").with(changes("published", true, "isPrivate", true)))
                .ratePlan(RatePlanBody.standard("d-developer")
                        .with(changes("published", true, "type", "DEVELOPER", "developer",
                                NODES.objectNode().put("id", "dev@example.com"))))
                .ratePlan(RatePlanBody.standard("e-ended").with(changes("published", true, "endDate", "2019-01-01")))
                .ratePlan(
                        RatePlanBody.standard("f-future").with(changes("published", true, "startDate", "2099-01-01")))
                .org();

        Api.Response byDefault = api.get(plans(org, "phpunit")).expectStatus(200);
        Api.Response everything = api.get(plans(org, "phpunit") + "?current=false&showPrivate=true&standard=false");
        Api.Response page = api
                .get(plans(org, "phpunit") + "?current=false&showPrivate=true&standard=false&size=2&page=2");

        assertThat(byDefault.listField("ratePlan", "id")).containsExactly("a-live", "f-future");
        assertThat(byDefault.json().get("totalRecords").asInt()).isEqualTo(2);
        assertThat(byDefault.json().get("total").asInt()).isEqualTo(2);
        assertThat(api.get(plans(org, "phpunit") + "?current=false").listField("ratePlan", "id"))
                .containsExactly("a-live", "b-draft", "e-ended", "f-future");
        assertThat(api.get(plans(org, "phpunit") + "?showPrivate=true").listField("ratePlan", "id"))
                .containsExactly("a-live", "c-private", "f-future");
        assertThat(api.get(plans(org, "phpunit") + "?standard=false").listField("ratePlan", "id"))
                .containsExactly("a-live", "d-developer", "f-future");
        assertThat(everything.json().get("totalRecords").asInt()).isEqualTo(6);
        assertThat(page.listField("ratePlan", "id")).containsExactly("c-private", "d-developer");
        assertThat(page.json().get("totalRecords").asInt()).isEqualTo(6);
    }

    @Test
    void shouldListEveryPlanOfTheOrganization() {
        String org = scenario.fixtureCatalog().monetizationPackage("other", "phpunit")
                .ratePlan(RatePlanBody.standard("b-plan"))
                .ratePlan(RatePlanBody.standard("a-plan").in("other").with("published", true)).org();

        Api.Response all = api.get(mint(org) + "/rate-plans?all=true").expectStatus(200);
        Api.Response page = api.get(mint(org) + "/rate-plans?size=1&page=1").expectStatus(200);

        assertThat(all.listField("ratePlan", "id")).containsExactly("a-plan", "b-plan");
        assertThat(all.json().get("ratePlan").get(0).get("monetizationPackage").get("id").asString())
                .isEqualTo("other");
        assertThat(page.listField("ratePlan", "id")).containsExactly("a-plan");
        assertThat(page.json().get("totalRecords").asInt()).isEqualTo(2);
        assertThat(api.get(mint(scenario.organization().org()) + "/rate-plans").json().get("totalRecords").asInt())
                .isZero();
    }

    @Test
    void shouldRateOnCustomAttributesByNumberOrByName() {
        String org = scenario.organizationLikeTheFixture().currency(CurrencyBody.fixtureUsd())
                .product(ProductBody.named("phpunit").attributes("MINT_CUSTOM_ATTRIBUTE_1", "Credit Charge"))
                .monetizationPackage("phpunit", "phpunit").org();

        JsonNode byNumber = create(org, standardPlan(org, "by-number", changes("ratePlanDetails",
                detail(d -> d.put("ratingParameter", "MINT_CUSTOM_ATTRIBUTE_2"))))).expectStatus(201).json();
        JsonNode byName = create(org, standardPlan(org, "by-name", changes("ratePlanDetails",
                detail(d -> d.put("ratingParameter", "Credit Charge").put("ratingParameterUnit", "credits")))))
                .expectStatus(201).json();

        assertThat(byNumber.get("ratePlanDetails").get(0).get("ratingParameter").asString())
                .isEqualTo("MINT_CUSTOM_ATTRIBUTE_2");
        assertThat(byName.get("ratePlanDetails").get(0).get("ratingParameter").asString()).isEqualTo("Credit Charge");
        assertThat(byName.get("ratePlanDetails").get(0).get("ratingParameterUnit").asString()).isEqualTo("credits");
        assertThat(catalog.requireRatePlan(org, "by-number").details().get(0).customAttribute()).isEqualTo(2);
        assertThat(catalog.requireRatePlan(org, "by-name").details().get(0).customAttribute()).isEqualTo(1);
        assertThat(catalog.requireRatePlan(org, "by-name").details().get(0).ratesOnVolume()).isFalse();
    }

    @Test
    void shouldCreateRevenueShareRateCardPlanShapedLikeTheFixture() {
        String org = scenario.fixtureCatalog().org();
        ObjectNode body = (ObjectNode) Fixtures.load(
                "mint/organizations/phpunit/monetization-packages/phpunit/rate-plans/revshare_ratecard/GET.json");
        RatePlanBody.referToOrganization(body, org);
        body.set("monetizationPackage", NODES.objectNode().put("id", "phpunit"));

        JsonNode created = api.post(plans(org, "phpunit"), body.toString()).expectStatus(201).json();

        JsonNode fixture = Fixtures.load(
                "mint/organizations/phpunit/monetization-packages/phpunit/rate-plans/revshare_ratecard/GET.json");
        Fixtures.assertSameShape(comparable(fixture), comparable(created), Set.of());
        JsonNode rates = created.get("ratePlanDetails").get(0).get("ratePlanRates");
        assertThat(rates.get(0).get("type").asString()).isEqualTo("REVSHARE");
        assertThat(rates.get(0).get("revshare").toString()).isEqualTo("1.0000");
        assertThat(rates.get(0).has("rate")).isFalse();
        assertThat(rates.get(1).get("rate").toString()).isEqualTo("100.0000");
        assertThat(created.get("ratePlanDetails").get(0).get("revenueType").asString()).isEqualTo("NET");
        RatePlanDetail detail = catalog.requireRatePlan(org, "revshare_ratecard").details().get(0);
        assertThat(detail.rates()).hasSize(1);
        assertThat(detail.revenueShares()).hasSize(1);
    }

    private Api.Response create(String org, Map<String, Object> changes) {
        return api.post(plans(org, "phpunit"), standardPlan(org, "plan", changes).toString());
    }

    private static ArrayNode detail(Consumer<ObjectNode> change) {
        ArrayNode details = rateCard("UNIT", 0, null, "1");
        change.accept((ObjectNode) details.get(0));
        return details;
    }

    private static ArrayNode rate(Consumer<ObjectNode> change) {
        ArrayNode details = rateCard("UNIT", 0, null, "1");
        change.accept((ObjectNode) details.get(0).get("ratePlanRates").get(0));
        return details;
    }

    private static void assertInvalid(Api.Response response, String field) {
        response.expectError(400, "mint.invalidRequest");
        assertThat(response.json().get("contexts").findValuesAsString("name")).contains(field);
    }
}
