package org.openmint.subscription;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openmint.Api;
import org.openmint.Fixtures;
import org.openmint.developer.DeveloperService;
import org.openmint.scenario.CompanyBody;
import org.openmint.scenario.DeveloperBody;
import org.openmint.scenario.RatePlanBody;
import org.openmint.scenario.Scenario;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fees of an acceptance (spec §9.3, Part I #11, #17): a plan that starts today pays its setup fee and,
 * billed in advance, its first recurring fee through the ledger, all or nothing; later plans pay nothing now.
 */
class AcceptanceFeesTests extends SubscriptionTestSupport {

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private DeveloperService developers;

    /** The internal id of a developer or company (a company's is not shown by the API). */
    private String accountId(String org, String kind, String id) {
        return (kind.equals("companies") ? developers.requireCompany(org, id) : developers.requireDeveloper(org, id))
                .id();
    }

    /** The plan's fees: setup 10.5, recurring 5.25 billed in advance. */
    private Scenario catalogWithFees() {
        return newCatalog().ratePlan(RatePlanBody.published("paid").setUpFee("10.5").recurringFee("5.25")
                .with("advance", true));
    }

    /** The account's ledger rows as (entry type, usage), oldest first. */
    private List<Map.Entry<String, BigDecimal>> ledger(String org, String kind, String id) {
        String accountId = accountId(org, kind, id);
        return jdbc.sql("""
                SELECT entry_type, usage FROM ledger_entries
                WHERE org_id = ? AND developer_id = CAST(? AS UUID) ORDER BY created_at, entry_type DESC""")
                .params(org, accountId)
                .query((rs, row) -> Map.entry(rs.getString("entry_type"), rs.getBigDecimal("usage"))).list();
    }

    /** The account's fee transactions as (type, rate, rate plan). */
    private List<List<Object>> feeTransactions(String org, String kind, String id) {
        String accountId = accountId(org, kind, id);
        return jdbc.sql("""
                SELECT tx_type, rate, rate_plan_id FROM transactions
                WHERE org_id = ? AND developer_id = CAST(? AS UUID) ORDER BY tx_type DESC""")
                .params(org, accountId)
                .query((rs, row) -> List.<Object>of(rs.getString("tx_type"),
                        rs.getBigDecimal("rate").stripTrailingZeros()
                                .toPlainString(),
                        rs.getString("rate_plan_id")))
                .list();
    }

    @Test
    void shouldChargeSetupAndFirstRecurringFeeWhenThePlanStartsToday() {
        Scenario world = catalogWithFees();
        String org = world.org();
        String dev = world.developer(DeveloperBody.likeTheFixture("PREPAID"));
        world.reload(dev, "100");

        accept(org, "developers", dev, acceptance(dev, "paid", day(0), null));

        JsonNode balance = usdBalance(org, "developers", dev);
        Fixtures.assertMoney(balance.get("amount"), "100");
        Fixtures.assertMoney(balance.get("usage"), "15.75");
        assertThat(ledger(org, "developers", dev)).extracting(Map.Entry::getKey)
                .containsExactly("RELOAD", "SETUPFEES", "RECURRINGFEES");
        assertThat(ledger(org, "developers", dev).get(1).getValue()).isEqualByComparingTo("10.5");
        assertThat(ledger(org, "developers", dev).get(2).getValue()).isEqualByComparingTo("5.25");
        assertThat(feeTransactions(org, "developers", dev)).containsExactly(
                List.of("SETUPFEES", "10.5", "paid"), List.of("RECURRINGFEES", "5.25", "paid"));
    }

    @Test
    void shouldChargeOnlyTheSetupFeeOfAPlanBilledInArrears() {
        Scenario world = newCatalog()
                .ratePlan(RatePlanBody.published("arrears").setUpFee("7").recurringFee("5.25").with("advance", false));
        String org = world.org();
        String company = world.company(CompanyBody.likeTheFixture("PREPAID"));
        world.reloadCompany(company, "10");

        accept(org, "companies", company, acceptance(company, "arrears", day(0), null));

        Fixtures.assertMoney(usdBalance(org, "companies", company).get("usage"), "7");
        assertThat(feeTransactions(org, "companies", company)).containsExactly(List.of("SETUPFEES", "7", "arrears"));
    }

    @Test
    void shouldWaiveTheSetupFeeOnRequest() {
        Scenario world = catalogWithFees();
        String org = world.org();
        String dev = world.developer(DeveloperBody.likeTheFixture("PREPAID"));
        world.reload(dev, "10");

        api.post(ratePlans(org, "developers", dev) + "?waivefees=true", acceptance(dev, "paid", day(0), null))
                .expectStatus(201);

        Fixtures.assertMoney(usdBalance(org, "developers", dev).get("usage"), "5.25");
        assertThat(feeTransactions(org, "developers", dev)).containsExactly(List.of("RECURRINGFEES", "5.25", "paid"));
    }

    @Test
    void shouldRefuseAPrepaidAccountThatCannotPayAndChangeNothing() {
        Scenario world = catalogWithFees();
        String org = world.org();
        String dev = world.developer(DeveloperBody.likeTheFixture("PREPAID"));
        String broke = world.developer(DeveloperBody.likeTheFixture("PREPAID"));
        world.reload(dev, "15.7");

        Api.Response refused = api.post(ratePlans(org, "developers", dev), acceptance(dev, "paid", day(0), null))
                .expectError(400, "mint.insufficientFunds");
        Api.Response noBalance = api.post(ratePlans(org, "developers", broke), acceptance(broke, "paid", day(0), null))
                .expectError(400, "mint.insufficientFunds");
        Api.Response waived = api.post(ratePlans(org, "developers", broke) + "?waivefees=true",
                acceptance(broke, "paid", day(0), null)).expectError(400, "mint.insufficientFunds");

        assertThat(refused.json().get("message").asString()).endsWith("]");
        assertThat(bracketedAmount(refused)).isEqualByComparingTo("15.75");
        assertThat(bracketedAmount(noBalance)).isEqualByComparingTo("15.75");
        assertThat(bracketedAmount(waived)).isEqualByComparingTo("5.25");
        JsonNode balance = usdBalance(org, "developers", dev);
        Fixtures.assertMoney(balance.get("amount"), "15.7");
        Fixtures.assertMoney(balance.get("usage"), "0");
        assertThat(ledger(org, "developers", dev)).extracting(Map.Entry::getKey).containsExactly("RELOAD");
        assertThat(usdBalance(org, "developers", broke)).isNull();
        assertThat(feeTransactions(org, "developers", dev)).isEmpty();
        assertThat(api.get(acceptedPlans(org, "developers", dev)).json().get("totalRecords").asInt()).isZero();
        assertThat(api.get(acceptedPlans(org, "developers", broke)).json().get("totalRecords").asInt()).isZero();
    }

    @Test
    void shouldCountTheAutomaticReloadAsMoneyThePrepaidAccountCanPay() {
        Scenario world = catalogWithFees();
        String org = world.org();
        String dev = world.developer(DeveloperBody.likeTheFixture("PREPAID"));
        world.provider("worldpay");
        world.reload(dev, "10");
        api.post(account(org, "developers", dev) + "/developer-balances/recurring-setup?supportedCurrencyId=usd", """
                {"providerId": "worldpay", "isRecurring": "true", "replenishAmount": 5, "recurringAmount": 20}""")
                .expectStatus(200);

        accept(org, "developers", dev, acceptance(dev, "paid", day(0), null));

        JsonNode balance = usdBalance(org, "developers", dev);
        Fixtures.assertMoney(balance.get("usage"), "15.75");
        assertThat(new BigDecimal(balance.get("amount").toString()).subtract(new BigDecimal("15.75")).signum())
                .isNotNegative();
        assertThat(ledger(org, "developers", dev)).extracting(Map.Entry::getKey).contains("AUTO_RELOAD");
    }

    @Test
    void shouldChargeNothingForAPlanStartingLaterOrWithoutFees() {
        Scenario world = catalogWithFees().monetizationPackage("free", "other")
                .ratePlan(RatePlanBody.published("free").in("free"));
        String org = world.org();
        String dev = world.developer(DeveloperBody.likeTheFixture("PREPAID"));

        accept(org, "developers", dev, acceptance(dev, "paid", day(1), null));
        accept(org, "developers", dev, acceptance(dev, "free", day(0), null));

        assertThat(usdBalance(org, "developers", dev)).isNull();
        assertThat(feeTransactions(org, "developers", dev)).isEmpty();
        assertThat(api.get(acceptedPlans(org, "developers", dev)).json().get("totalRecords").asInt()).isEqualTo(2);
    }

    @Test
    void shouldChargeAPostpaidAccountWithoutAFundsCheck() {
        Scenario world = catalogWithFees();
        String org = world.org();
        String dev = world.developer(DeveloperBody.likeTheFixture("POSTPAID"));

        accept(org, "developers", dev, acceptance(dev, "paid", day(0), null));

        Fixtures.assertMoney(usdBalance(org, "developers", dev).get("usage"), "15.75");
        assertThat(feeTransactions(org, "developers", dev)).hasSize(2);
    }

    @Test
    void shouldAcceptAtMostOncePerIdempotencyKey() {
        Scenario world = catalogWithFees();
        String org = world.org();
        String dev = world.developer(DeveloperBody.likeTheFixture("PREPAID"));
        world.reload(dev, "100");
        String body = acceptance(dev, "paid", day(0), null);

        Api.Response first = api.send("POST", ratePlans(org, "developers", dev), body, "application/json",
                "Idempotency-Key", "accept-1");
        Api.Response repeat = api.send("POST", ratePlans(org, "developers", dev), body, "application/json",
                "Idempotency-Key", "accept-1");
        Api.Response other = api.send("POST", ratePlans(org, "developers", dev),
                acceptance(dev, "paid", day(1), null), "application/json", "Idempotency-Key", "accept-1");

        first.expectStatus(201);
        repeat.expectStatus(201);
        other.expectError(422, "mint.idempotencyKeyReused");
        assertThat(repeat.json()).isEqualTo(first.json());
        assertThat(repeat.raw().headers().firstValue("Idempotent-Replayed")).hasValue("true");
        Fixtures.assertMoney(usdBalance(org, "developers", dev).get("usage"), "15.75");
        assertThat(api.get(acceptedPlans(org, "developers", dev)).json().get("totalRecords").asInt()).isEqualTo(1);
    }
}
