package org.openmint.catalog;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openmint.Fixtures;
import org.openmint.IntegrationTestSupport;
import org.openmint.MutableClock;
import org.openmint.developer.DeveloperService;
import org.openmint.scenario.AppBody;
import org.openmint.scenario.DeveloperBody;
import org.openmint.scenario.RatePlanBody;
import org.openmint.scenario.Scenario;
import org.openmint.scenario.UserBody;
import org.openmint.transaction.ActivePlan;
import org.openmint.transaction.PlanLookup;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmint.scenario.Scenario.mint;

/**
 * Rate plan revisions (Part III §16): {@code POST .../rate-plans/{id}/revision} makes a plan that takes over
 * from its parent at its start date, the parent ending the day before; the developers on the parent are
 * priced by the revision from then on. The organizations are in UTC; the service clock is moved by hand.
 */
@Import(RatePlanRevisionTests.ClockConfiguration.class)
class RatePlanRevisionTests extends IntegrationTestSupport {

    /** A revision as Apigee's PHP client parses it. */
    private static final String FIXTURE = "mint/organizations/phpunit/monetization-packages/phpunit/rate-plans/"
            + "standard-rev/GET.json";

    @TestConfiguration(proxyBeanMethods = false)
    static class ClockConfiguration {
        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock(Instant.now());
        }
    }

    @Autowired
    private MutableClock clock;

    @Autowired
    private PlanLookup lookup;

    @Autowired
    private DeveloperService developers;

    @BeforeEach
    void startNow() {
        clock.set(Instant.now());
    }

    /** A new organization in USD with product calls-product in package calls, priced by calls-plan at 1 USD a call. */
    private Scenario organizationWithCallsPlan(RatePlanBody plan) {
        return scenario.organization().currency("USD").product("calls-product")
                .monetizationPackage("calls", "calls-product").ratePlan(plan.in("calls").flatRate("VOLUME", "1"));
    }

    private static String plans(String org) {
        return mint(org) + "/monetization-packages/calls/rate-plans";
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /**
     * A revision body as the PHP client's RatePlanRevisionBuilder makes it: the parent read back, without
     * {@code id} and {@code endDate}, with the parent as {@code parentRatePlan}, this start and a new rate.
     */
    private ObjectNode revisionOf(String org, String parentId, LocalDate start, String rate) {
        JsonNode parent = api.get(plans(org) + "/" + parentId).expectStatus(200).json();
        ObjectNode body = (ObjectNode) parent.deepCopy();
        body.remove("id");
        body.remove("endDate");
        body.set("parentRatePlan", parent);
        body.put("startDate", start + " 00:00:00");
        ObjectNode band = (ObjectNode) body.get("ratePlanDetails").get(0).get("ratePlanRates").get(0);
        band.put("rate", new BigDecimal(rate));
        return body;
    }

    private JsonNode revise(String org, String parentId, JsonNode body) {
        return api.post(plans(org) + "/" + parentId + "/revision", body.toString()).expectStatus(200).json();
    }

    private BigDecimal charge(String org, String app) {
        return api.post(mint(org) + "/transactions", "{\"application\": {\"id\": \"" + app
                + "\"}, \"product\": {\"id\": \"calls-product\"}, \"batchSize\": 1}").expectStatus(201).json()
                .get("rate").decimalValue();
    }

    /**
     * A copy without the embedded organization profiles, which the organization's own tests compare (these
     * organizations are made with the fewest fields).
     */
    private static JsonNode withoutOrganizations(JsonNode node) {
        JsonNode copy = node.deepCopy();
        strip(copy);
        return copy;
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove("organization");
        }
        node.forEach(RatePlanRevisionTests::strip);
    }

    @Test
    void shouldCreateARevisionThatEndsItsParentTheDayBeforeItStarts() {
        Scenario world = organizationWithCallsPlan(RatePlanBody.published("calls-plan"));
        String org = world.org();
        LocalDate start = today().plusDays(10);

        JsonNode revision = revise(org, "calls-plan", revisionOf(org, "calls-plan", start, "2"));

        Fixtures.assertSameShape(withoutOrganizations(Fixtures.load(FIXTURE)), withoutOrganizations(revision),
                Set.of("endDate", "freemiumUnit", "freemiumDuration", "freemiumDurationType", "developer",
                        "developerCategory", "product", "ratingParameterUnit", "revenueType", "endUnit",
                        "revshare", "duration", "durationType", "minimumTopupAmount"));
        assertThat(revision.get("id").asString()).isEqualTo("calls-plan-rev");
        assertThat(revision.get("startDate").asString()).isEqualTo(start + " 00:00:00");
        assertThat(revision.has("endDate")).isFalse();
        assertThat(revision.get("published").asBoolean()).isTrue();
        assertThat(revision.get("monetizationPackage").get("id").asString()).isEqualTo("calls");
        assertThat(revision.get("ratePlanDetails").get(0).get("ratePlanRates").get(0).get("rate").decimalValue())
                .isEqualByComparingTo("2");
        JsonNode parent = revision.get("parentRatePlan");
        assertThat(parent.get("id").asString()).isEqualTo("calls-plan");
        assertThat(parent.get("endDate").asString()).isEqualTo(start.minusDays(1) + " 00:00:00");
        assertThat(parent.has("parentRatePlan")).isFalse();
        assertThat(api.get(plans(org) + "/calls-plan").expectStatus(200).json().get("endDate").asString())
                .isEqualTo(start.minusDays(1) + " 00:00:00");
        assertThat(api.get(plans(org) + "/calls-plan-rev").expectStatus(200).json()).isEqualTo(revision);
        assertThat(api.get(plans(org)).expectStatus(200).listField("ratePlan", "id"))
                .containsExactly("calls-plan", "calls-plan-rev");
        assertThat(api.get(mint(org) + "/rate-plans").expectStatus(200).listField("ratePlan", "id"))
                .containsExactly("calls-plan", "calls-plan-rev");
    }

    @Test
    void shouldPriceTheParentsDevelopersByTheRevisionFromItsStartDate() {
        Scenario world = organizationWithCallsPlan(RatePlanBody.published("calls-plan"));
        String org = world.org();
        String developer = world.developer(DeveloperBody.withEmail(Scenario.uniqueId("rev") + "@example.com")
                .billingType("PREPAID").legalDetails());
        String developerId = developers.requireDeveloper(org, developer).id();
        world.reload(developer, "100");
        world.acceptPlan(developer, "calls-plan");
        String app = world.developerApp(developer, AppBody.named("calls-app").products("calls-product"))
                .get("appId").asString();
        LocalDate start = today().plusDays(3);
        revise(org, "calls-plan", revisionOf(org, "calls-plan", start, "2"));
        Instant revisionStart = start.atStartOfDay(ZoneOffset.UTC).toInstant();

        BigDecimal beforeRevision = charge(org, app);
        String onPlans = mint(org) + "/developers/" + developer + "/developer-rateplans";
        List<String> onBefore = api.get(onPlans).expectStatus(200).listField("ratePlan", "id");
        clock.set(revisionStart.minusSeconds(1));
        BigDecimal lastSecondOfParent = charge(org, app);
        String planOnLastDay = lookup.activePlan(org, developerId, "calls-product", clock.instant())
                .map(p -> p.ratePlan().id()).orElseThrow();
        clock.set(revisionStart);
        BigDecimal firstOfRevision = charge(org, app);
        List<String> onAfter = api.get(onPlans).expectStatus(200).listField("ratePlan", "id");

        assertThat(beforeRevision).isEqualByComparingTo("1");
        assertThat(lastSecondOfParent).isEqualByComparingTo("1");
        assertThat(planOnLastDay).isEqualTo("calls-plan");
        assertThat(firstOfRevision).isEqualByComparingTo("2");
        assertThat(onBefore).containsExactly("calls-plan");
        assertThat(onAfter).containsExactly("calls-plan-rev");
        assertThat(lookup.activePlan(org, developerId, "calls-product", clock.instant()))
                .hasValueSatisfying(plan -> assertThat(plan.ratePlan().id()).isEqualTo("calls-plan-rev"))
                .map(ActivePlan::acceptedPlanId).isPresent();
        assertThat(lookup.hasAccepted(org, developerId, "calls-plan-rev")).isTrue();
        assertThat(lookup.hasAccepted(org, developerId, "other-plan")).isFalse();
    }

    @Test
    void shouldLetAnAcceptedPlanRunOnIntoItsRevisions() {
        Scenario world = organizationWithCallsPlan(RatePlanBody.published("calls-plan"));
        String org = world.org();
        String developer = world.developer(DeveloperBody.withEmail(Scenario.uniqueId("rev") + "@example.com")
                .billingType("PREPAID").legalDetails());
        JsonNode accepted = world.acceptPlan(developer, "calls-plan");
        LocalDate start = today().plusDays(3);
        revise(org, "calls-plan", revisionOf(org, "calls-plan", start, "2"));
        String path = mint(org) + "/developers/" + developer + "/developer-rateplans/" + accepted.get("id").asString();

        ObjectNode later = (ObjectNode) api.get(path).expectStatus(200).json().deepCopy();
        later.put("endDate", today().plusDays(30) + " 00:00:00");
        JsonNode updated = api.put(path, later.toString()).expectStatus(200).json();

        assertThat(api.get(plans(org) + "/calls-plan").json().get("endDate").asString())
                .isEqualTo(start.minusDays(1) + " 00:00:00");
        assertThat(updated.get("endDate").asString()).isEqualTo(today().plusDays(30) + " 00:00:00");
    }

    @Test
    void shouldKeepADraftRevisionApartUntilItIsPublished() {
        Scenario world = organizationWithCallsPlan(RatePlanBody.published("calls-plan"));
        String org = world.org();
        LocalDate start = today().plusDays(5);
        ObjectNode draft = revisionOf(org, "calls-plan", start, "3");
        draft.put("published", false);

        JsonNode first = revise(org, "calls-plan", draft);
        JsonNode second = revise(org, "calls-plan", draft);
        ObjectNode named = draft.deepCopy().put("id", "named-draft");
        JsonNode third = revise(org, "calls-plan", named);
        api.post(plans(org) + "/calls-plan/revision", named.toString()).expectError(409, "mint.duplicateEntity");
        String parentEndWhileDrafts = api.get(plans(org) + "/calls-plan").expectStatus(200).json()
                .path("endDate").asString(null);
        ObjectNode published = (ObjectNode) api.get(plans(org) + "/calls-plan-rev").expectStatus(200).json().deepCopy();
        published.put("published", true);
        api.put(plans(org) + "/calls-plan-rev", published.toString()).expectStatus(200);
        ObjectNode secondPublished = (ObjectNode) api.get(plans(org) + "/calls-plan-rev2").expectStatus(200).json()
                .deepCopy();
        secondPublished.put("published", true);

        assertThat(first.get("id").asString()).isEqualTo("calls-plan-rev");
        assertThat(second.get("id").asString()).isEqualTo("calls-plan-rev2");
        assertThat(third.get("id").asString()).isEqualTo("named-draft");
        assertThat(third.get("parentRatePlan").get("id").asString()).isEqualTo("calls-plan");
        assertThat(first.get("published").asBoolean()).isFalse();
        assertThat(parentEndWhileDrafts).isNull();
        assertThat(api.get(plans(org) + "/calls-plan").expectStatus(200).json().get("endDate").asString())
                .isEqualTo(start.minusDays(1) + " 00:00:00");
        api.put(plans(org) + "/calls-plan-rev2", secondPublished.toString()).expectError(409, "mint.duplicateEntity");
        api.post(plans(org) + "/calls-plan/revision", revisionOf(org, "calls-plan", start.plusDays(30), "4")
                .toString()).expectError(409, "mint.duplicateEntity");
        api.delete(plans(org) + "/calls-plan-rev2").expectStatus(204);
        assertThat(api.get(plans(org) + "?current=false").expectStatus(200).listField("ratePlan", "id"))
                .containsExactly("calls-plan", "calls-plan-rev", "named-draft");
    }

    @Test
    void shouldRefuseARevisionThatStartsTooEarly() {
        LocalDate today = today();
        Scenario world = organizationWithCallsPlan(RatePlanBody.published("calls-plan"))
                .ratePlan(RatePlanBody.published("ending").in("calls").with("endDate", today.plusDays(20).toString()))
                .ratePlan(RatePlanBody.published("recent").in("calls").with("startDate", today.toString()));
        String org = world.org();

        api.post(plans(org) + "/calls-plan/revision", revisionOf(org, "calls-plan", today.minusDays(1), "2")
                .toString()).expectError(400, "mint.invalidRevisionStartDate");
        api.post(plans(org) + "/ending/revision", revisionOf(org, "ending", today.plusDays(20), "2").toString())
                .expectError(400, "mint.invalidRevisionStartDate");
        api.post(plans(org) + "/recent/revision", revisionOf(org, "recent", today, "2").toString())
                .expectError(400, "mint.invalidRevisionStartDate");
        JsonNode tooEarly = api.post(plans(org) + "/calls-plan/revision",
                revisionOf(org, "calls-plan", today.minusDays(3), "2").toString()).json();
        ObjectNode noStart = revisionOf(org, "calls-plan", today, "2");
        noStart.remove("startDate");
        assertThat(api.post(plans(org) + "/calls-plan/revision", noStart.toString())
                .expectError(400, "mint.invalidRequest").json().get("contexts").get(0).get("name").asString())
                .isEqualTo("startDate");
        JsonNode afterEnd = revise(org, "ending", revisionOf(org, "ending", today.plusDays(21), "2"));

        assertThat(tooEarly.get("contexts").get(0).get("name").asString()).isEqualTo("startDate");
        assertThat(tooEarly.get("contexts").get(0).get("value").asString()).isEqualTo(today.minusDays(3)
                + " 00:00:00");
        assertThat(afterEnd.get("parentRatePlan").get("endDate").asString())
                .isEqualTo(today.plusDays(20) + " 00:00:00");
        assertThat(api.get(plans(org) + "/calls-plan").expectStatus(200).json().has("endDate")).isFalse();
        assertThat(api.get(plans(org) + "?current=false").expectStatus(200).listField("ratePlan", "id"))
                .containsExactly("calls-plan", "ending", "ending-rev", "recent");
    }

    @Test
    void shouldKeepAPlanWithRevisionsFromBeingDeleted() {
        Scenario world = organizationWithCallsPlan(RatePlanBody.standard("draft-parent"));
        String org = world.org();
        ObjectNode draft = revisionOf(org, "draft-parent", today().plusDays(5), "2");
        draft.put("published", false);
        revise(org, "draft-parent", draft);

        JsonNode refused = api.delete(plans(org) + "/draft-parent").expectError(400, "mint.invalidRequest").json();
        api.delete(plans(org) + "/draft-parent-rev").expectStatus(204);
        api.delete(plans(org) + "/draft-parent").expectStatus(204);

        assertThat(refused.get("contexts").get(0).get("name").asString()).isEqualTo("id");
        assertThat(api.get(plans(org) + "?current=false").expectStatus(200).json().get("ratePlan")).isEmpty();
    }

    @Test
    void shouldAnswer404ForUnknownPlansAnd403ForReadOnlyUsers() {
        Scenario world = organizationWithCallsPlan(RatePlanBody.published("calls-plan"))
                .monetizationPackage("other", "calls-product");
        String org = world.org();
        String body = revisionOf(org, "calls-plan", today().plusDays(2), "2").toString();
        String reader = world.user(Map.of(org, "readonly"));

        api.post(plans(org) + "/nope/revision", body).expectError(404, "mint.resourceDoesNotExist");
        api.post(mint(org) + "/monetization-packages/nope/rate-plans/calls-plan/revision", body)
                .expectError(404, "mint.resourceDoesNotExist");
        api.post(mint(org) + "/monetization-packages/other/rate-plans/calls-plan/revision", body)
                .expectError(404, "mint.resourceDoesNotExist");
        api.as(reader, UserBody.PASSWORD).post(plans(org) + "/calls-plan/revision", body)
                .expectError(403, "mint.forbidden");
        api.post(plans(org) + "/calls-plan/revision", "").expectError(400, "mint.invalidRequest");

        assertThat(api.get(plans(org) + "?current=false").expectStatus(200).listField("ratePlan", "id"))
                .containsExactly("calls-plan");
        assertThat(api.get(plans(org) + "/calls-plan").expectStatus(200).json().has("endDate")).isFalse();
    }
}
