package org.openmint.subscription;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openmint.Api;
import org.openmint.Fixtures;
import org.openmint.scenario.CompanyBody;
import org.openmint.scenario.DeveloperBody;
import org.openmint.scenario.RatePlanBody;
import org.openmint.scenario.Scenario;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmint.scenario.Scenario.mint;

/** The accepted-plan endpoints of developers and companies: shapes, lists, dates, changes and deletes. */
class AcceptedRatePlanControllerTests extends SubscriptionTestSupport {

    private static final String DEVELOPER_FIXTURES = "mint/organizations/phpunit/developers/phpunit@example.com/";
    private static final String COMPANY_FIXTURES = "mint/organizations/phpunit/companies/phpunit/";
    /** Fields one side has only when set: the developer's legal name and address, the plan's later dates. */
    private static final Set<String> OPTIONAL = Set.of("address", "legalName", "quotaTarget", "nextCycleStartDate",
            "nextRecurringFeeDate", "prevRecurringFeeDate", "renewalDate");

    private static void assertShape(String fixture, JsonNode actual) {
        Fixtures.assertSameShape(Fixtures.comparableWithCategoryIds(Fixtures.load(fixture)),
                Fixtures.comparableWithCategoryIds(actual), OPTIONAL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"developers", "companies"})
    void shouldServeEveryEndpointShapedLikeTheFixtures(String kind) {
        Scenario world = newCatalog().ratePlan(RatePlanBody.published("standard"));
        String org = world.org();
        boolean company = kind.equals("companies");
        String id = company
                ? world.company(CompanyBody.likeTheFixture("PREPAID"))
                : world.developer(DeveloperBody.likeTheFixture("PREPAID"));
        String fixtures = company ? COMPANY_FIXTURES : DEVELOPER_FIXTURES;

        JsonNode created = accept(org, kind, id, acceptance(id, "standard", day(0) + " 00:00:00", day(30),
                "suppressWarning", "false", "waveTerminationCharge", "false"));
        String path = ratePlans(org, kind, id) + "/" + created.get("id").asString();
        JsonNode read = api.get(path).expectStatus(200).json();
        JsonNode updated = api.put(path, acceptance(id, "standard", day(0) + " 00:00:00", day(20))).expectStatus(200)
                .json();
        JsonNode active = api.get(ratePlans(org, kind, id)).expectStatus(200).json();
        JsonNode accepted = api.get(acceptedPlans(org, kind, id)).expectStatus(200).json();

        assertShape(fixtures + "developer-rateplans/phpunit/POST.json", created);
        assertShape(fixtures + "developer-rateplans/phpunit/GET.json", read);
        assertShape(fixtures + "developer-rateplans/phpunit/PUT.json", updated);
        assertShape(fixtures + "developer-rateplans/GET.json", active);
        assertShape(fixtures + "developer-accepted-rateplans/GET.json", accepted);
        assertThat(UUID.fromString(created.get("id").asString())).isNotNull();
        assertThat(created.get("startDate").asString()).isEqualTo(day(0) + " 00:00:00");
        assertThat(created.get("endDate").asString()).isEqualTo(day(30) + " 00:00:00");
        assertThat(created.get("created").asString()).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d");
        assertThat(created.get("developer")).isEqualTo(api.get(account(org, kind, id)).json());
        assertThat(created.get("developer").get("isCompany").asBoolean()).isEqualTo(company);
        assertThat(created.get("ratePlan"))
                .isEqualTo(api.get(mint(org) + "/monetization-packages/phpunit/rate-plans/standard").json());
        assertThat(read).isEqualTo(created);
        assertThat(updated.get("endDate").asString()).isEqualTo(day(20) + " 00:00:00");
        assertThat(updated.get("created")).isEqualTo(created.get("created"));
        assertThat(active.get("ratePlan").get(0).get("id").asString()).isEqualTo("standard");
        assertThat(active.get("total").asInt()).isEqualTo(1);
        assertThat(active.get("totalRecords").asInt()).isEqualTo(1);
        assertThat(accepted.get("developerRatePlan").get(0)).isEqualTo(updated);
        assertThat(accepted.get("totalRecords").asInt()).isEqualTo(1);
    }

    @Test
    void shouldListActivePlansNowAndEveryAcceptedPlanPaged() {
        Scenario world = newCatalog().monetizationPackage("second", "other").monetizationPackage("third", "other")
                .ratePlan(RatePlanBody.published("now")).ratePlan(RatePlanBody.published("later").in("second"))
                .ratePlan(RatePlanBody.published("ended-plan").in("third").with("endDate", day(5)));
        String org = world.org();
        String dev = world.developer(DeveloperBody.likeTheFixture("POSTPAID"));
        JsonNode now = accept(org, "developers", dev, acceptance(dev, "now", day(0), null));
        JsonNode later = accept(org, "developers", dev, acceptance(dev, "later", day(10), null));
        JsonNode third = accept(org, "developers", dev, acceptance(dev, "ended-plan", day(1), day(3)));

        Api.Response active = api.get(ratePlans(org, "developers", dev) + "?all=true").expectStatus(200);
        Api.Response all = api.get(acceptedPlans(org, "developers", dev) + "?all=true").expectStatus(200);
        Api.Response page = api.get(acceptedPlans(org, "developers", dev) + "?size=2&page=2").expectStatus(200);

        assertThat(active.listField("ratePlan", "id")).containsExactly("now");
        assertThat(all.listField("developerRatePlan", "id")).containsExactly(now.get("id").asString(),
                third.get("id").asString(), later.get("id").asString());
        assertThat(all.json().get("totalRecords").asInt()).isEqualTo(3);
        assertThat(page.listField("developerRatePlan", "id")).containsExactly(later.get("id").asString());
        assertThat(page.json().get("totalRecords").asInt()).isEqualTo(3);
        api.get(acceptedPlans(org, "developers", dev) + "?size=0").expectError(400, "mint.invalidRequest");
        assertThat(api.get(ratePlans(org, "developers", world.developer(DeveloperBody.likeTheFixture("PREPAID"))))
                .json().get("totalRecords")
                .asInt()).isZero();
    }

    @Test
    void shouldKeepDatesInTheOrganizationTimeZoneBothWays() {
        Scenario world = newCatalog().ratePlan(RatePlanBody.published("standard"));
        String org = world.org();
        String dev = world.developer(DeveloperBody.likeTheFixture("PREPAID"));

        JsonNode accepted = accept(org, "developers", dev.toUpperCase(), acceptance(dev, "standard",
                day(3) + " 08:45:00", day(40) + " 08:45:00", "quotaTarget", "10"));

        assertThat(accepted.get("startDate").asString()).isEqualTo(day(3) + " 08:45:00");
        assertThat(accepted.get("endDate").asString()).isEqualTo(day(40) + " 00:00:00");
        assertThat(accepted.get("nextCycleStartDate").asString()).isEqualTo(day(3) + " 08:45:00");
        assertThat(accepted.get("quotaTarget").asLong()).isEqualTo(10);
        String path = ratePlans(org, "developers", dev.replace("@", "%40")) + "/" + accepted.get("id").asString();
        assertThat(api.get(path).json()).isEqualTo(accepted);

        ObjectNode profile = (ObjectNode) api.get(mint(org)).json();
        profile.put("timezone", "UTC");
        api.put(mint(org), profile.toString()).expectStatus(200);
        JsonNode inUtc = api.get(path).expectStatus(200).json();
        // 08:45 in Eucla is midnight UTC; the end (the start of the next day in Eucla) is 15:15 UTC the day before.
        assertThat(inUtc.get("startDate").asString()).isEqualTo(day(3) + " 00:00:00");
        assertThat(inUtc.get("endDate").asString()).isEqualTo(day(40) + " 00:00:00");
    }

    @Test
    void shouldAcceptEchoedBodiesWithStringFlagsAndFullObjects() {
        Scenario world = newCatalog().ratePlan(RatePlanBody.published("standard"));
        String org = world.org();
        String dev = world.developer(DeveloperBody.likeTheFixture("PREPAID"));
        JsonNode accepted = accept(org, "developers", dev, acceptance(dev, "standard", day(2), null,
                "suppressWarning", "true", "waveTerminationCharge", "true"));
        String path = ratePlans(org, "developers", dev) + "/" + accepted.get("id").asString();

        ObjectNode echo = (ObjectNode) accepted.deepCopy();
        echo.put("endDate", day(9) + " 17:00:00");
        echo.put("quotaTarget", 5);
        echo.put("suppressWarning", "false");
        JsonNode updated = api.put(path, echo.toString()).expectStatus(200).json();

        assertThat(updated.get("endDate").asString()).isEqualTo(day(9) + " 00:00:00");
        assertThat(updated.get("quotaTarget").asLong()).isEqualTo(5);
        assertThat(updated.get("startDate")).isEqualTo(accepted.get("startDate"));
        api.put(path, "{\"suppressWarning\": \"maybe\"}").expectError(400, "mint.invalidRequest");
        api.put(path, "{\"quotaTarget\": 1.5}").expectError(400, "mint.invalidRequest");
        api.put(path, "{\"id\": \"" + UUID.randomUUID() + "\"}").expectError(400, "mint.invalidRequest");
        api.put(path, "{\"ratePlan\": {\"id\": \"other\"}}").expectError(400, "mint.invalidRequest");
        api.put(path, "{\"developer\": {\"id\": \"someone@example.com\"}}").expectError(400, "mint.invalidRequest");
        assertThat(api.get(path).json()).isEqualTo(updated);
    }

    @Test
    void shouldChangeDatesOnlyAsTheRulesAllow() {
        Scenario world = newCatalog().ratePlan(RatePlanBody.published("standard").with("endDate", day(60)));
        String org = world.org();
        String dev = world.developer(DeveloperBody.likeTheFixture("POSTPAID"));
        String started = ratePlans(org, "developers", dev) + "/"
                + accept(org, "developers", dev, acceptance(dev, "standard", day(0), day(5))).get("id").asString();
        String other = world.developer(DeveloperBody.likeTheFixture("POSTPAID"));
        String othersPlan = accept(org, "developers", other, acceptance(other, "standard", day(1), null)).get("id")
                .asString();
        api.get(ratePlans(org, "developers", dev) + "/" + othersPlan).expectError(404, "mint.resourceDoesNotExist");
        api.put(ratePlans(org, "developers", dev) + "/" + othersPlan, "{}")
                .expectError(404, "mint.resourceDoesNotExist");

        api.put(started, "{\"startDate\": \"" + day(1) + "\"}").expectError(400, "mint.invalidRequest");
        api.put(started, "{\"endDate\": \"" + day(-1) + "\"}").expectError(400, "mint.invalidRequest");
        api.put(started, "{\"endDate\": \"" + day(61) + "\"}").expectError(400, "mint.endDateLaterThanPlanEndDate");
        JsonNode ended = api.put(started, "{\"endDate\": \"" + day(0) + "\"}").expectStatus(200).json();
        assertThat(ended.get("endDate").asString()).isEqualTo(day(0) + " 00:00:00");

        String later = ratePlans(org, "developers", dev) + "/"
                + accept(org, "developers", dev, acceptance(dev, "standard", day(10), day(20))).get("id").asString();
        api.put(later, "{\"startDate\": \"" + day(-1) + "\"}").expectError(400, "mint.startDateEarlierThanToday");
        api.put(later, "{\"startDate\": \"" + day(21) + "\"}").expectError(400, "mint.endDateEarlierThanStart");
        api.put(later, "{\"startDate\": \"" + day(0) + "\"}").expectError(400, "mint.developerAlreadyActiveOnRatePlan");
        JsonNode moved = api.put(later, "{\"startDate\": \"" + day(3) + "\", \"endDate\": \"" + day(4) + "\"}")
                .expectStatus(200).json();
        assertThat(moved.get("startDate").asString()).isEqualTo(day(3) + " 00:00:00");
        assertThat(moved.get("endDate").asString()).isEqualTo(day(4) + " 00:00:00");
    }

    @Test
    void shouldDeleteOnlyFuturePlans() {
        Scenario world = newCatalog().monetizationPackage("second", "other")
                .ratePlan(RatePlanBody.published("standard")).ratePlan(RatePlanBody.published("later").in("second"));
        String org = world.org();
        String company = world.company(CompanyBody.likeTheFixture("POSTPAID"));
        String started = ratePlans(org, "companies", company) + "/" + accept(org, "companies", company,
                acceptance(company, "standard", day(0), null)).get("id").asString();
        String future = ratePlans(org, "companies", company) + "/" + accept(org, "companies", company,
                acceptance(company, "later", day(1), null)).get("id").asString();

        api.delete(started).expectError(400, "mint.onlyFutureDeveloperRatePlanCanBeDeleted");
        assertThat(api.delete(future).expectStatus(204).body()).isEmpty();

        api.get(future).expectError(404, "mint.resourceDoesNotExist");
        api.delete(future).expectError(404, "mint.resourceDoesNotExist");
        api.get(ratePlans(org, "companies", company) + "/not-a-uuid").expectError(404, "mint.resourceDoesNotExist");
        api.get(started).expectStatus(200);
        assertThat(api.get(acceptedPlans(org, "companies", company)).json().get("totalRecords").asInt()).isEqualTo(1);
    }

    @Test
    void shouldRefuseToDeleteADeveloperWithAcceptedPlans() {
        Scenario world = newCatalog().ratePlan(RatePlanBody.published("standard"));
        String org = world.org();
        String dev = world.developer(DeveloperBody.likeTheFixture("POSTPAID"));
        String plan = ratePlans(org, "developers", dev) + "/"
                + accept(org, "developers", dev, acceptance(dev, "standard", day(5), null)).get("id").asString();

        api.delete("/v1/organizations/" + org + "/developers/" + dev).expectError(400, "mint.developerInUse");
        api.delete(plan).expectStatus(204);
        api.delete("/v1/organizations/" + org + "/developers/" + dev).expectStatus(200);
    }
}
