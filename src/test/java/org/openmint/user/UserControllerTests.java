package org.openmint.user;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openmint.Api;
import org.openmint.IntegrationTestSupport;
import org.openmint.scenario.UserBody;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmint.scenario.UserBody.PASSWORD;
import static org.openmint.scenario.UserBody.newUsername;

class UserControllerTests extends IntegrationTestSupport {

    private static final String USERS = "/emulator/users";

    @Test
    void shouldCreateReadReplaceAndDeleteUsers() {
        String org = scenario.organization().org();
        String username = newUsername();

        Api.Response created = api
                .post(USERS, UserBody.json(username, PASSWORD, Map.of(org, "orgadmin", "not-yet", "READONLY")))
                .expectStatus(201);

        JsonNode user = created.json();
        assertThat(user.get("username").asString()).isEqualTo(username);
        assertThat(user.get("roles").properties()).hasSize(2);
        assertThat(user.get("roles").get(org).asString()).isEqualTo("orgadmin");
        assertThat(user.get("roles").get("not-yet").asString()).isEqualTo("readonly");
        assertThat(user.get("created").asString()).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
        assertThat(user.get("updated").asString()).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
        assertThat(user.propertyNames()).containsExactlyInAnyOrder("username", "roles", "created", "updated");
        assertThat(api.get(USERS + "/" + username).expectStatus(200).json()).isEqualTo(user);
        assertThat(api.get(USERS + "/" + username.toUpperCase()).expectStatus(200).json()).isEqualTo(user);

        JsonNode replaced = api.put(USERS + "/" + username, "{\"roles\": {\"" + org + "\": \"readonly\"}}")
                .expectStatus(200).json();

        assertThat(replaced.get("roles").properties()).hasSize(1);
        assertThat(replaced.get("roles").get(org).asString()).isEqualTo("readonly");
        assertThat(replaced.get("created")).isEqualTo(user.get("created"));
        api.as(username, PASSWORD).get("/v1/mint/organizations/" + org).expectStatus(200);
        api.as(username, PASSWORD).put("/v1/mint/organizations/" + org, "{\"name\": \"x\"}")
                .expectError(403, "mint.forbidden");

        api.delete(USERS + "/" + username).expectStatus(204);

        api.get(USERS + "/" + username).expectError(404, "mint.resourceDoesNotExist");
        api.delete(USERS + "/" + username).expectError(404, "mint.resourceDoesNotExist");
        api.put(USERS + "/" + username, UserBody.json(username, PASSWORD, Map.of())).expectError(404,
                "mint.resourceDoesNotExist");
    }

    @Test
    void shouldListUsersInTheEnvelopeByUsername() {
        String first = scenario.user(Map.of());
        String second = scenario.user(Map.of());

        JsonNode all = api.get(USERS + "?all=true").expectStatus(200).json();

        assertThat(all.propertyNames()).containsExactly("user", "totalRecords");
        List<String> names = api.get(USERS + "?all=true").listField("user", "username");
        assertThat(names).contains(first, second);
        assertThat(names).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
        assertThat(all.get("totalRecords").asLong()).isEqualTo(names.size());
        assertThat(names).doesNotContain(ADMIN);

        JsonNode page = api.get(USERS + "?size=1&page=2").expectStatus(200).json();
        assertThat(page.get("user")).hasSize(1);
        assertThat(page.get("user").get(0).get("username").asString()).isEqualTo(names.get(1));
        assertThat(page.get("totalRecords").asLong()).isEqualTo(names.size());
        api.get(USERS + "?size=0").expectError(400, "mint.invalidRequest");
    }

    @Test
    void shouldNeverReturnPasswordsOrTheirHashes() {
        String username = newUsername();
        String password = "a-very-distinctive-password";
        String org = scenario.organization().org();

        List<Api.Response> responses = List.of(
                api.post(USERS, UserBody.json(username, password, Map.of(org, "orgadmin"))).expectStatus(201),
                api.get(USERS + "/" + username).expectStatus(200),
                api.get(USERS + "?all=true").expectStatus(200),
                api.put(USERS + "/" + username, UserBody.json(username, password + "-2", Map.of())).expectStatus(200),
                api.post(USERS, UserBody.json(username, password, Map.of())).expectStatus(409),
                api.post(USERS, UserBody.json(newUsername(), "short", Map.of())).expectStatus(400));

        for (Api.Response response : responses) {
            assertThat(response.body()).doesNotContain(password)
                    .doesNotContainIgnoringCase("password\":").doesNotContain("$2a$").doesNotContain("$2b$");
        }
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void shouldNeverLogPasswordsOrCredentials(CapturedOutput output) {
        String org = scenario.organization().org();
        String username = newUsername();
        String password = "another-distinctive-password";
        api.post(USERS, UserBody.json(username, password, Map.of(org, "readonly"))).expectStatus(201);

        api.as(username, password).get("/v1/mint/organizations/" + org).expectStatus(200);
        api.as(username, password + "-wrong").get("/v1/mint/organizations/" + org).expectError(401,
                "mint.unauthorized");
        api.put(USERS + "/" + username, UserBody.json(username, password + "-new", Map.of())).expectStatus(200);

        String credentials = Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        assertThat(output.getAll()).doesNotContain(password).doesNotContain(credentials).doesNotContain(ADMIN_PASSWORD)
                .doesNotContain("$2a$");
    }

    @Test
    void shouldRefuseDuplicateUsernamesIgnoringCaseAndTheAdministratorsName() {
        String username = scenario.user(Map.of());

        api.post(USERS, UserBody.json(username.toUpperCase(), PASSWORD, Map.of())).expectError(409,
                "mint.duplicateEntity");
        api.post(USERS, UserBody.json(ADMIN, PASSWORD, Map.of())).expectError(409, "mint.duplicateEntity");
        api.post(USERS, UserBody.json(ADMIN.toUpperCase(), PASSWORD, Map.of())).expectError(409,
                "mint.duplicateEntity");
        api.get(USERS + "/" + ADMIN).expectError(404, "mint.resourceDoesNotExist");
    }

    @Test
    void shouldRefuseInvalidUsers() {
        String username = newUsername();

        assertInvalid(api.post(USERS, "{\"password\": \"" + PASSWORD + "\"}"), "username");
        assertInvalid(api.post(USERS, UserBody.json(" ", PASSWORD, Map.of())), "username");
        assertInvalid(api.post(USERS, UserBody.json("with:colon", PASSWORD, Map.of())), "username");
        assertInvalid(api.post(USERS, UserBody.json("with/slash", PASSWORD, Map.of())), "username");
        assertInvalid(api.post(USERS, UserBody.json(username, null, Map.of())), "password");
        assertInvalid(api.post(USERS, UserBody.json(username, "1234567", Map.of())), "password");
        assertInvalid(api.post(USERS, UserBody.json(username, "x".repeat(73), Map.of())), "password");
        assertInvalid(api.post(USERS, UserBody.json(username, PASSWORD, Map.of("org-a", "owner"))), "roles.org-a");
        assertInvalid(api.post(USERS, UserBody.json(username, PASSWORD, Map.of("-bad", "orgadmin"))), "roles");
        assertInvalid(api.post(USERS, UserBody.json(username, PASSWORD, Map.of("bad org", "orgadmin"))), "roles");
        assertInvalid(api.post(USERS, "{\"username\": \"" + username + "\", \"password\": \"" + PASSWORD
                + "\", \"roles\": {\"org-a\": null}}"), "roles.org-a");
        assertInvalid(api.post(USERS, "{\"username\": \"" + username + "\", \"password\": \"" + PASSWORD
                + "\", \"roles\": [\"org-a\"]}"), "roles");
        api.post(USERS, "{").expectError(400, "mint.invalidRequest");
        api.get(USERS + "/" + username).expectError(404, "mint.resourceDoesNotExist");

        String existing = scenario.user(Map.of());
        assertInvalid(api.put(USERS + "/" + existing, UserBody.json(existing, "short", Map.of())), "password");
        assertInvalid(api.put(USERS + "/" + existing, UserBody.json(newUsername(), PASSWORD, Map.of())), "username");
        assertInvalid(api.put(USERS + "/" + existing, UserBody.json(existing, PASSWORD, Map.of("o", "admin"))),
                "roles.o");
    }

    @Test
    void shouldKeepThePasswordWhenPutLeavesItOut() {
        String org = scenario.organization().org();
        String username = scenario.user(Map.of());

        api.put(USERS + "/" + username, "{\"roles\": {\"" + org + "\": \"readonly\"}}").expectStatus(200);

        api.as(username, PASSWORD).get("/v1/mint/organizations/" + org).expectStatus(200);
    }

    @Test
    void shouldApplyAChangedPasswordAtOnce() {
        String org = scenario.organization().org();
        String username = scenario.user(Map.of(org, "readonly"));
        Api user = api.as(username, PASSWORD);
        user.get("/v1/mint/organizations/" + org).expectStatus(200);

        api.put(USERS + "/" + username, UserBody.json(username, "a-new-password", Map.of(org, "readonly")))
                .expectStatus(200);

        user.get("/v1/mint/organizations/" + org).expectError(401, "mint.unauthorized");
        api.as(username, "a-new-password").get("/v1/mint/organizations/" + org).expectStatus(200);
    }

    @Test
    void shouldApplyChangedRolesAtOnce() {
        String org = scenario.organization().org();
        String username = scenario.user(Map.of(org, "orgadmin"));
        Api user = api.as(username, PASSWORD);
        user.put("/v1/mint/organizations/" + org, "{\"name\": \"renamed\"}").expectStatus(200);

        api.put(USERS + "/" + username, UserBody.json(username, null, Map.of(org, "readonly"))).expectStatus(200);
        user.put("/v1/mint/organizations/" + org, "{\"name\": \"again\"}").expectError(403, "mint.forbidden");

        api.put(USERS + "/" + username, UserBody.json(username, null, Map.of())).expectStatus(200);
        user.get("/v1/mint/organizations/" + org).expectError(403, "mint.forbidden");
    }

    @Test
    void shouldRefuseADeletedUser() {
        String org = scenario.organization().org();
        String username = scenario.user(Map.of(org, "orgadmin"));
        Api user = api.as(username, PASSWORD);
        user.get("/v1/mint/organizations/" + org).expectStatus(200);

        api.delete(USERS + "/" + username).expectStatus(204);

        user.get("/v1/mint/organizations/" + org).expectError(401, "mint.unauthorized");
    }

    @Test
    void shouldLetOnlySystemAdministratorsManageUsers() {
        String org = scenario.organization().org();
        String orgAdmin = scenario.user(Map.of(org, "orgadmin"));
        String readOnly = scenario.user(Map.of(org, "readonly"));

        for (Api caller : List.of(api.as(orgAdmin, PASSWORD), api.as(readOnly, PASSWORD))) {
            caller.get(USERS).expectError(403, "mint.forbidden");
            caller.get(USERS + "/" + orgAdmin).expectError(403, "mint.forbidden");
            caller.post(USERS, UserBody.json(newUsername(), PASSWORD, Map.of(org, "orgadmin"))).expectError(403,
                    "mint.forbidden");
            caller.put(USERS + "/" + readOnly, UserBody.json(readOnly, PASSWORD, Map.of(org, "orgadmin")))
                    .expectError(403, "mint.forbidden");
            caller.delete(USERS + "/" + orgAdmin).expectError(403, "mint.forbidden");
            caller.get("/emulator/anything").expectError(403, "mint.forbidden");
        }
        api.as(null, null).get(USERS).expectError(401, "mint.unauthorized");
        assertThat(api.get(USERS + "/" + readOnly).json().get("roles").get(org).asString()).isEqualTo("readonly");
    }

    private static void assertInvalid(Api.Response response, String field) {
        response.expectError(400, "mint.invalidRequest");
        assertThat(response.json().get("contexts").findValuesAsString("name")).as(response.body()).contains(field);
    }
}
