package org.openmint.subscription;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.openmint.Api;
import org.openmint.scenario.CompanyBody;
import org.openmint.scenario.DeveloperBody;
import org.openmint.scenario.RatePlanBody;
import org.openmint.scenario.Scenario;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmint.scenario.DeveloperBody.ADDRESS;
import static org.openmint.scenario.DeveloperBody.CATEGORY;

/** The checks of an acceptance (spec §9.3, §1.8): each broken rule answers 400 with its code and changes nothing. */
class AcceptanceRulesTests extends SubscriptionTestSupport {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Api.Response post(String org, String dev, String body) {
        return api.post(ratePlans(org, "developers", dev), body);
    }

    private int acceptedCount(String org, String kind, String id) {
        return api.get(acceptedPlans(org, kind, id)).expectStatus(200).json().get("totalRecords").asInt();
    }

    @Test
    void shouldRefuseUnpublishedPlansAndUnknownOnes() {
        Scenario world = newCatalog().ratePlan(RatePlanBody.published("draft").with("published", false));
        String org = world.org();
        String dev = world.developer(DeveloperBody.likeTheFixture("PREPAID"));

        post(org, dev, acceptance(dev, "draft", day(1), null)).expectError(400, "mint.ratePlanNotPublished");
        Api.Response unknown = post(org, dev, acceptance(dev, "no-such-plan", day(1), null))
                .expectError(404, "mint.resourceDoesNotExist");
        api.post(ratePlans(org, "developers", "nobody@example.com"), acceptance("nobody@example.com", "draft",
                day(1), null)).expectError(404, "mint.resourceDoesNotExist");
        api.post(ratePlans(org, "companies", "no-such-company"), acceptance("no-such-company", "draft",
                day(1), null)).expectError(404, "mint.resourceDoesNotExist");

        assertThat(unknown.json().get("message").asString())
                .isEqualTo("RatePlan with id [no-such-plan] does not exist");
        assertThat(acceptedCount(org, "developers", dev)).isZero();
    }

    @Test
    void shouldRefuseMalformedBodies() {
        Scenario world = newCatalog().ratePlan(RatePlanBody.published("standard"));
        String org = world.org();
        String dev = world.developer(DeveloperBody.likeTheFixture("PREPAID"));
        String other = world.developer(DeveloperBody.likeTheFixture("PREPAID"));

        post(org, dev, acceptance(other, "standard", day(1), null)).expectError(400, "mint.invalidRequest");
        post(org, dev, "{\"ratePlan\": {\"id\": \"standard\"}, \"startDate\": \"" + day(1) + "\"}")
                .expectError(400, "mint.invalidRequest");
        post(org, dev, "{\"developer\": {\"id\": \"" + dev + "\"}, \"startDate\": \"" + day(1) + "\"}")
                .expectError(400, "mint.invalidRequest");
        post(org, dev, acceptance(dev, "standard", "", null)).expectError(400, "mint.invalidRequest");
        post(org, dev, acceptance(dev, "standard", "01/12/2030", null)).expectError(400, "mint.invalidRequest");
        post(org, dev, acceptance(dev, "standard", day(1), "tomorrow")).expectError(400, "mint.invalidRequest");
        post(org, dev, acceptance(dev, "standard", day(1), null, "suppressWarning", "maybe"))
                .expectError(400, "mint.invalidRequest");
        post(org, dev, "{\"developer\": {\"id\": \"" + dev + "\"}, \"ratePlan\": {\"id\": \"standard\"}, "
                + "\"startDate\": \"" + day(1) + "\", \"quotaTarget\": -1}").expectError(400, "mint.invalidRequest");
        post(org, dev, "{").expectError(400, "mint.invalidRequest");
        api.post(ratePlans(org, "developers", dev) + "?waivefees=perhaps", acceptance(dev, "standard", day(1), null))
                .expectError(400, "mint.invalidRequest");

        assertThat(acceptedCount(org, "developers", dev)).isZero();
    }

    @Test
    void shouldNameTheAccountByEmailIdOrCompanyName() {
        Scenario world = newCatalog().monetizationPackage("second", "other")
                .ratePlan(RatePlanBody.published("standard")).ratePlan(RatePlanBody.published("second").in("second"));
        String org = world.org();
        String dev = world.developer(DeveloperBody.likeTheFixture("POSTPAID"));
        String devId = api.get(account(org, "developers", dev)).json().get("id").asString();
        String company = world.company(CompanyBody.likeTheFixture("POSTPAID"));

        accept(org, "developers", devId, acceptance(dev.toUpperCase(), "standard", day(1), null));
        accept(org, "developers", dev, acceptance(devId, "second", day(1), null));
        accept(org, "companies", company.toUpperCase(), acceptance(company, "standard", day(1), null));

        assertThat(acceptedCount(org, "developers", dev)).isEqualTo(2);
        assertThat(acceptedCount(org, "companies", company)).isEqualTo(1);
        api.post(ratePlans(org, "companies", company), acceptance(dev, "second", day(1), null))
                .expectError(400, "mint.invalidRequest");
    }

    @Test
    void shouldRefuseDatesOutsideTodayAndThePlan() {
        Scenario world = newCatalog().monetizationPackage("later", "phpunit")
                .ratePlan(RatePlanBody.published("bounded").with("startDate", day(10)).with("endDate", day(20)))
                .ratePlan(RatePlanBody.published("open").in("later"));
        String org = world.org();
        String dev = world.developer(DeveloperBody.likeTheFixture("PREPAID"));

        post(org, dev, acceptance(dev, "open", day(-1), null)).expectError(400, "mint.startDateEarlierThanToday");
        post(org, dev, acceptance(dev, "bounded", day(9), null))
                .expectError(400, "mint.startDateEarlierThanPlanStartDate");
        post(org, dev, acceptance(dev, "bounded", day(21), null))
                .expectError(400, "mint.startDateLaterThanPlanEndDate");
        post(org, dev, acceptance(dev, "bounded", day(12), day(11))).expectError(400, "mint.endDateEarlierThanStart");
        post(org, dev, acceptance(dev, "bounded", day(12), day(21)))
                .expectError(400, "mint.endDateLaterThanPlanEndDate");
        assertThat(acceptedCount(org, "developers", dev)).isZero();

        JsonNode sameDay = accept(org, "developers", dev, acceptance(dev, "bounded", day(10), day(10)));
        String late = world.developer(DeveloperBody.likeTheFixture("PREPAID"));
        JsonNode toPlanEnd = accept(org, "developers", late,
                acceptance(late, "bounded", day(20) + " 23:00:00", day(20)));
        assertThat(sameDay.get("endDate").asString()).isEqualTo(day(10) + " 00:00:00");
        assertThat(toPlanEnd.get("startDate").asString()).isEqualTo(day(20) + " 23:00:00");
    }

    @Test
    void shouldRequireLegalNameAndAddressOfIndividualDevelopersOnly() {
        Scenario world = newCatalog().ratePlan(RatePlanBody.published("standard"));
        String org = world.org();
        String nameless = world.developer(
                DeveloperBody.fresh().attributes("MINT_BILLING_TYPE", "POSTPAID", "MINT_DEVELOPER_ADDRESS", ADDRESS));
        String homeless = world.developer(DeveloperBody.fresh().attributes("MINT_BILLING_TYPE", "POSTPAID",
                "MINT_DEVELOPER_LEGAL_NAME", "Legal"));
        String company = world.company(CompanyBody.likeTheFixture("POSTPAID"));

        post(org, nameless, acceptance(nameless, "standard", day(1), null))
                .expectError(400, "mint.developerLegalCompanyNameNotSpecified");
        post(org, homeless, acceptance(homeless, "standard", day(1), null))
                .expectError(400, "mint.developerAddressNotSpecified");
        accept(org, "companies", company, acceptance(company, "standard", day(1), null));

        assertThat(acceptedCount(org, "developers", nameless)).isZero();
        assertThat(acceptedCount(org, "developers", homeless)).isZero();
    }

    @Test
    void shouldOfferDeveloperAndCategoryPlansOnlyToTheirDeveloperAndCategory() {
        Scenario world = newCatalog().monetizationPackage("second", "other");
        String org = world.org();
        String dev = world.developer(DeveloperBody.likeTheFixture("POSTPAID"));
        String other = world.developer(
                DeveloperBody.likeTheFixture("POSTPAID").attribute("MINT_DEVELOPER_CATEGORY", "another-category"));
        world.ratePlan(RatePlanBody.published("mine").forDeveloper(dev));
        world.ratePlan(RatePlanBody.published("category").in("second").forCategory(CATEGORY));

        Api.Response notMine = post(org, other, acceptance(other, "mine", day(1), null))
                .expectError(400, "mint.developerRatePlanAcceptError");
        post(org, other, acceptance(other, "category", day(1), null))
                .expectError(400, "mint.developerRatePlanAcceptError");
        accept(org, "developers", dev, acceptance(dev, "mine", day(1), null));
        accept(org, "developers", dev, acceptance(dev, "category", day(1), null));

        assertThat(notMine.json().get("message").asString()).contains("mine");
        assertThat(acceptedCount(org, "developers", other)).isZero();
    }

    @Test
    void shouldRefuseOverlapsUnlessWarningsAreSuppressed() {
        Scenario world = newCatalog().monetizationPackage("bundle", "phpunit", "other")
                .monetizationPackage("unrelated", "other").ratePlan(RatePlanBody.published("first"))
                .ratePlan(RatePlanBody.published("bundled").in("bundle"))
                .ratePlan(RatePlanBody.published("unrelated").in("unrelated"));
        String org = world.org();
        String dev = world.developer(DeveloperBody.likeTheFixture("POSTPAID"));
        String first = accept(org, "developers", dev, acceptance(dev, "first", day(1), null)).get("id").asString();

        Api.Response overlap = post(org, dev, acceptance(dev, "bundled", day(5), null, "suppressWarning", "false"))
                .expectError(400, "mint.developerHasFollowingOverlapRatePlans");
        post(org, dev, acceptance(dev, "first", day(3), day(4), "suppressWarning", "true"))
                .expectError(400, "mint.developerAlreadyActiveOnRatePlan");
        accept(org, "developers", dev, acceptance(dev, "unrelated", day(1), null));

        String message = overlap.json().get("message").asString();
        assertThat(message).contains("has following overlapping");
        JsonNode conflicts = JsonMapper.builder().build().readTree(message.substring(message.indexOf('=') + 1));
        assertThat(conflicts.size()).isEqualTo(1);
        Iterator<Map.Entry<String, JsonNode>> entries = conflicts.properties().iterator();
        Map.Entry<String, JsonNode> entry = entries.next();
        assertThat(entry.getKey()).isEqualTo("first|Plan first");
        assertThat(entry.getValue().toString()).isEqualTo("{\"" + org + "@@@phpunit\":\"PHPUnit phpunit\"}");
        assertThat(acceptedCount(org, "developers", dev)).isEqualTo(2);

        JsonNode bundled = accept(org, "developers", dev, acceptance(dev, "bundled", day(5), null,
                "suppressWarning", "true"));
        JsonNode ended = api.get(ratePlans(org, "developers", dev) + "/" + first).expectStatus(200).json();
        assertThat(ended.get("endDate").asString()).isEqualTo(day(4) + " 00:00:00");
        assertThat(bundled.get("startDate").asString()).isEqualTo(day(5) + " 00:00:00");
        // the unrelated plan covers "other", which the bundle holds too: it was ended as well
        for (JsonNode plan : api.get(acceptedPlans(org, "developers", dev)).json().get("developerRatePlan")) {
            String ratePlan = plan.get("ratePlan").get("id").asString();
            assertThat(plan.path("endDate").asString()).as(ratePlan)
                    .isEqualTo(ratePlan.equals("bundled") ? "" : day(4) + " 00:00:00");
        }
    }

    @Test
    void shouldDeleteOverlappingPlansThatWouldEndBeforeTheyStart() {
        Scenario world = newCatalog().monetizationPackage("bundle", "phpunit").ratePlan(RatePlanBody.published("first"))
                .ratePlan(RatePlanBody.published("bundled").in("bundle"));
        String org = world.org();
        String dev = world.developer(DeveloperBody.likeTheFixture("POSTPAID"));
        String first = accept(org, "developers", dev, acceptance(dev, "first", day(5), day(8))).get("id").asString();

        accept(org, "developers", dev, acceptance(dev, "bundled", day(2), null, "suppressWarning", "true"));

        api.get(ratePlans(org, "developers", dev) + "/" + first).expectError(404, "mint.resourceDoesNotExist");
        assertThat(api.get(acceptedPlans(org, "developers", dev)).listField("developerRatePlan", "id")).hasSize(1);
        accept(org, "developers", dev, acceptance(dev, "first", day(0), day(1), "suppressWarning", "false"));
    }

    @Test
    void shouldAcceptOnlyOneOfConcurrentOverlappingAcceptances() throws Exception {
        Scenario world = newCatalog().ratePlan(RatePlanBody.published("standard"));
        String org = world.org();
        String dev = world.developer(DeveloperBody.likeTheFixture("POSTPAID"));
        String body = acceptance(dev, "standard", day(2), null);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                statuses.add(pool.submit(() -> api.post(ratePlans(org, "developers", dev), body).status()));
            }
            List<Integer> answered = new ArrayList<>();
            for (Future<Integer> status : statuses) {
                answered.add(status.get(60, TimeUnit.SECONDS));
            }
            assertThat(answered).containsOnlyOnce(201).containsOnly(201, 400);
        } finally {
            pool.shutdownNow();
        }
        assertThat(acceptedCount(org, "developers", dev)).isEqualTo(1);
    }
}
