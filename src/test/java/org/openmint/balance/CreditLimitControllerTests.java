package org.openmint.balance;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.openmint.Fixtures;
import org.openmint.IntegrationTestSupport;
import org.openmint.developer.DeveloperAccount;
import org.openmint.developer.DeveloperService;
import org.openmint.scenario.CurrencyBody;
import org.openmint.scenario.Scenario;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CreditLimitControllerTests extends IntegrationTestSupport {

    @Autowired
    private BalanceService balanceService;

    @Autowired
    private DeveloperService developerService;

    private static String limit(String org, String developer) {
        return "/v1/mint/organizations/" + org + "/developers/" + developer + "/developer-credit-limit";
    }

    @Test
    void shouldSetCreditLimitFromQueryParametersAndReadItBack() {
        Scenario world = scenario.organization().currency("USD");
        String org = world.org();
        String developer = world.developer("POSTPAID");

        JsonNode created = api.send("POST", limit(org, developer) + "?amount=1000&supportedCurrencyId=usd", null,
                "application/json").expectStatus(201).json();
        JsonNode list = api.get(limit(org, developer)).expectStatus(200).json();
        JsonNode balances = api.get("/v1/mint/organizations/" + org + "/developers/" + developer
                + "/developer-balances").expectStatus(200).json();

        assertThat(created.get("amount").toString()).isEqualTo("1000.0000");
        Fixtures.assertMoney(created.get("usage"), "0");
        assertThat(created.get("supportedCurrency").get("id").asString()).isEqualTo("usd");
        assertThat(created.get("id").asString()).isNotBlank();
        assertThat(list.get("totalRecords").asInt()).isEqualTo(1);
        assertThat(list.get("developerBalance").get(0)).isEqualTo(created);
        assertThat(balances.get("developerBalance").get(0)).isEqualTo(created);
    }

    @Test
    void shouldEnforceEffectiveLimitOfDeveloperElseCurrency() {
        Scenario world = scenario.organization().currency(CurrencyBody.of("USD").creditLimit("100"));
        String org = world.org();
        String developer = world.developer("POSTPAID");
        DeveloperAccount account = developerService.requireDeveloper(org, developer);

        balanceService.charge(account, "usd", new BigDecimal("60"), EntryType.CHARGE, false, null, null, null);
        assertThatThrownBy(() -> balanceService.charge(account, "usd", new BigDecimal("40.0001"), EntryType.CHARGE,
                false, null, null, null)).isInstanceOf(CreditLimitExceededException.class);
        balanceService.charge(account, "usd", new BigDecimal("40"), EntryType.CHARGE, false, null, null, null);
        JsonNode atLimit = api.get(limit(org, developer)).json().get("developerBalance").get(0);
        api.send("POST", limit(org, developer) + "?amount=150.5&supportedCurrencyId=usd", null, null).expectStatus(201);
        balanceService.charge(account, "usd", new BigDecimal("50.5"), EntryType.CHARGE, false, null, null, null);
        assertThatThrownBy(() -> balanceService.charge(account, "usd", new BigDecimal("0.0001"), EntryType.CHARGE,
                false, null, null, null)).isInstanceOf(CreditLimitExceededException.class);
        balanceService.charge(account, "usd", new BigDecimal("10"), EntryType.CHARGE, true, null, null, null);

        Fixtures.assertMoney(atLimit.get("amount"), "100");
        Fixtures.assertMoney(atLimit.get("usage"), "100");
        JsonNode after = api.get(limit(org, developer)).json().get("developerBalance").get(0);
        Fixtures.assertMoney(after.get("amount"), "150.5");
        Fixtures.assertMoney(after.get("usage"), "160.5");
    }

    @Test
    void shouldRefuseInvalidCreditLimits() {
        Scenario world = scenario.organization().currency("USD")
                .currency(CurrencyBody.of("EUR").named("Euro").inactive());
        String org = world.org();
        String postpaid = world.developer("POSTPAID");
        String prepaid = world.developer("PREPAID");

        api.send("POST", limit(org, prepaid) + "?amount=10&supportedCurrencyId=usd", null, null)
                .expectError(400, "mint.invalidRequest");
        api.send("POST", limit(org, postpaid) + "?amount=-1&supportedCurrencyId=usd", null, null)
                .expectError(400, "mint.invalidRequest");
        api.send("POST", limit(org, postpaid) + "?amount=1.23456&supportedCurrencyId=usd", null, null)
                .expectError(400, "mint.invalidRequest");
        api.send("POST", limit(org, postpaid) + "?amount=lots&supportedCurrencyId=usd", null, null)
                .expectError(400, "mint.invalidRequest");
        api.send("POST", limit(org, postpaid) + "?supportedCurrencyId=usd", null, null)
                .expectError(400, "mint.invalidRequest");
        api.send("POST", limit(org, postpaid) + "?amount=10", null, null).expectError(400, "mint.invalidRequest");
        api.send("POST", limit(org, postpaid) + "?amount=10&supportedCurrencyId=xyz", null, null)
                .expectError(404, "mint.resourceDoesNotExist");
        api.send("POST", limit(org, postpaid) + "?amount=10&supportedCurrencyId=eur", null, null)
                .expectError(400, "mint.invalidRequest");
        api.send("POST", limit(org, "nobody@example.com") + "?amount=10&supportedCurrencyId=usd", null, null)
                .expectError(404, "mint.resourceDoesNotExist");

        assertThat(api.get(limit(org, postpaid)).json().get("totalRecords").asInt()).isZero();
    }
}
