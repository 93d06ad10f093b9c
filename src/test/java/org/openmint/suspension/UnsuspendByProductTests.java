package org.openmint.suspension;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.openmint.Fixtures;
import org.openmint.IntegrationTestSupport;
import org.openmint.balance.BalanceService;
import org.openmint.balance.EntryType;
import org.openmint.developer.DeveloperAccount;
import org.openmint.developer.DeveloperService;
import org.openmint.scenario.DeveloperBody;
import org.openmint.scenario.RatePlanBody;
import org.openmint.scenario.Scenario;
import org.openmint.scenario.UserBody;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Suspensions per developer and product (spec §10.2): a developer whose balance runs out is listed once per
 * product it is on, and {@code POST /suspended-developers/unsuspend-by-product/{org}@@@{product}} lifts the
 * suspensions of that product only.
 */
class UnsuspendByProductTests extends IntegrationTestSupport {

    /** The example of spec §10.2, as Apigee returned it. */
    private static final String SPEC_EXAMPLE = """
            [{"creationDate": 1464388723633, "devId": "myorg@@@6Vro7VnjUhpGVn3p",
              "id": "myorg-myorg@@@6Vro7VnjUhpGVn3p-myorg@@@myproduct-null-RATE_PLAN_RATE_BAND_EXCEEDED",
              "message": "mint.productHasBeenSuspended for myorg@@@6Vro7VnjUhpGVn3p myorg@@@myproduct due to RATE_PLAN_RATE_BAND_EXCEEDED",
              "orgId": "myorg", "prodId": "myorg@@@myproduct", "reasonCode": "RATE_PLAN_RATE_BAND_EXCEEDED"}]""";

    @Autowired
    private BalanceService balanceService;

    @Autowired
    private DeveloperService developerService;

    /** Developers {@code a} (on p1), {@code b} (p1 and p2), {@code c} (p2) and {@code d} (no plan), all suspended. */
    private record World(Scenario scenario, String org, Map<String, String> emails, Map<String, String> devIds) {
    }

    private World everyoneSuspended() {
        Scenario world = scenario.organization().currency("USD").product("p1").product("p2")
                .monetizationPackage("pkg1", "p1").monetizationPackage("pkg2", "p2")
                .ratePlan(RatePlanBody.published("plan1").in("pkg1").flatRate("VOLUME", "1"))
                .ratePlan(RatePlanBody.published("plan2").in("pkg2").flatRate("VOLUME", "1"));
        String org = world.org();
        Map<String, List<String>> plans = Map.of("a", List.of("plan1"), "b", List.of("plan1", "plan2"), "c",
                List.of("plan2"), "d", List.of());
        Map<String, String> emails = new TreeMap<>();
        Map<String, String> devIds = new TreeMap<>();
        for (String name : List.of("a", "b", "c", "d")) {
            String email = world.developer(DeveloperBody.withEmail(Scenario.uniqueId(name) + "@example.com")
                    .billingType("PREPAID").legalDetails());
            world.reload(email, "10");
            plans.get(name).forEach(plan -> world.acceptPlan(email, plan));
            DeveloperAccount account = developerService.requireDeveloper(org, email);
            balanceService.charge(account, "usd", new BigDecimal("10"), EntryType.CHARGE, false, null, null, null);
            emails.put(name, email);
            devIds.put(name, org + "@@@" + account.id());
        }
        return new World(world, org, emails, devIds);
    }

    private static String suspended(String org) {
        return "/v1/mint/organizations/" + org + "/suspended-developers";
    }

    /** Each entry as {@code devId prodId}. */
    private static List<String> pairs(JsonNode list) {
        assertThat(list.isArray()).as("bare array: %s", list).isTrue();
        List<String> pairs = new ArrayList<>();
        list.forEach(entry -> pairs.add(entry.get("devId").asString() + " " + entry.get("prodId").asString(null)));
        return pairs;
    }

    private List<String> listed(String org) {
        return pairs(api.get(suspended(org)).expectStatus(200).json());
    }

    @Test
    void shouldListASuspendedDeveloperOncePerProductItIsOn() {
        World w = everyoneSuspended();
        String org = w.org();
        String p1 = org + "@@@p1";

        JsonNode list = api.get(suspended(org)).expectStatus(200).json();

        Fixtures.assertSameShape(JsonMapper.builder().build().readTree(SPEC_EXAMPLE), list, Set.of("ttlInSeconds"));
        assertThat(pairs(list)).containsExactlyInAnyOrder(w.devIds().get("a") + " " + p1,
                w.devIds().get("b") + " " + p1, w.devIds().get("b") + " " + org + "@@@p2",
                w.devIds().get("c") + " " + org + "@@@p2", w.devIds().get("d") + " null");
        JsonNode ofA = api.get(suspended(org) + "/" + w.emails().get("a")).expectStatus(200).json();
        String devA = w.devIds().get("a");
        assertThat(ofA.get("id").asString()).isEqualTo(org + "-" + devA + "-" + p1 + "-null-INSUFFICIENT_FUNDS");
        assertThat(ofA.get("message").asString())
                .isEqualTo("mint.productHasBeenSuspended for " + devA + " " + p1 + " due to INSUFFICIENT_FUNDS");
        assertThat(ofA.get("prodId").asString()).isEqualTo(p1);
        assertThat(ofA.get("reasonCode").asString()).isEqualTo("INSUFFICIENT_FUNDS");
    }

    @Test
    void shouldLiftExactlyTheSuspensionsOfTheProduct() {
        World w = everyoneSuspended();
        String org = w.org();
        String p1 = org + "@@@p1";
        String p2 = org + "@@@p2";

        JsonNode lifted = api.post(suspended(org) + "/unsuspend-by-product/" + p1, "").expectStatus(200).json();
        List<String> after = listed(org);
        JsonNode again = api.post(suspended(org) + "/unsuspend-by-product/" + p1, "").expectStatus(200).json();

        assertThat(pairs(lifted)).containsExactlyInAnyOrder(w.devIds().get("a") + " " + p1,
                w.devIds().get("b") + " " + p1);
        assertThat(lifted.get(0).get("reasonCode").asString()).isEqualTo("INSUFFICIENT_FUNDS");
        assertThat(after).containsExactlyInAnyOrder(w.devIds().get("b") + " " + p2, w.devIds().get("c") + " " + p2,
                w.devIds().get("d") + " null");
        assertThat(again).isEmpty();
        api.get(suspended(org) + "/" + w.emails().get("a")).expectError(404, "mint.resourceDoesNotExist");
        assertThat(api.get(suspended(org) + "/" + w.emails().get("b")).expectStatus(200).json().get("prodId")
                .asString()).isEqualTo(p2);

        // a reload that clears b's balance lifts what is left of its suspension, for every product
        w.scenario().reload(w.emails().get("b"), "5");
        assertThat(listed(org)).containsExactlyInAnyOrder(w.devIds().get("c") + " " + p2,
                w.devIds().get("d") + " null");

        // the product's name alone names it too
        JsonNode byName = api.post(suspended(org) + "/unsuspend-by-product/p2", "").expectStatus(200).json();
        assertThat(pairs(byName)).containsExactly(w.devIds().get("c") + " " + p2);
        assertThat(listed(org)).containsExactly(w.devIds().get("d") + " null");
    }

    @Test
    void shouldSuspendEveryProductAgainWhenTheBalanceChangesWhileStillExhausted() {
        World w = everyoneSuspended();
        String org = w.org();
        String b = w.emails().get("b");
        api.post(suspended(org) + "/unsuspend-by-product/" + org + "@@@p1", "").expectStatus(200);

        balanceService.charge(developerService.requireDeveloper(org, b), "usd", new BigDecimal("1"),
                EntryType.CHARGE, true, null, null, null);

        assertThat(listed(org)).contains(w.devIds().get("b") + " " + org + "@@@p1",
                w.devIds().get("b") + " " + org + "@@@p2").doesNotContain(w.devIds().get("a") + " " + org + "@@@p1");
    }

    @Test
    void shouldRefuseUnknownProductsOtherOrganizationsAndReadOnlyUsers() {
        World w = everyoneSuspended();
        String org = w.org();
        String reader = w.scenario().user(Map.of(org, "readonly"));

        api.post(suspended(org) + "/unsuspend-by-product/" + org + "@@@nope", "")
                .expectError(404, "mint.resourceDoesNotExist");
        JsonNode otherOrg = api.post(suspended(org) + "/unsuspend-by-product/other-org@@@p1", "")
                .expectError(400, "mint.invalidRequest").json();
        api.post(suspended("no-such-org-" + Scenario.uniqueId("x")) + "/unsuspend-by-product/x@@@p1", "")
                .expectStatus(404);
        api.as(reader, UserBody.PASSWORD).post(suspended(org) + "/unsuspend-by-product/" + org + "@@@p1", "")
                .expectError(403, "mint.forbidden");

        assertThat(otherOrg.get("contexts").get(0).get("name").asString()).isEqualTo("prodId");
        assertThat(listed(org)).hasSize(5);
    }
}
