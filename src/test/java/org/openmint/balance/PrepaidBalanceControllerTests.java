package org.openmint.balance;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openmint.Api;
import org.openmint.Fixtures;
import org.openmint.IntegrationTestSupport;
import org.openmint.developer.DeveloperAccount;
import org.openmint.developer.DeveloperService;
import org.openmint.scenario.CurrencyBody;
import org.openmint.scenario.Scenario;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PrepaidBalanceControllerTests extends IntegrationTestSupport {

    private static final Set<String> OPTIONAL = Set.of("description", "logoUrl", "regNo", "taxEngineExternalId",
            "taxNexus", "taxRegNo", "transactionRelayURL", "minimumTopupAmount", "creditLimit", "custAtt1",
            "environment", "transaction", "address", "approxTaxRate", "developerCategory", "type", "taxExemptAuthNo");

    @Autowired
    private BalanceService balanceService;

    @Autowired
    private DeveloperService developerService;

    @Autowired
    private JdbcClient jdbc;

    private static String balances(String org, String developer) {
        return "/v1/mint/organizations/" + org + "/developers/" + developer + "/developer-balances";
    }

    private static String reload(String amount, String currency) {
        return "{\"amount\": " + amount + ", \"supportedCurrency\": {\"id\": \"" + currency + "\"}}";
    }

    @Test
    void shouldReloadPrepaidBalanceAndShowRemainingAsAmountMinusUsage() {
        Scenario world = scenario.organization().currency("USD");
        String org = world.org();
        String developer = world.developer("PREPAID");

        JsonNode reloaded = api.post(balances(org, developer), reload("1000", "usd")).expectStatus(200).json();
        api.post(balances(org, developer), reload("12.5", "usd")).expectStatus(200);
        DeveloperAccount account = developerService.requireDeveloper(org, developer);
        balanceService.charge(account, "usd", new BigDecimal("34.1234"), EntryType.CHARGE, false, null, "usage", null);

        Fixtures.assertMoney(reloaded.get("amount"), "1000");
        assertThat(reloaded.get("isRecurring").asBoolean()).isFalse();
        JsonNode list = api.get(balances(org, developer) + "?all=true").expectStatus(200).json();
        Fixtures.assertSameShape(Fixtures.load(
                "mint/organizations/phpunit/developers/phpunit@example.com/developer-balances/GET_all=true.json"),
                list, OPTIONAL);
        JsonNode balance = list.get("developerBalance").get(0);
        Fixtures.assertMoney(balance.get("amount"), "1012.5");
        Fixtures.assertMoney(balance.get("usage"), "34.1234");
        assertThat(balance.get("amount").decimalValue().subtract(balance.get("usage").decimalValue()))
                .isEqualByComparingTo("978.3766");
        assertThat(balance.get("id").asString()).isEqualTo(reloaded.get("id").asString());
        assertThat(balance.get("supportedCurrency").get("id").asString()).isEqualTo("usd");
        assertThat(balance.get("transaction").get("type").asString()).isEqualTo("BALANCE");
        Fixtures.assertMoney(balance.get("transaction").get("rate"), "12.5");
        assertThat(list.get("totalRecords").asInt()).isEqualTo(1);
        LedgerAssertions.assertLedgerMatches(jdbc, org, List.of());
    }

    @Test
    void shouldAddressDevelopersByEmailInAnyCaseOrEncodedOrById() {
        Scenario world = scenario.organization().currency("USD");
        String org = world.org();
        String developer = world.developer();
        String id = developerService.requireDeveloper(org, developer).id();

        api.post(balances(org, developer.toUpperCase()), reload("10", "usd")).expectStatus(200);
        api.post(balances(org, developer.replace("@", "%40")), reload("10", "usd")).expectStatus(200);
        JsonNode byId = api.get(balances(org, id)).expectStatus(200).json();

        Fixtures.assertMoney(byId.get("developerBalance").get(0).get("amount"), "20");
    }

    @Test
    void shouldFilterByCurrencyAndPage() {
        Scenario world = scenario.organization().currency("USD").currency("EUR").currency("GBP");
        String org = world.org();
        String developer = world.developer("PREPAID");
        for (String currency : List.of("usd", "eur", "gbp")) {
            world.reload(developer, currency, "5");
        }

        Api.Response eur = api.get(balances(org, developer) + "?currencyId=eur").expectStatus(200);
        Api.Response page = api.get(balances(org, developer) + "?size=2&page=2").expectStatus(200);

        assertThat(eur.json().get("developerBalance")).hasSize(1);
        assertThat(eur.json().get("developerBalance").get(0).get("supportedCurrency").get("id").asString())
                .isEqualTo("eur");
        assertThat(page.json().get("developerBalance")).hasSize(1);
        assertThat(page.json().get("totalRecords").asInt()).isEqualTo(3);
        api.get(balances(org, developer) + "?currencyId=xyz").expectError(404, "mint.resourceDoesNotExist");
        assertThat(api.get(balances(org, world.developer())).json().toString())
                .isEqualTo("{\"developerBalance\":[],\"totalRecords\":0}");
    }

    @Test
    void shouldReloadCompanyBalances() {
        Scenario world = scenario.organization().currency("USD");
        String org = world.org();
        String company = world.company("PREPAID");
        String path = Scenario.mint(org) + "/companies/" + company + "/developer-balances";

        api.post(path, reload("25.5", "usd")).expectStatus(200);
        JsonNode list = api.get(path + "?all=true").expectStatus(200).json();

        Fixtures.assertMoney(list.get("developerBalance").get(0).get("amount"), "25.5");
        Fixtures.assertSameShape(Fixtures.load(
                "mint/organizations/phpunit/companies/phpunit/developer-balances/GET_all=true.json"), list, OPTIONAL);
        api.get("/v1/mint/organizations/" + org + "/companies/no-such-company/developer-balances")
                .expectError(404, "mint.resourceDoesNotExist");
        java.time.YearMonth now = java.time.YearMonth.now(java.time.ZoneOffset.UTC);
        JsonNode statement = api.get("/v1/mint/organizations/" + org + "/companies/" + company
                + "/prepaid-developer-balance?billingMonth=" + now.getMonth().name() + "&billingYear=" + now.getYear())
                .expectStatus(200).json();
        Fixtures.assertSameShape(Fixtures.load("mint/organizations/phpunit/companies/phpunit/prepaid-developer-balance/"
                + "GET_billingMonth=OCTOBER-billingYear=2018.json"), statement, OPTIONAL);
        Fixtures.assertMoney(statement.get("developerBalance").get(0).get("topups"), "25.5");
        Fixtures.assertMoney(statement.get("developerBalance").get(0).get("currentBalance"), "25.5");
    }

    @Test
    void shouldRefuseInvalidReloadsWithoutChangingAnything() {
        Scenario world = scenario.organization().currency("USD")
                .currency(CurrencyBody.of("EUR").named("Euro").inactive())
                .currency(CurrencyBody.of("GBP").named("Pound").minimumTopup("10"));
        String org = world.org();
        String developer = world.developer("PREPAID");
        String postpaid = world.developer("POSTPAID");
        String path = balances(org, developer);

        api.post(path, reload("0", "usd")).expectError(400, "mint.invalidRequest");
        api.post(path, reload("-5", "usd")).expectError(400, "mint.invalidRequest");
        api.post(path, reload("1.00001", "usd")).expectError(400, "mint.invalidRequest");
        api.post(path, reload("\"ten\"", "usd")).expectError(400, "mint.invalidRequest");
        api.post(path, "{\"amount\": 10}").expectError(400, "mint.invalidRequest");
        api.post(path, "{\"supportedCurrency\": {\"id\": \"usd\"}}").expectError(400, "mint.invalidRequest");
        api.post(path, reload("10", "xyz")).expectError(404, "mint.resourceDoesNotExist");
        api.post(path, reload("10", "eur")).expectError(400, "mint.invalidRequest");
        api.post(path, reload("9.9999", "gbp")).expectError(400, "mint.topupAmountBelowMinimum");
        api.post(balances(org, postpaid), reload("10", "usd")).expectError(400, "mint.invalidRequest");
        api.post(balances(org, "nobody@example.com"), reload("10", "usd")).expectError(404,
                "mint.resourceDoesNotExist");

        assertThat(api.get(path).json().get("totalRecords").asInt()).isZero();
        api.post(path, reload("10", "gbp")).expectStatus(200);
    }

    @Test
    void shouldRefuseChargeBeyondPrepaidBalanceUnlessForced() {
        Scenario world = scenario.organization().currency("USD");
        String org = world.org();
        String developer = world.developer("PREPAID");
        world.reload(developer, "10");
        DeveloperAccount account = developerService.requireDeveloper(org, developer);

        assertThatThrownBy(() -> balanceService.charge(account, "usd", new BigDecimal("10.0001"), EntryType.CHARGE,
                false, null, null, null))
                .isInstanceOf(InsufficientFundsException.class).hasMessageEndingWith("[10.0001]");
        JsonNode unchanged = api.get(balances(org, developer)).json().get("developerBalance").get(0);
        Fixtures.assertMoney(unchanged.get("usage"), "0");

        balanceService.charge(account, "usd", new BigDecimal("10"), EntryType.CHARGE, false, null, null, null);
        balanceService.charge(account, "usd", new BigDecimal("5"), EntryType.CHARGE, true, null, null, null);
        JsonNode forced = api.get(balances(org, developer)).json().get("developerBalance").get(0);
        Fixtures.assertMoney(forced.get("usage"), "15");
        assertThatThrownBy(
                () -> balanceService.charge(developerService.requireDeveloper(org, world.developer()),
                        "usd", BigDecimal.ONE, EntryType.CHARGE, false, null, null, null))
                .isInstanceOf(InsufficientFundsException.class);
        LedgerAssertions.assertLedgerMatches(jdbc, org, List.of());
    }

    @Test
    void shouldReloadAutomaticallyWhenChargeLeavesLessThanReplenishAmount() {
        Scenario world = scenario.organization().currency("USD").provider("worldpay");
        String org = world.org();
        String developer = world.developer("PREPAID");
        world.reload(developer, "50");
        JsonNode setup = api.post(balances(org, developer) + "/recurring-setup?supportedCurrencyId=usd", """
                {"providerId": "worldpay", "isRecurring": "true", "replenishAmount": 20, "recurringAmount": 100}""")
                .expectStatus(200).json();
        DeveloperAccount account = developerService.requireDeveloper(org, developer);

        ChargeResult small = balanceService.charge(account, "usd", new BigDecimal("25"), EntryType.CHARGE, false,
                null, null, null);
        ChargeResult big = balanceService.charge(account, "usd", new BigDecimal("10"), EntryType.CHARGE, false,
                null, null, null);
        ChargeResult beyond = balanceService.charge(account, "usd", new BigDecimal("150"), EntryType.CHARGE, false,
                null, null, null);

        assertThat(setup.get("isRecurring").asBoolean()).isTrue();
        Fixtures.assertMoney(setup.get("replenishAmount"), "20");
        Fixtures.assertMoney(setup.get("recurringAmount"), "100");
        assertThat(setup.get("providerId").asString()).isEqualTo("worldpay");
        assertThat(small.autoReloaded()).isEqualByComparingTo("0");
        assertThat(big.autoReloaded()).isEqualByComparingTo("100");
        assertThat(big.remaining()).isEqualByComparingTo("115");
        assertThat(beyond.autoReloaded()).isEqualByComparingTo("100");
        assertThat(beyond.remaining()).isEqualByComparingTo("65");
        JsonNode balance = api.get(balances(org, developer)).json().get("developerBalance").get(0);
        Fixtures.assertMoney(balance.get("amount"), "250");
        Fixtures.assertMoney(balance.get("usage"), "185");
        assertThat(balance.get("transaction").get("type").asString()).isEqualTo("PROVIDER_AUDIT");
        assertThat(balance.get("transaction").get("notes").asString()).isEqualTo("Recurring provider info : worldpay");
        assertThat(jdbc.sql("SELECT count(*) FROM ledger_entries WHERE org_id = ? AND entry_type = 'AUTO_RELOAD'")
                .param(org).query(Long.class).single()).isEqualTo(2);
        LedgerAssertions.assertLedgerMatches(jdbc, org, List.of());
    }

    @Test
    void shouldChangeAndDisableRecurringSetupInEveryBodyForm() {
        Scenario world = scenario.organization().currency("USD").provider("worldpay");
        String org = world.org();
        String developer = world.developer("PREPAID");
        String setup = balances(org, developer) + "/recurring-setup?supportedCurrencyId=usd";

        api.post(setup, "{\"providerId\": \"worldpay\", \"isRecurring\": true, \"replenishAmount\": 5, "
                + "\"recurringAmount\": 50}").expectStatus(200);
        JsonNode changed = api.post(setup, "{\"providerID\": \"worldpay\", \"isRecurring\": \"true\", "
                + "\"replenishAmount\": 10, \"recurringAmount\": 75.5}").expectStatus(200).json();
        JsonNode disabledBySdk = api.post(setup, "{\"providerId\": \"worldpay\", \"chargePerUsage\": \"true\"}")
                .expectStatus(200).json();
        api.post(setup, "{\"providerId\": \"worldpay\", \"isRecurring\": true, \"replenishAmount\": 1, "
                + "\"recurringAmount\": 2}").expectStatus(200);
        JsonNode disabledByFlag = api.post(setup, "{\"providerId\": \"worldpay\", \"isRecurring\": \"false\", "
                + "\"chargePerUsage\": false, \"recurringAmount\": 2, \"replenishAmount\": 1}").expectStatus(200)
                .json();

        Fixtures.assertMoney(changed.get("recurringAmount"), "75.5");
        assertThat(disabledBySdk.get("isRecurring").asBoolean()).isFalse();
        assertThat(disabledBySdk.get("chargePerUsage").asBoolean()).isTrue();
        assertThat(disabledBySdk.has("recurringAmount")).isFalse();
        assertThat(disabledByFlag.get("isRecurring").asBoolean()).isFalse();
        assertThat(api.get(balances(org, developer)).json().get("developerBalance").get(0).get("isRecurring")
                .asBoolean()).isFalse();
    }

    @Test
    void shouldRefuseInvalidRecurringSetups() {
        Scenario world = scenario.organization().currency(CurrencyBody.of("USD").minimumTopup("10"))
                .provider("worldpay");
        String org = world.org();
        String developer = world.developer("PREPAID");
        String setup = balances(org, developer) + "/recurring-setup?supportedCurrencyId=usd";

        api.post(setup,
                "{\"providerId\": \"nope\", \"isRecurring\": true, \"replenishAmount\": 5, \"recurringAmount\": 50}")
                .expectError(404, "mint.resourceDoesNotExist");
        api.post(setup, "{\"isRecurring\": true, \"replenishAmount\": 5, \"recurringAmount\": 50}")
                .expectError(400, "mint.invalidRequest");
        api.post(setup,
                "{\"providerId\": \"worldpay\", \"isRecurring\": true, \"replenishAmount\": 5, \"recurringAmount\": 5}")
                .expectError(400, "mint.invalidRequest");
        api.post(setup,
                "{\"providerId\": \"worldpay\", \"isRecurring\": true, \"replenishAmount\": -1, \"recurringAmount\": 50}")
                .expectError(400, "mint.invalidRequest");
        api.post(setup, "{\"providerId\": \"worldpay\", \"isRecurring\": true, \"recurringAmount\": 50}")
                .expectError(400, "mint.invalidRequest");
        api.post(setup, "{\"providerId\": \"worldpay\", \"isRecurring\": \"yes\"}").expectError(400,
                "mint.invalidRequest");
        api.post(balances(org, developer) + "/recurring-setup", "{\"providerId\": \"worldpay\", \"isRecurring\": true, "
                + "\"replenishAmount\": 5, \"recurringAmount\": 50}").expectError(400, "mint.invalidRequest");
        api.post(balances(org, world.developer("POSTPAID")) + "/recurring-setup?supportedCurrencyId=usd",
                "{\"providerId\": \"worldpay\", \"isRecurring\": true, \"replenishAmount\": 5, \"recurringAmount\": 50}")
                .expectError(400, "mint.invalidRequest");
    }

    @Test
    void shouldShowMonthlyStatementFromTheLedger() {
        Scenario world = scenario.organization().currency("USD");
        String org = world.org();
        String developer = world.developer("PREPAID");
        world.reload(developer, "100");
        DeveloperAccount account = developerService.requireDeveloper(org, developer);
        balanceService.charge(account, "usd", new BigDecimal("30"), EntryType.CHARGE, false, null, null, null);
        balanceService.credit(account, "usd", new BigDecimal("5"), null, "goodwill", null);
        java.time.YearMonth now = java.time.YearMonth.now(java.time.ZoneOffset.UTC);
        String query = "?billingMonth=" + now.getMonth().name() + "&billingYear=" + now.getYear();

        JsonNode statement = api.get("/v1/mint/organizations/" + org + "/developers/" + developer
                + "/prepaid-developer-balance" + query).expectStatus(200).json();
        JsonNode plural = api.get("/v1/mint/organizations/" + org + "/developers/" + developer
                + "/prepaid-developer-balances" + query + "&supportedCurrencyId=usd").expectStatus(200).json();

        Fixtures.assertSameShape(Fixtures.load("mint/organizations/phpunit/developers/phpunit@example.com/"
                + "prepaid-developer-balance/GET_billingMonth=OCTOBER-billingYear=2018.json"), statement, OPTIONAL);
        JsonNode line = statement.get("developerBalance").get(0);
        Fixtures.assertMoney(line.get("previousBalance"), "0");
        Fixtures.assertMoney(line.get("topups"), "100");
        Fixtures.assertMoney(line.get("usage"), "25");
        Fixtures.assertMoney(line.get("currentUsage"), "25");
        Fixtures.assertMoney(line.get("currentTotalBalance"), "100");
        Fixtures.assertMoney(line.get("currentBalance"), "75");
        assertThat(line.get("month").asString()).isEqualTo(now.getMonth().name());
        assertThat(line.get("year").asInt()).isEqualTo(now.getYear());
        // the PHP client types these two as int and refuses a decimal such as 0.0000
        assertThat(line.get("approxTaxRate").isIntegralNumber()).as("approxTaxRate %s", line).isTrue();
        assertThat(line.get("approxTaxRate").asInt()).isZero();
        assertThat(line.get("year").isIntegralNumber()).isTrue();
        assertThat(plural).isEqualTo(statement);
        JsonNode before = api.get("/v1/mint/organizations/" + org + "/developers/" + developer
                + "/prepaid-developer-balance?billingMonth=JANUARY&billingYear=2001").expectStatus(200).json();
        Fixtures.assertMoney(before.get("developerBalance").get(0).get("currentBalance"), "0");
        api.get("/v1/mint/organizations/" + org + "/developers/" + developer + "/prepaid-developer-balance"
                + "?billingMonth=SMARCH&billingYear=2020").expectError(400, "mint.invalidRequest");
        api.get("/v1/mint/organizations/" + org + "/developers/" + developer + "/prepaid-developer-balance"
                + "?billingMonth=MAY").expectError(400, "mint.invalidRequest");
    }

    @Test
    void shouldRefuseToDeleteCurrencyThatABalanceUses() {
        Scenario world = scenario.organization().currency("EUR");
        String org = world.org();
        world.reload(world.developer("PREPAID"), "eur", "10");

        api.delete("/v1/mint/organizations/" + org + "/supported-currencies/eur")
                .expectError(400, "mint.supportedCurrencyInUse");
    }

    @Test
    void shouldRefuseToDeleteDeveloperOrCompanyWithBalances() {
        Scenario world = scenario.organization().currency("USD");
        String org = world.org();
        String developer = world.developer("PREPAID");
        String company = world.company("PREPAID");
        world.reload(developer, "10").reloadCompany(company, "10");

        api.delete("/v1/organizations/" + org + "/developers/" + developer).expectError(400, "mint.developerInUse");
        api.delete("/v1/organizations/" + org + "/companies/" + company).expectError(400, "mint.developerInUse");

        api.get("/v1/organizations/" + org + "/developers/" + developer).expectStatus(200);
        api.get("/v1/organizations/" + org + "/companies/" + company).expectStatus(200);
        Fixtures.assertMoney(api.get(balances(org, developer)).json().get("developerBalance").get(0).get("amount"),
                "10");
    }
}
