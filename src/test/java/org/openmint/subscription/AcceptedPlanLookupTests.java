package org.openmint.subscription;

import java.time.Instant;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;
import org.openmint.developer.DeveloperService;
import org.openmint.transaction.ActivePlan;
import org.openmint.transaction.PlanLookup;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** What the transactions resource learns of accepted plans: the plan in effect for a product, and acceptance. */
class AcceptedPlanLookupTests extends SubscriptionIntegrationTest {

    @Autowired
    private PlanLookup lookup;

    @Autowired
    private DeveloperService developers;

    private static Instant at(int fromToday, int hour, int minute, int second) {
        return ZonedDateTime.of(today().plusDays(fromToday).atTime(hour, minute, second), EUCLA).toInstant();
    }

    @Test
    void shouldFindThePlanInEffectForTheProductWithinTheAcceptedDays() {
        String org = newCatalog();
        newPlan(org, "phpunit", "standard");
        String dev = newDeveloper(org, "PREPAID");
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
        String otherId = developers.requireDeveloper(org, newDeveloper(org, "PREPAID")).id();
        assertThat(lookup.activePlan(org, otherId, "phpunit", at(5, 12, 0, 0))).isEmpty();
    }

    @Test
    void shouldPickThePlanCoveringTheProductAndRespectTheRatePlanEnd() {
        String org = newCatalog();
        newPackage(org, "second", "other");
        newPlan(org, "phpunit", "ending", "endDate", day(7));
        newPlan(org, "second", "second");
        String company = newCompany(org, "POSTPAID");
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
        String org = newCatalog();
        newPackage(org, "second", "other");
        newPlan(org, "phpunit", "standard");
        newPlan(org, "second", "second");
        String dev = newDeveloper(org, "POSTPAID");
        String other = newDeveloper(org, "POSTPAID");
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
