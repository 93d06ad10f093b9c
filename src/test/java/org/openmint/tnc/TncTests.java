package org.openmint.tnc;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openmint.Api;
import org.openmint.Fixtures;
import org.openmint.IntegrationTestSupport;
import org.openmint.scenario.UserBody;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmint.Fixtures.comparable;
import static org.openmint.scenario.Scenario.mint;

/** Terms and conditions of an organization: create, list (current), read, replace, delete, and who may. */
class TncTests extends IntegrationTestSupport {

    static final String FIXTURES = "mint/organizations/phpunit/tncs/";
    static final String LOREM = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor "
            + "incididunt ut labore et dolore magna aliqua.";

    static String tncs(String org) {
        return mint(org) + "/tncs";
    }

    /** A T&C as Apigee's PHP client sends it on create: no id, the organization by reference. */
    static String body(String org, String startDate, String version) {
        return """
                {"organization": {"id": "%s"}, "startDate": "%s", "tncText": "%s", "url": "http://example.com",
                 "version": "%s"}""".formatted(org, startDate, LOREM, version);
    }

    /** The same with this id. */
    static String body(String org, String id, String startDate, String version) {
        return "{\"id\": \"" + id + "\", " + body(org, startDate, version).substring(1);
    }

    private String create(String org, String startDate, String version) {
        return api.post(tncs(org), body(org, startDate, version)).expectStatus(201).json().get("id").asString();
    }

    private static void assertInvalid(Api.Response response, String field) {
        JsonNode error = response.expectError(400, "mint.invalidRequest").json();
        assertThat(error.get("contexts").get(0).get("name").asString()).as(error.toString()).isEqualTo(field);
    }

    @Test
    void shouldCreateTncShapedLikeTheFixture() {
        String org = scenario.organizationLikeTheFixture().org();

        JsonNode created = api.post(tncs(org), body(org, "2017-12-31 16:15:59", "1.0")).expectStatus(201).json();

        Fixtures.assertSameShape(comparable(Fixtures.load(FIXTURES + "POST.json")), comparable(created), Set.of());
        assertThat(UUID.fromString(created.get("id").asString())).isNotNull();
        // in the organization's time zone (Australia/Eucla) both ways, as the SDK converts it
        assertThat(created.get("startDate").asString()).isEqualTo("2017-12-31 16:15:59");
        assertThat(created.get("tncText").asString()).isEqualTo(LOREM);
        assertThat(created.get("url").asString()).isEqualTo("http://example.com");
        assertThat(created.get("version").isString()).isTrue();
        assertThat(created.get("version").asString()).isEqualTo("1.0");
        assertThat(created.get("organization")).isEqualTo(api.get(mint(org)).json());
        JsonNode read = api.get(tncs(org) + "/" + created.get("id").asString()).expectStatus(200).json();
        assertThat(read).isEqualTo(created);
        Fixtures.assertSameShape(comparable(Fixtures.load(FIXTURES + "phpunit/GET.json")), comparable(read),
                Set.of());
    }

    @Test
    void shouldKeepTheIdGivenAndRefuseItTwice() {
        String org = scenario.organization().org();

        JsonNode created = api.post(tncs(org), body(org, "phpunit", "2018-01-01 00:00:59", "1.0")).expectStatus(201)
                .json();
        api.post(tncs(org), body(org, "phpunit", "2019-01-01", "2.0")).expectError(409, "mint.duplicateEntity");

        assertThat(created.get("id").asString()).isEqualTo("phpunit");
        JsonNode list = api.get(tncs(org)).expectStatus(200).json();
        assertThat(list.get("totalRecords").asInt()).isEqualTo(1);
        assertThat(list.get("tnc").get(0)).isEqualTo(created);
    }

    @Test
    void shouldReadADayAsMidnightAndTheSdkDescriptionAsText() {
        String org = scenario.organization().org();

        JsonNode created = api.post(tncs(org), """
                {"description": "Sample text for the T&C", "version": "1.1", "startDate": "2018-09-24"}""")
                .expectStatus(201).json();

        assertThat(created.get("startDate").asString()).isEqualTo("2018-09-24 00:00:00");
        assertThat(created.get("tncText").asString()).isEqualTo("Sample text for the T&C");
        assertThat(created.has("url")).isFalse();
        assertThat(created.has("description")).isFalse();
    }

    @Test
    void shouldListByStartDateWithPagingAndTheCurrentOne() {
        String org = scenario.organizationLikeTheFixture().org();
        String future = create(org, "2099-01-01", "3.0");
        String first = create(org, "2018-01-01 00:00:59", "1.0");
        String current = create(org, "2018-12-01", "2.0");

        Api.Response all = api.get(tncs(org) + "?all=true").expectStatus(200);
        JsonNode page = api.get(tncs(org) + "?page=2&size=1").expectStatus(200).json();
        Api.Response currentOnly = api.get(tncs(org) + "?all=true&current=true").expectStatus(200);

        assertThat(all.listField("tnc", "id")).containsExactly(first, current, future);
        assertThat(all.json().get("totalRecords").asInt()).isEqualTo(3);
        Fixtures.assertSameShape(comparable(Fixtures.load(FIXTURES + "GET.json")), comparable(all.json()),
                Set.of("url", "tncText"));
        assertThat(page.get("tnc")).hasSize(1);
        assertThat(page.get("tnc").get(0).get("id").asString()).isEqualTo(current);
        assertThat(page.get("totalRecords").asInt()).isEqualTo(3);
        assertThat(currentOnly.listField("tnc", "id")).containsExactly(current);
        assertThat(currentOnly.json().get("totalRecords").asInt()).isEqualTo(1);
        assertThat(api.get(tncs(org) + "?current=false").json().get("totalRecords").asInt()).isEqualTo(3);
    }

    @Test
    void shouldHaveNoCurrentTncBeforeTheFirstStarts() {
        String org = scenario.organization().org();
        String empty = "{\"tnc\":[],\"totalRecords\":0}";

        assertThat(api.get(tncs(org) + "?current=true").expectStatus(200).body()).isEqualTo(empty);
        assertThat(api.get(tncs(org)).expectStatus(200).body()).isEqualTo(empty);
        create(org, "2099-01-01", "1.0");
        assertThat(api.get(tncs(org) + "?current=true").expectStatus(200).body()).isEqualTo(empty);
    }

    @Test
    void shouldReplaceEveryFieldOnPut() {
        String org = scenario.organizationLikeTheFixture().org();
        String id = create(org, "2018-01-01 00:00:59", "1.0");

        JsonNode updated = api.put(tncs(org) + "/" + id, """
                {"id": "%s", "organization": {"id": "%s"}, "startDate": "2018-01-01 00:00:59",
                 "tncText": "Maecenas tristique vulputate leo porta sagittis.", "url": "http://foo.example.com",
                 "version": "2.0"}""".formatted(id, org)).expectStatus(200).json();
        JsonNode cleared = api.put(tncs(org) + "/" + id, """
                {"startDate": "2019-02-03 04:05:06", "version": "2.1"}""").expectStatus(200).json();

        Fixtures.assertSameShape(comparable(Fixtures.load(FIXTURES + "phpunit/PUT.json")), comparable(updated),
                Set.of());
        assertThat(updated.get("url").asString()).isEqualTo("http://foo.example.com");
        assertThat(updated.get("tncText").asString()).isEqualTo("Maecenas tristique vulputate leo porta sagittis.");
        assertThat(updated.get("version").asString()).isEqualTo("2.0");
        assertThat(cleared.has("url")).isFalse();
        assertThat(cleared.has("tncText")).isFalse();
        assertThat(cleared.get("startDate").asString()).isEqualTo("2019-02-03 04:05:06");
        assertThat(api.get(tncs(org) + "/" + id).expectStatus(200).json()).isEqualTo(cleared);
    }

    @Test
    void shouldDeleteATncNobodyAccepted() {
        String org = scenario.organization().org();
        String id = create(org, "2018-01-01", "1.0");
        String kept = create(org, "2019-01-01", "2.0");

        Api.Response deleted = api.delete(tncs(org) + "/" + id).expectStatus(204);

        assertThat(deleted.body()).isEmpty();
        api.get(tncs(org) + "/" + id).expectError(404, "mint.resourceDoesNotExist");
        api.delete(tncs(org) + "/" + id).expectError(404, "mint.resourceDoesNotExist");
        assertThat(api.get(tncs(org)).listField("tnc", "id")).containsExactly(kept);
    }

    @Test
    void shouldAnswerNotFoundForUnknownTncsAndOrganizations() {
        String org = scenario.organization().org();
        String missingOrg = "org-missing-" + UUID.randomUUID().toString().substring(0, 8);

        api.get(tncs(org) + "/nope").expectError(404, "mint.resourceDoesNotExist");
        api.put(tncs(org) + "/nope", body(org, "2018-01-01", "1.0")).expectError(404, "mint.resourceDoesNotExist");
        api.delete(tncs(org) + "/nope").expectError(404, "mint.resourceDoesNotExist");
        api.get(tncs(missingOrg)).expectError(404, "mint.resourceDoesNotExist");
        api.post(tncs(missingOrg), body(missingOrg, "2018-01-01", "1.0"))
                .expectError(404, "mint.resourceDoesNotExist");
        assertThat(api.get(tncs(org)).json().get("totalRecords").asInt()).isZero();
    }

    @Test
    void shouldRefuseInvalidTncs() {
        String org = scenario.organization().org();
        String valid = body(org, "2018-01-01", "1.0");
        String id = create(org, "2018-01-01", "1.0");

        assertInvalid(api.post(tncs(org), valid.replace("\"version\": \"1.0\"", "\"zz\": 1")), "version");
        assertInvalid(api.post(tncs(org), valid.replace("\"version\": \"1.0\"", "\"version\": \"  \"")), "version");
        assertInvalid(api.post(tncs(org), valid.replace("\"version\": \"1.0\"", "\"version\": \"" + "9".repeat(256)
                + "\"")), "version");
        assertInvalid(api.post(tncs(org), valid.replace("\"startDate\": \"2018-01-01\"", "\"zz\": 1")), "startDate");
        for (String date : List.of("2018-13-01", "24/09/2018", "2018-02-30 00:00:00", "2018-01-01T00:00:00Z",
                "tomorrow")) {
            assertInvalid(api.post(tncs(org), body(org, date, "1.0")), "startDate");
        }
        assertInvalid(api.post(tncs(org), valid.replace("\"id\": \"" + org + "\"", "\"id\": \"other\"")),
                "organization");
        assertInvalid(api.post(tncs(org), body(org, "bad id!", "2018-01-01", "1.0")), "id");
        assertInvalid(api.post(tncs(org), valid.replace("\"http://example.com\"", "\"http://x/" + "a".repeat(2048)
                + "\"")), "url");
        assertInvalid(api.put(tncs(org) + "/" + id, body(org, "other", "2018-01-01", "1.0")), "id");
        api.post(tncs(org), "{\"version\": {}}").expectError(400, "mint.invalidRequest");
        api.post(tncs(org), "[]").expectError(400, "mint.invalidRequest");

        assertThat(api.get(tncs(org)).listField("tnc", "id")).containsExactly(id);
        assertThat(api.get(tncs(org) + "/" + id).json().get("version").asString()).isEqualTo("1.0");
    }

    @Test
    void shouldLetReadonlyUsersReadAndOnlyOrgadminsWrite() {
        String org = scenario.organization().org();
        String other = scenario.organization().org();
        String id = create(org, "2018-01-01", "1.0");
        String developer = scenario.in(org).developer();
        Api reader = api.as(scenario.user(Map.of(org, "readonly")), UserBody.PASSWORD);
        Api admin = api.as(scenario.user(Map.of(org, "orgadmin")), UserBody.PASSWORD);
        Api stranger = api.as(scenario.user(Map.of(other, "orgadmin")), UserBody.PASSWORD);
        String accept = mint(org) + "/developers/" + developer + "/tncs/" + id + "/developer-tncs";

        reader.get(tncs(org)).expectStatus(200);
        reader.get(tncs(org) + "/" + id).expectStatus(200);
        reader.get(mint(org) + "/developers/" + developer + "/developer-tncs").expectStatus(200);
        reader.post(tncs(org), body(org, "2019-01-01", "2.0")).expectError(403, "mint.forbidden");
        reader.put(tncs(org) + "/" + id, body(org, "2019-01-01", "2.0")).expectError(403, "mint.forbidden");
        reader.delete(tncs(org) + "/" + id).expectError(403, "mint.forbidden");
        reader.post(accept, "{\"action\": \"ACCEPTED\"}").expectError(403, "mint.forbidden");
        stranger.get(tncs(org)).expectError(403, "mint.forbidden");
        stranger.post(accept, "{\"action\": \"ACCEPTED\"}").expectError(403, "mint.forbidden");
        assertThat(api.get(tncs(org) + "/" + id).json().get("version").asString()).isEqualTo("1.0");
        assertThat(api.get(mint(org) + "/developers/" + developer + "/developer-tncs").json().get("totalRecords")
                .asInt()).isZero();

        String created = admin.post(tncs(org), body(org, "2019-01-01", "2.0")).expectStatus(201).json().get("id")
                .asString();
        admin.put(tncs(org) + "/" + created, body(org, "2019-01-01", "2.1")).expectStatus(200);
        admin.post(accept, "{\"action\": \"ACCEPTED\"}").expectStatus(200);
        admin.delete(tncs(org) + "/" + created).expectStatus(204);
        assertThat(api.get(tncs(org)).listField("tnc", "id")).containsExactly(id);
    }
}
