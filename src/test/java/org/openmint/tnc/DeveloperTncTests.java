package org.openmint.tnc;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openmint.Api;
import org.openmint.Fixtures;
import org.openmint.IntegrationTestSupport;
import org.openmint.scenario.CompanyBody;
import org.openmint.scenario.DeveloperBody;
import org.openmint.scenario.RatePlanBody;
import org.openmint.scenario.Scenario;
import org.openmint.web.Timestamps;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmint.Fixtures.comparable;
import static org.openmint.scenario.Scenario.mint;
import static org.openmint.tnc.TncTests.body;
import static org.openmint.tnc.TncTests.tncs;

/** Developers and companies accepting and declining T&Cs, their history, and what that history holds back. */
class DeveloperTncTests extends IntegrationTestSupport {

    private static final String DEVELOPER_FIXTURE = "mint/organizations/phpunit/developers/phpunit@example.com/"
            + "developer-tncs/GET.json";
    private static final String COMPANY_FIXTURE = "mint/organizations/phpunit/companies/phpunit/developer-tncs/GET.json";
    /** What the PHP client sends: the action and the time now, in UTC, which the service does not keep. */
    private static final String ACCEPT = "{\"action\": \"ACCEPTED\", \"auditDate\": \"2026-03-01 10:15:00\"}";
    private static final String DECLINE = "{\"action\": \"DECLINED\", \"auditDate\": \"2026-03-01 10:15:00\"}";

    private static String account(String org, String kind, String id) {
        return mint(org) + "/" + kind + "/" + id;
    }

    private static String actionPath(String org, String kind, String id, String tncId) {
        return account(org, kind, id) + "/tncs/" + tncId + "/developer-tncs";
    }

    private static String history(String org, String kind, String id) {
        return account(org, kind, id) + "/developer-tncs";
    }

    private void tnc(String org, String id, String startDate) {
        api.post(tncs(org), body(org, id, startDate, id)).expectStatus(201);
    }

    /** Registers a developer (its email URL-encoded, as the SDK sends it) or a company; answers the path key. */
    private static String newAccount(Scenario world, String kind) {
        return kind.equals("companies")
                ? world.company(CompanyBody.fresh())
                : world.developer(DeveloperBody.fresh()).replace("@", "%40");
    }

    @ParameterizedTest
    @ValueSource(strings = {"developers", "companies"})
    void shouldAcceptAndDeclineAsTheSdkDoesAndListTheHistoryNewestFirst(String kind) {
        Scenario world = scenario.organizationLikeTheFixture();
        String org = world.org();
        tnc(org, "phpunit", "2018-01-01 00:00:59");
        String id = newAccount(world, kind);
        Instant before = Instant.now().minusSeconds(1);

        JsonNode accepted = api.post(actionPath(org, kind, id, "phpunit"), ACCEPT).expectStatus(200).json();
        JsonNode declined = api.post(actionPath(org, kind, id, "phpunit"), DECLINE).expectStatus(200).json();
        JsonNode list = api.get(history(org, kind, id)).expectStatus(200).json();

        JsonNode fixture = Fixtures.load(kind.equals("companies") ? COMPANY_FIXTURE : DEVELOPER_FIXTURE);
        Fixtures.assertSameShape(comparable(fixture.get("developerTnc").get(0)), comparable(accepted), Set.of());
        Fixtures.assertSameShape(comparable(fixture), comparable(list), Set.of());
        assertThat(accepted.get("action").asString()).isEqualTo("ACCEPTED");
        assertThat(declined.get("action").asString()).isEqualTo("DECLINED");
        assertThat(UUID.fromString(accepted.get("id").asString())).isNotEqualTo(
                UUID.fromString(declined.get("id").asString()));
        // the server's time in UTC, whatever the client sent
        Instant audit = LocalDateTime.parse(accepted.get("auditDate").asString(), Timestamps.FORMAT)
                .toInstant(ZoneOffset.UTC);
        assertThat(audit).isBetween(before.truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
                Instant.now().plus(Duration.ofSeconds(1)));
        assertThat(accepted.get("tnc")).isEqualTo(api.get(tncs(org) + "/phpunit").json());
        assertThat(list.get("totalRecords").asInt()).isEqualTo(2);
        assertThat(list.get("developerTnc").get(0)).isEqualTo(declined);
        assertThat(list.get("developerTnc").get(1)).isEqualTo(accepted);
    }

    @Test
    void shouldFindADeveloperByIdAndKeepEachAccountsHistoryApart() {
        Scenario world = scenario.organization();
        String org = world.org();
        tnc(org, "v1", "2018-01-01");
        DeveloperBody developer = DeveloperBody.fresh();
        String developerId = world.developerId(developer);
        String company = world.company();
        String other = world.developer();

        JsonNode byId = api.post(actionPath(org, "developers", developerId, "v1"), ACCEPT).expectStatus(200).json();
        api.post(actionPath(org, "companies", company, "v1"), DECLINE).expectStatus(200);

        JsonNode byEmail = api.get(history(org, "developers", developer.email().toUpperCase())).expectStatus(200)
                .json();
        assertThat(byEmail.get("developerTnc")).hasSize(1);
        assertThat(byEmail.get("developerTnc").get(0)).isEqualTo(byId);
        assertThat(api.get(history(org, "companies", company)).json().get("developerTnc").get(0).get("action")
                .asString()).isEqualTo("DECLINED");
        assertThat(api.get(history(org, "developers", other)).expectStatus(200).body())
                .isEqualTo("{\"developerTnc\":[],\"totalRecords\":0}");
    }

    @Test
    void shouldListOnlyTheEntriesOfTheCurrentTncWithCurrentTrue() {
        Scenario world = scenario.organization();
        String org = world.org();
        tnc(org, "old", "2018-01-01");
        tnc(org, "current", "2020-06-01 12:00:00");
        tnc(org, "future", "2099-01-01");
        String developer = world.developer();

        api.post(actionPath(org, "developers", developer, "old"), ACCEPT).expectStatus(200);
        String first = api.post(actionPath(org, "developers", developer, "current"), ACCEPT).expectStatus(200).json()
                .get("id").asString();
        api.post(actionPath(org, "developers", developer, "future"), DECLINE).expectStatus(200);
        String last = api.post(actionPath(org, "developers", developer, "current"), DECLINE).expectStatus(200).json()
                .get("id").asString();

        Api.Response current = api.get(history(org, "developers", developer) + "?current=true").expectStatus(200);
        Api.Response all = api.get(history(org, "developers", developer) + "?current=false").expectStatus(200);

        assertThat(current.listField("developerTnc", "id")).containsExactly(last, first);
        assertThat(current.json().get("totalRecords").asInt()).isEqualTo(2);
        assertThat(current.json().get("developerTnc").get(0).get("tnc").get("id").asString()).isEqualTo("current");
        assertThat(all.json().get("totalRecords").asInt()).isEqualTo(4);
        assertThat(all.listField("developerTnc", "action")).containsExactly("DECLINED", "DECLINED", "ACCEPTED",
                "ACCEPTED");
    }

    @Test
    void shouldListNothingWithCurrentTrueBeforeAnyTncStarts() {
        Scenario world = scenario.organization();
        String org = world.org();
        tnc(org, "future", "2099-01-01");
        String developer = world.developer();

        JsonNode entry = api.post(actionPath(org, "developers", developer, "future"), ACCEPT).expectStatus(200).json();

        assertThat(api.get(history(org, "developers", developer) + "?current=true").expectStatus(200).body())
                .isEqualTo("{\"developerTnc\":[],\"totalRecords\":0}");
        assertThat(api.get(history(org, "developers", developer)).json().get("developerTnc").get(0)).isEqualTo(entry);
    }

    @Test
    void shouldRefuseBadActionsAndUnknownAccountsOrTncs() {
        Scenario world = scenario.organization();
        String org = world.org();
        tnc(org, "v1", "2018-01-01");
        String developer = world.developer();
        String company = world.company();
        String path = actionPath(org, "developers", developer, "v1");

        for (String body : List.of("{\"action\": \"MAYBE\"}", "{\"action\": \"\"}", "{\"auditDate\": \"2026-03-01\"}",
                "{\"action\": null}")) {
            JsonNode error = api.post(path, body).expectError(400, "mint.invalidRequest").json();
            assertThat(error.get("contexts").get(0).get("name").asString()).isEqualTo("action");
        }
        JsonNode error = api.post(path, "{\"action\": \"ACCEPTED\", \"auditDate\": \"yesterday\"}")
                .expectError(400, "mint.invalidRequest").json();
        assertThat(error.get("contexts").get(0).get("name").asString()).isEqualTo("auditDate");
        api.post(path, "{\"action\": {}}").expectError(400, "mint.invalidRequest");
        api.post(path, "").expectError(400, "mint.invalidRequest");
        api.post(actionPath(org, "developers", developer, "nope"), ACCEPT).expectError(404,
                "mint.resourceDoesNotExist");
        api.post(actionPath(org, "developers", "nobody@example.com", "v1"), ACCEPT)
                .expectError(404, "mint.resourceDoesNotExist");
        api.post(actionPath(org, "developers", company, "v1"), ACCEPT).expectError(404, "mint.resourceDoesNotExist");
        api.post(actionPath(org, "companies", "no-company", "v1"), ACCEPT).expectError(404,
                "mint.resourceDoesNotExist");
        api.get(history(org, "developers", "nobody@example.com")).expectError(404, "mint.resourceDoesNotExist");
        api.get(history(org, "companies", "no-company")).expectError(404, "mint.resourceDoesNotExist");
        api.get(history(org, "developers", developer) + "?current=maybe").expectError(400, "mint.invalidRequest");
        assertThat(api.get(history(org, "developers", developer)).json().get("totalRecords").asInt()).isZero();

        // no auditDate and a lower-case action are fine: the server keeps its own time
        JsonNode entry = api.post(path, "{\"action\": \"accepted\"}").expectStatus(200).json();
        assertThat(entry.get("action").asString()).isEqualTo("ACCEPTED");
    }

    @Test
    void shouldKeepTheTncAndTheAccountsWhileTheirHistoryRecordsThem() {
        Scenario world = scenario.organization();
        String org = world.org();
        tnc(org, "v1", "2018-01-01");
        String developer = world.developer();
        String company = world.company();
        api.post(actionPath(org, "developers", developer, "v1"), ACCEPT).expectStatus(200);
        api.post(actionPath(org, "companies", company, "v1"), DECLINE).expectStatus(200);

        JsonNode error = api.delete(tncs(org) + "/v1").expectError(400, "mint.tncInUse").json();
        api.delete(Scenario.developers(org) + "/" + developer).expectError(400, "mint.developerInUse");
        api.delete(Scenario.companies(org) + "/" + company).expectError(400, "mint.developerInUse");

        assertThat(error.get("message").asString()).contains("v1");
        api.get(tncs(org) + "/v1").expectStatus(200);
        api.get(Scenario.developers(org) + "/" + developer).expectStatus(200);
        assertThat(api.get(history(org, "developers", developer)).json().get("totalRecords").asInt()).isEqualTo(1);
    }

    @Test
    void shouldNeverHoldBackMoneyOrPlansOfAnAccountThatDeclined() {
        Scenario world = scenario.fixtureCatalog().ratePlan(RatePlanBody.published("standard"));
        String org = world.org();
        tnc(org, "v1", "2018-01-01");
        String developer = world.developer(DeveloperBody.likeTheFixture("PREPAID"));
        api.post(actionPath(org, "developers", developer, "v1"), DECLINE).expectStatus(200);

        world.reload(developer, "20");
        JsonNode plan = world.acceptPlan(developer, "standard");

        assertThat(plan.get("ratePlan").get("id").asString()).isEqualTo("standard");
        JsonNode balance = api.get(mint(org) + "/developers/" + developer + "/developer-balances").expectStatus(200)
                .json().get("developerBalance").get(0);
        Fixtures.assertMoney(balance.get("amount"), "20");
    }
}
