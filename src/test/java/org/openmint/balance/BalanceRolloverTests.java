package org.openmint.balance;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openmint.Fixtures;
import org.openmint.IntegrationTestSupport;
import org.openmint.MutableClock;
import org.openmint.developer.DeveloperAccount;
import org.openmint.developer.DeveloperService;
import org.openmint.scenario.Scenario;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Billing periods roll over by calendar month in the organization's timezone (spec Part I #11, #13, #19). */
@Import(BalanceRolloverTests.ClockConfiguration.class)
class BalanceRolloverTests extends IntegrationTestSupport {

    @TestConfiguration(proxyBeanMethods = false)
    static class ClockConfiguration {
        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock(Instant.parse("2026-01-15T12:00:00Z"));
        }
    }

    @Autowired
    private MutableClock clock;

    @Autowired
    private BalanceService balanceService;

    @Autowired
    private DeveloperService developerService;

    @Autowired
    private JdbcClient jdbc;

    private JsonNode statement(String org, String developer, String month, int year) {
        return api.get(Scenario.mint(org) + "/developers/" + developer
                + "/prepaid-developer-balance?billingMonth=" + month + "&billingYear=" + year)
                .expectStatus(200).json().get("developerBalance").get(0);
    }

    @Test
    void shouldCarryRemainingIntoNextMonthAndKeepPastStatements() {
        clock.set(Instant.parse("2026-01-15T12:00:00Z"));
        Scenario world = scenario.organization().currency("USD");
        String org = world.org();
        String developer = world.developer("PREPAID");
        String balances = Scenario.mint(org) + "/developers/" + developer + "/developer-balances";
        world.reload(developer, "100");
        DeveloperAccount account = developerService.requireDeveloper(org, developer);
        balanceService.charge(account, "usd", new BigDecimal("30"), EntryType.CHARGE, false, null, null, null);

        clock.set(Instant.parse("2026-02-03T08:00:00Z"));
        JsonNode february = api.get(balances).json().get("developerBalance").get(0);
        balanceService.charge(account, "usd", new BigDecimal("10"), EntryType.CHARGE, false, null, null, null);
        world.reload(developer, "5");

        Fixtures.assertMoney(february.get("amount"), "70");
        Fixtures.assertMoney(february.get("usage"), "0");
        JsonNode january = statement(org, developer, "JANUARY", 2026);
        Fixtures.assertMoney(january.get("previousBalance"), "0");
        Fixtures.assertMoney(january.get("topups"), "100");
        Fixtures.assertMoney(january.get("usage"), "30");
        Fixtures.assertMoney(january.get("currentBalance"), "70");
        JsonNode feb = statement(org, developer, "FEBRUARY", 2026);
        Fixtures.assertMoney(feb.get("previousBalance"), "70");
        Fixtures.assertMoney(feb.get("topups"), "5");
        Fixtures.assertMoney(feb.get("currentTotalBalance"), "75");
        Fixtures.assertMoney(feb.get("currentUsage"), "10");
        Fixtures.assertMoney(feb.get("currentBalance"), "65");
        JsonNode april = statement(org, developer, "APRIL", 2026);
        Fixtures.assertMoney(april.get("previousBalance"), "65");
        Fixtures.assertMoney(april.get("currentBalance"), "65");
        JsonNode december = statement(org, developer, "DECEMBER", 2025);
        Fixtures.assertMoney(december.get("currentBalance"), "0");
        LedgerAssertions.assertLedgerMatches(jdbc, org, List.of());

        clock.set(Instant.parse("2026-05-20T08:00:00Z"));
        balanceService.charge(account, "usd", new BigDecimal("65"), EntryType.CHARGE, false, null, null, null);
        JsonNode march = statement(org, developer, "MARCH", 2026);
        Fixtures.assertMoney(march.get("previousBalance"), "65");
        Fixtures.assertMoney(march.get("usage"), "0");
        JsonNode may = statement(org, developer, "MAY", 2026);
        Fixtures.assertMoney(may.get("previousBalance"), "65");
        Fixtures.assertMoney(may.get("currentBalance"), "0");
    }

    @Test
    void shouldCountBillingMonthsInTheOrganizationTimezone() {
        clock.set(Instant.parse("2026-03-31T20:00:00Z"));
        Scenario world = scenario.organization(profile -> profile.put("timezone", "Asia/Tokyo")).currency("USD");
        String org = world.org();
        String developer = world.developer("PREPAID");

        world.reload(developer, "10");

        Fixtures.assertMoney(statement(org, developer, "APRIL", 2026).get("topups"), "10");
        Fixtures.assertMoney(statement(org, developer, "MARCH", 2026).get("topups"), "0");
    }

    @Test
    void shouldStartPostpaidUsageAtZeroEachMonth() {
        clock.set(Instant.parse("2026-06-10T12:00:00Z"));
        Scenario world = scenario.organization().currency("USD");
        String org = world.org();
        String developer = world.developer("POSTPAID");
        String limit = Scenario.mint(org) + "/developers/" + developer + "/developer-credit-limit";
        world.creditLimit(developer, "100");
        DeveloperAccount account = developerService.requireDeveloper(org, developer);
        balanceService.charge(account, "usd", new BigDecimal("100"), EntryType.CHARGE, false, null, null, null);

        clock.set(Instant.parse("2026-07-01T00:00:01Z"));
        JsonNode july = api.get(limit).json().get("developerBalance").get(0);
        balanceService.charge(account, "usd", new BigDecimal("60"), EntryType.CHARGE, false, null, null, null);

        Fixtures.assertMoney(july.get("usage"), "0");
        Fixtures.assertMoney(july.get("amount"), "100");
        Fixtures.assertMoney(api.get(limit).json().get("developerBalance").get(0).get("usage"), "60");
        LedgerAssertions.assertLedgerMatches(jdbc, org, List.of(account.id()));
    }
}
