package org.openmint.balance;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openmint.Api;
import org.openmint.IntegrationTestSupport;
import org.openmint.scenario.Scenario;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Reloads honour the Idempotency-Key header (spec Part I #17). */
class IdempotencyTests extends IntegrationTestSupport {

    @Autowired
    private JdbcClient jdbc;

    private Api.Response reload(String path, String key, String amount) {
        return api.send("POST", path, "{\"amount\": " + amount + ", \"supportedCurrency\": {\"id\": \"usd\"}}",
                "application/json", "Idempotency-Key", key);
    }

    @Test
    void shouldReplayFirstResponseWithoutApplyingTwice() {
        Scenario world = scenario.organization().currency("USD");
        String org = world.org();
        String path = Scenario.mint(org) + "/developers/" + world.developer("PREPAID") + "/developer-balances";

        Api.Response first = reload(path, "reload-1", "100").expectStatus(200);
        Api.Response again = reload(path, "reload-1", "100").expectStatus(200);
        reload(path, "reload-2", "100").expectStatus(200);

        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.raw().headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(api.get(path).json().get("developerBalance").get(0).get("amount").decimalValue())
                .isEqualByComparingTo("200");
        assertThat(jdbc.sql("SELECT count(*) FROM ledger_entries WHERE org_id = ? AND idempotency_key = 'reload-1'")
                .param(org).query(Long.class).single()).isEqualTo(1);
        LedgerAssertions.assertLedgerMatches(jdbc, org, List.of());
    }

    @Test
    void shouldRefuseANumberWithoutPlainFormWhateverTheKey() {
        Scenario world = scenario.organization().currency("USD");
        String path = Scenario.mint(world.org()) + "/developers/" + world.developer("PREPAID") + "/developer-balances";

        reload(path, "huge", "1e999999999").expectError(400, "mint.invalidRequest");
        reload(path, "", "1e999999999").expectError(400, "mint.invalidRequest");
        reload(path, "huge", "1e999999999").expectError(400, "mint.invalidRequest");
    }

    @Test
    void shouldRefuseSameKeyForDifferentRequest() {
        Scenario world = scenario.organization().currency("USD");
        String path = Scenario.mint(world.org()) + "/developers/" + world.developer("PREPAID") + "/developer-balances";
        reload(path, "key", "100").expectStatus(200);

        reload(path, "key", "200").expectError(422, "mint.idempotencyKeyReused");

        assertThat(api.get(path).json().get("developerBalance").get(0).get("amount").decimalValue())
                .isEqualByComparingTo("100");
    }

    @Test
    void shouldReplayErrorsToo() {
        Scenario world = scenario.organization().currency("USD");
        String path = Scenario.mint(world.org()) + "/developers/" + world.developer("PREPAID") + "/developer-balances";

        Api.Response first = reload(path, "bad", "-1").expectError(400, "mint.invalidRequest");
        Api.Response again = reload(path, "bad", "-1").expectError(400, "mint.invalidRequest");

        assertThat(again.body()).isEqualTo(first.body());
    }

    @Test
    void shouldAnswerConflictWhileTheFirstRequestIsInProgress() {
        Scenario world = scenario.organization().currency("USD");
        String org = world.org();
        String path = Scenario.mint(org) + "/developers/" + world.developer("PREPAID") + "/developer-balances";
        reload(path, "running", "100").expectStatus(200);
        jdbc.sql("UPDATE idempotency_keys SET state = 'IN_PROGRESS', created_at = now() WHERE org_id = ?")
                .param(org).update();

        reload(path, "running", "100").expectError(409, "mint.idempotencyRequestInProgress");
    }

    @Test
    void shouldRefuseOverlongKeys() {
        Scenario world = scenario.organization().currency("USD");
        String path = Scenario.mint(world.org()) + "/developers/" + world.developer("PREPAID") + "/developer-balances";

        reload(path, "k".repeat(256), "100").expectError(400, "mint.invalidRequest");
    }
}
