package org.openmint.suspension;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openmint.Api;
import org.openmint.Fixtures;
import org.openmint.IntegrationTestSupport;
import org.openmint.balance.BalanceService;
import org.openmint.balance.EntryType;
import org.openmint.developer.DeveloperAccount;
import org.openmint.developer.DeveloperService;
import org.openmint.scenario.Scenario;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class SuspendedDeveloperControllerTests extends IntegrationTestSupport {

    /** The example of spec §10.2, as Apigee returned it. */
    private static final String SPEC_EXAMPLE = """
            [{"creationDate": 1464388723633, "devId": "myorg@@@6Vro7VnjUhpGVn3p",
              "id": "myorg-myorg@@@6Vro7VnjUhpGVn3p-myorg@@@myproduct-null-RATE_PLAN_RATE_BAND_EXCEEDED",
              "message": "mint.productHasBeenSuspended for myorg@@@6Vro7VnjUhpGVn3p myorg@@@myproduct due to RATE_PLAN_RATE_BAND_EXCEEDED",
              "orgId": "myorg", "prodId": "myorg@@@myproduct", "reasonCode": "RATE_PLAN_RATE_BAND_EXCEEDED"}]""";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    private BalanceService balanceService;

    @Autowired
    private DeveloperService developerService;

    @Autowired
    private SuspensionService suspensionService;

    private static String suspended(String org) {
        return "/v1/mint/organizations/" + org + "/suspended-developers";
    }

    private void charge(DeveloperAccount account, String price, boolean force) {
        balanceService.charge(account, "usd", new BigDecimal(price), EntryType.CHARGE, force, null, null, null);
    }

    private List<String> suspendedDevIds(String org) {
        JsonNode list = api.get(suspended(org)).expectStatus(200).json();
        assertThat(list.isArray()).as("bare array: %s", list).isTrue();
        List<String> devIds = new ArrayList<>();
        list.forEach(entry -> devIds.add(entry.get("devId").asString()));
        return devIds;
    }

    @Test
    void shouldListPrepaidDeveloperWhenChargeTakesRemainingToExactlyZero() {
        Scenario world = scenario.organization().currency("USD");
        String org = world.org();
        String developer = world.developer("PREPAID");
        String other = world.developer("PREPAID");
        DeveloperAccount account = developerService.requireDeveloper(org, developer);
        world.reload(developer, "10");
        world.reload(other, "10");
        long before = System.currentTimeMillis();

        charge(account, "9.9999", false);
        List<String> afterFirstCharge = suspendedDevIds(org);
        charge(account, "0.0001", false);
        charge(developerService.requireDeveloper(org, other), "5", false);
        long after = System.currentTimeMillis();

        assertThat(afterFirstCharge).isEmpty();
        Api.Response response = api.get(suspended(org)).expectStatus(200);
        assertThat(response.raw().headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        JsonNode list = response.json();
        Fixtures.assertSameShape(JSON.readTree(SPEC_EXAMPLE), list, Set.of("ttlInSeconds"));
        assertThat(list).hasSize(1);
        JsonNode entry = list.get(0);
        String devId = org + "@@@" + account.id();
        assertThat(entry.propertyNames()).containsExactlyInAnyOrder("creationDate", "devId", "id", "message",
                "orgId", "prodId", "reasonCode", "ttlInSeconds");
        assertThat(entry.get("creationDate").isIntegralNumber()).isTrue();
        assertThat(entry.get("creationDate").asLong()).isBetween(before - 1000, after + 1000);
        assertThat(entry.get("devId").asString()).isEqualTo(devId);
        assertThat(entry.get("id").asString()).isEqualTo(org + "-" + devId + "-null-null-INSUFFICIENT_FUNDS");
        assertThat(entry.get("message").asString())
                .isEqualTo("mint.developerSuspended for " + devId + " due to INSUFFICIENT_FUNDS");
        assertThat(entry.get("orgId").asString()).isEqualTo(org);
        assertThat(entry.get("prodId").isNull()).isTrue();
        assertThat(entry.get("reasonCode").asString()).isEqualTo("INSUFFICIENT_FUNDS");
        assertThat(entry.get("ttlInSeconds").isIntegralNumber()).isTrue();
        assertThat(entry.get("ttlInSeconds").asLong()).isEqualTo(216_000_000L);
    }

    @Test
    void shouldLiftSuspensionWhenReloadClearsIt() {
        Scenario world = scenario.organization().currency("USD");
        String org = world.org();
        String developer = world.developer("PREPAID");
        DeveloperAccount account = developerService.requireDeveloper(org, developer);
        world.reload(developer, "10");
        charge(account, "10", false);
        List<String> suspendedAtZero = suspendedDevIds(org);
        charge(account, "3", true);

        world.reload(developer, "2");
        List<String> stillNegative = suspendedDevIds(org);
        world.reload(developer, "1.0001");

        assertThat(suspendedAtZero).containsExactly(org + "@@@" + account.id());
        assertThat(stillNegative).containsExactly(org + "@@@" + account.id());
        assertThat(suspendedDevIds(org)).isEmpty();
        api.get(suspended(org) + "/" + developer).expectError(404, "mint.resourceDoesNotExist");
    }

    @Test
    void shouldListPostpaidDeveloperAtItsCreditLimitAndLiftItWhenTheLimitIsRaised() {
        Scenario world = scenario.organization().currency("USD");
        String org = world.org();
        String developer = world.developer("POSTPAID");
        DeveloperAccount account = developerService.requireDeveloper(org, developer);
        world.creditLimit(developer, "100");
        charge(account, "60", false);
        List<String> belowLimit = suspendedDevIds(org);

        charge(account, "40", false);
        List<String> atLimit = suspendedDevIds(org);
        world.creditLimit(developer, "100.5");

        assertThat(belowLimit).isEmpty();
        assertThat(atLimit).containsExactly(org + "@@@" + account.id());
        assertThat(suspendedDevIds(org)).isEmpty();
    }

    @Test
    void shouldSuspendPostpaidDeveloperWhenTheLimitIsLoweredToItsUsage() {
        Scenario world = scenario.organization().currency("USD");
        String org = world.org();
        String developer = world.developer("POSTPAID");
        DeveloperAccount account = developerService.requireDeveloper(org, developer);
        charge(account, "50", false);
        List<String> unlimited = suspendedDevIds(org);

        world.creditLimit(developer, "50");

        assertThat(unlimited).isEmpty();
        assertThat(suspendedDevIds(org)).containsExactly(org + "@@@" + account.id());
    }

    @Test
    void shouldLiftSuspensionWhenCreditClearsIt() {
        Scenario world = scenario.organization().currency("USD");
        String org = world.org();
        String prepaid = world.developer("PREPAID");
        String postpaid = world.developer("POSTPAID");
        DeveloperAccount prepaidAccount = developerService.requireDeveloper(org, prepaid);
        DeveloperAccount postpaidAccount = developerService.requireDeveloper(org, postpaid);
        world.reload(prepaid, "10");
        charge(prepaidAccount, "10", false);
        world.creditLimit(postpaid, "20");
        charge(postpaidAccount, "20", false);
        int suspendedBefore = suspendedDevIds(org).size();

        balanceService.credit(prepaidAccount, "usd", new BigDecimal("0.5"), null, "goodwill", null);
        balanceService.credit(postpaidAccount, "usd", new BigDecimal("1"), null, "goodwill", null);

        assertThat(suspendedBefore).isEqualTo(2);
        assertThat(suspendedDevIds(org)).isEmpty();
        assertThat(suspensionService.isSuspended(org, prepaidAccount.id())).isFalse();
        assertThat(suspensionService.isSuspended(org, postpaidAccount.id())).isFalse();
    }

    @Test
    void shouldSuspendAgainWhenNegativeCreditExhaustsTheBalance() {
        Scenario world = scenario.organization().currency("USD");
        String org = world.org();
        String developer = world.developer("PREPAID");
        DeveloperAccount account = developerService.requireDeveloper(org, developer);
        world.reload(developer, "10");

        balanceService.credit(account, "usd", new BigDecimal("-10"), null, "correction", null);

        assertThat(suspendedDevIds(org)).containsExactly(org + "@@@" + account.id());
    }

    @Test
    void shouldGetOneSuspendedDeveloperByEmailInAnyCaseOrEncodedOrById() {
        Scenario world = scenario.organization().currency("USD");
        String org = world.org();
        String developer = world.developer("PREPAID");
        DeveloperAccount account = developerService.requireDeveloper(org, developer);
        world.reload(developer, "5");
        charge(account, "5", false);

        JsonNode byEmail = api.get(suspended(org) + "/" + developer).expectStatus(200).json();
        JsonNode byUpperCase = api.get(suspended(org) + "/" + developer.toUpperCase()).expectStatus(200).json();
        JsonNode byEncoded = api.get(suspended(org) + "/" + developer.replace("@", "%40")).expectStatus(200).json();
        JsonNode byId = api.get(suspended(org) + "/" + account.id()).expectStatus(200).json();

        assertThat(byEmail.isObject()).isTrue();
        assertThat(byEmail).isEqualTo(api.get(suspended(org)).json().get(0));
        assertThat(byUpperCase).isEqualTo(byEmail);
        assertThat(byEncoded).isEqualTo(byEmail);
        assertThat(byId).isEqualTo(byEmail);
    }

    @Test
    void shouldSuspendCompaniesAndAddressThemByName() {
        Scenario world = scenario.organization().currency("USD");
        String org = world.org();
        String company = world.company("PREPAID");
        DeveloperAccount account = developerService.requireCompany(org, company);
        world.reloadCompany(company, "7");
        charge(account, "7", false);

        JsonNode entry = api.get(suspended(org) + "/" + company).expectStatus(200).json();
        List<String> listed = suspendedDevIds(org);
        api.delete(suspended(org) + "/" + company.toUpperCase()).expectStatus(204);

        assertThat(entry.get("devId").asString()).isEqualTo(org + "@@@" + company);
        assertThat(entry.get("id").asString()).isEqualTo(org + "-" + org + "@@@" + company
                + "-null-null-INSUFFICIENT_FUNDS");
        assertThat(listed).containsExactly(org + "@@@" + company);
        assertThat(suspendedDevIds(org)).isEmpty();
        assertThat(suspensionService.isSuspended(org, account.id())).isFalse();
    }

    @Test
    void shouldLiftSuspensionByHandAndAnswer404Afterwards() {
        Scenario world = scenario.organization().currency("USD").currency("EUR");
        String org = world.org();
        String developer = world.developer("PREPAID");
        DeveloperAccount account = developerService.requireDeveloper(org, developer);
        world.reload(developer, "10");
        charge(account, "10", false);
        balanceService.charge(account, "eur", new BigDecimal("1"), EntryType.CHARGE, true, null, null, null);
        JsonNode suspendedEntries = api.get(suspended(org)).json();

        Api.Response deleted = api.delete(suspended(org) + "/" + developer).expectStatus(204);

        assertThat(suspendedEntries).hasSize(1);
        assertThat(deleted.body()).isEmpty();
        assertThat(suspendedDevIds(org)).isEmpty();
        assertThat(suspensionService.isSuspended(org, account.id())).isFalse();
        api.get(suspended(org) + "/" + developer).expectError(404, "mint.resourceDoesNotExist");
        api.delete(suspended(org) + "/" + developer).expectError(404, "mint.resourceDoesNotExist");
        // The balance is still used up: its next change suspends the developer again.
        charge(account, "1", true);
        assertThat(suspendedDevIds(org)).containsExactly(org + "@@@" + account.id());
    }

    @Test
    void shouldAnswer404ForUnknownOrUnsuspendedDevelopersAndUnknownOrganizations() {
        Scenario world = scenario.organization().currency("USD");
        String org = world.org();
        String developer = world.developer("PREPAID");
        world.reload(developer, "10");

        api.get(suspended(org) + "/nobody@example.com").expectError(404, "mint.resourceDoesNotExist");
        api.delete(suspended(org) + "/nobody@example.com").expectError(404, "mint.resourceDoesNotExist");
        api.get(suspended(org) + "/no-such-company").expectError(404, "mint.resourceDoesNotExist");
        api.get(suspended(org) + "/" + developer).expectError(404, "mint.resourceDoesNotExist");
        api.delete(suspended(org) + "/" + developer).expectError(404, "mint.resourceDoesNotExist");
        api.get(suspended("no-such-org-" + org)).expectError(404, "mint.resourceDoesNotExist");
        api.get(suspended("no-such-org-" + org) + "/" + developer).expectError(404, "mint.resourceDoesNotExist");
        assertThat(api.get(suspended(org)).expectStatus(200).body()).isEqualTo("[]");
    }
}
