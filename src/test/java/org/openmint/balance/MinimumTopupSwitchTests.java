package org.openmint.balance;

import org.junit.jupiter.api.Test;
import org.openmint.Fixtures;
import org.openmint.IntegrationTest;
import org.springframework.test.context.TestPropertySource;

/** {@code mint.enforce-minimum-topup=false} lets reloads below the currency's minimum through (spec Part I #12). */
@TestPropertySource(properties = "mint.enforce-minimum-topup=false")
class MinimumTopupSwitchTests extends IntegrationTest {

    @Test
    void shouldAcceptReloadBelowMinimumWhenEnforcementIsOff() {
        String org = newOrganization();
        api.post("/v1/mint/organizations/" + org + "/supported-currencies", """
                {"name": "USD", "displayName": "USD", "description": "USD", "organization": {"id": "%s"},
                 "status": "ACTIVE", "virtualCurrency": false, "minimumTopupAmount": 10}""".formatted(org))
                .expectStatus(201);
        String developer = registerDeveloper(org, "PREPAID");
        String path = "/v1/mint/organizations/" + org + "/developers/" + developer + "/developer-balances";

        var reloaded = api.post(path, "{\"amount\": 2.5, \"supportedCurrency\": {\"id\": \"usd\"}}").expectStatus(200);

        Fixtures.assertMoney(reloaded.json().get("amount"), "2.5");
    }
}
