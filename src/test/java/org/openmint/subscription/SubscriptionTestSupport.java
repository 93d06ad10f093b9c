package org.openmint.subscription;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;

import org.openmint.Api;
import org.openmint.IntegrationTestSupport;
import org.openmint.scenario.Scenario;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.openmint.scenario.Scenario.mint;

/**
 * Paths, acceptance bodies and balance reads of the accepted-plan tests, whose organizations are in the
 * fixtures' time zone (Australia/Eucla, UTC+08:45) and whose data {@link #scenario} makes.
 */
abstract class SubscriptionTestSupport extends IntegrationTestSupport {

    static final ZoneId EUCLA = ZoneId.of("Australia/Eucla");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** {@code .../developers/{id}} or {@code .../companies/{name}} in the mint API. */
    static String account(String org, String kind, String id) {
        return mint(org) + "/" + kind + "/" + id;
    }

    static String ratePlans(String org, String kind, String id) {
        return account(org, kind, id) + "/developer-rateplans";
    }

    static String acceptedPlans(String org, String kind, String id) {
        return account(org, kind, id) + "/developer-accepted-rateplans";
    }

    /** Today in the organization's time zone. */
    static LocalDate today() {
        return LocalDate.now(EUCLA);
    }

    /** A day relative to today in the organization's time zone, as {@code YYYY-MM-DD}. */
    static String day(int fromToday) {
        return today().plusDays(fromToday).toString();
    }

    /**
     * The fixtures' catalog ({@link Scenario#fixtureCatalog}: product {@code phpunit} in package
     * {@code phpunit}) with a second product, {@code other}, in no package yet.
     */
    protected Scenario newCatalog() {
        return scenario.fixtureCatalog().product("other");
    }

    /** The USD balance ({@code amount}, {@code usage}) of an account, or null without one. */
    protected JsonNode usdBalance(String org, String kind, String id) {
        JsonNode balances = api.get(account(org, kind, id) + "/developer-balances").expectStatus(200).json()
                .get("developerBalance");
        return balances.isEmpty() ? null : balances.get(0);
    }

    /** An acceptance body as Apigee's PHP client sends it; {@code endDate} null leaves it out. */
    static String acceptance(String developer, String ratePlan, String startDate, String endDate,
            String... more) {
        ObjectNode body = JSON.createObjectNode();
        body.putObject("developer").put("id", developer);
        body.putObject("ratePlan").put("id", ratePlan);
        body.put("startDate", startDate);
        if (endDate != null) {
            body.put("endDate", endDate);
        }
        for (int i = 0; i + 1 < more.length; i += 2) {
            body.put(more[i], more[i + 1]);
        }
        return body.toString();
    }

    /** Accepts a plan and returns the accepted plan. */
    protected JsonNode accept(String org, String kind, String id, String body) {
        return api.post(ratePlans(org, kind, id), body).expectStatus(201).json();
    }

    /** The amount in the last {@code [...]} of an error message. */
    static BigDecimal bracketedAmount(Api.Response response) {
        String message = response.json().get("message").asString();
        return new BigDecimal(message.substring(message.lastIndexOf('[') + 1, message.lastIndexOf(']')));
    }
}
