package org.openmint.balance;

import org.junit.jupiter.api.Test;
import org.openmint.Fixtures;
import org.openmint.IntegrationTestSupport;
import org.openmint.scenario.CurrencyBody;
import org.openmint.scenario.Scenario;
import org.springframework.test.context.TestPropertySource;

/** {@code mint.enforce-minimum-topup=false} lets reloads below the currency's minimum through (spec Part I #12). */
@TestPropertySource(properties = "mint.enforce-minimum-topup=false")
class MinimumTopupSwitchTests extends IntegrationTestSupport {

    @Test
    void shouldAcceptReloadBelowMinimumWhenEnforcementIsOff() {
        Scenario world = scenario.organization().currency(CurrencyBody.of("USD").minimumTopup("10"));
        String path = Scenario.mint(world.org()) + "/developers/" + world.developer("PREPAID") + "/developer-balances";

        var reloaded = api.post(path, "{\"amount\": 2.5, \"supportedCurrency\": {\"id\": \"usd\"}}").expectStatus(200);

        Fixtures.assertMoney(reloaded.json().get("amount"), "2.5");
    }
}
