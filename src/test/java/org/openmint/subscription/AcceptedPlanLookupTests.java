package org.openmint.subscription;

import java.time.Instant;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;
import org.openmint.developer.DeveloperService;
import org.openmint.scenario.CompanyBody;
import org.openmint.scenario.DeveloperBody;
import org.openmint.scenario.RatePlanBody;
import org.openmint.scenario.Scenario;
import org.openmint.transaction.ActivePlan;
import org.openmint.transaction.PlanLookup;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmint.scenario.Scenario.mint;

/** What the transactions resource learns of accepted plans: the plan in effect for a product, and acceptance. */
class AcceptedPlanLookupTests extends SubscriptionTestSupport {

    @Autowired
    private PlanLookup lookup;

    @Autowired
    private DeveloperService developers;

    private static Instant at(int fromToday, int hour, int minute, int second) {
        return ZonedDateTime.of(today().plusDays(fromToday).atTime(hour, minute, second), EUCLA).toInstant();
    }

    @Test
    void shouldFindThePlanInEffectForTheProductWithinTheAcceptedDays() {
        Scenario world = newCatalog().ratePlan(RatePlanBody.published("standard"));
        String org = world.org();
        String dev = world.developer(DeveloperBody.likeTheFixture("PREPAID"));
        String devId = developers.requireDeveloper(org, dev).id();
        String accepted = accept(org, "developers", dev, acceptance(dev, "standard", day(3) + " 08:45:00", day(10)))
                .get("id").asString();

        assertThat(lookup.activePlan(org, devId, "phpunit", at(3, 8, 44, 59))).isEmpty();
        assertThat(lookup.activePlan(org, devId, "phpunit", at(3, 8, 45, 0))).map(ActivePlan::acceptedPlanId)
                .hasValue(accepted);
        assertThat(lookup.activePlan(org, devId, "phpunit", at(10, 23, 59, 59)))
                .hasValueSatisfying(plan -> assertThat(plan.ratePlan().id()).isEqualTo("standard"));
        assertThat(lookup.activePlan(org, devId, "phpunit", at(11, 0, 0, 0))).isEmpty();
        assertThat(lookup.activePlan(org, devId, "other", at(5, 12, 0, 0))).isEmpty();
        assertThat(lookup.activePlan(org, "not-a-uuid", "phpunit", at(5, 12, 0, 0))).isEmpty();
        String otherId = developers.requireDeveloper(org, world.developer(DeveloperBody.likeTheFixture("PREPAID")))
                .id();
        assertThat(lookup.activePlan(org, otherId, "phpunit", at(5, 12, 0, 0))).isEmpty();
    }

    @Test
    void shouldPickThePlanCoveringTheProductAndRespectTheRatePlanEnd() {
        Scenario world = newCatalog().monetizationPackage("second", "other")
                .ratePlan(RatePlanBody.published("ending").with("endDate", day(7)))
                .ratePlan(RatePlanBody.published("second").in("second"));
        String org = world.org();
        String company = world.company(CompanyBody.likeTheFixture("POSTPAID"));
        String companyId = developers.requireCompany(org, company).id();
        accept(org, "companies", company, acceptance(company, "ending", day(1), null));
        accept(org, "companies", company, acceptance(company, "second", day(1), null));

        assertThat(lookup.activePlan(org, companyId, "phpunit", at(6, 23, 0, 0)).map(p -> p.ratePlan().id()))
                .hasValue("ending");
        assertThat(lookup.activePlan(org, companyId, "other", at(6, 23, 0, 0)).map(p -> p.ratePlan().id()))
                .hasValue("second");
        assertThat(lookup.activePlan(org, companyId, "phpunit", at(8, 0, 0, 0))).isEmpty();
    }

    @Test
    void shouldTellWhetherAnAccountAcceptedAPlanAndLetTransactionsChargeItsFees() {
        Scenario world = newCatalog().monetizationPackage("second", "other")
                .ratePlan(RatePlanBody.published("standard")).ratePlan(RatePlanBody.published("second").in("second"));
        String org = world.org();
        String dev = world.developer(DeveloperBody.likeTheFixture("POSTPAID"));
        String other = world.developer(DeveloperBody.likeTheFixture("POSTPAID"));
        String devId = developers.requireDeveloper(org, dev).id();
        accept(org, "developers", dev, acceptance(dev, "standard", day(30), null));

        assertThat(lookup.hasAccepted(org, devId, "standard")).isTrue();
        assertThat(lookup.hasAccepted(org, devId, "second")).isFalse();
        assertThat(lookup.hasAccepted(org, developers.requireDeveloper(org, other).id(), "standard")).isFalse();
        String fee = """
                {"developer": {"id": "%s"}, "currency": {"id": "usd"}, "ratePlan": {"id": "standard"},
                 "rate": 10, "type": "SETUPFEES"}""";
        api.post(mint(org) + "/transactions", fee.formatted(dev)).expectStatus(201);
        api.post(mint(org) + "/transactions", fee.formatted(other)).expectError(400, "mint.noCurrentPublishableEntity");
    }
}
