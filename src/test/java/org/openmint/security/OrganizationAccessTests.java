package org.openmint.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openmint.Api;
import org.openmint.IntegrationTestSupport;
import org.openmint.scenario.Scenario;
import org.openmint.scenario.UserBody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmint.scenario.UserBody.PASSWORD;

/** Organization users act only in the organizations granted to them, as their role allows (spec Part I #20). */
class OrganizationAccessTests extends IntegrationTestSupport {

    private static final String PROFILE = "/v1/mint/organizations/%s";
    private static final String CURRENCIES = "/v1/mint/organizations/%s/supported-currencies";
    private static final String DEVELOPERS = "/v1/organizations/%s/developers";

    private static String currency(String org) {
        return """
                {"name": "EUR", "displayName": "Euro", "description": "Euro", "organization": {"id": "%s"},
                 "status": "ACTIVE", "virtualCurrency": false}""".formatted(org);
    }

    private static String body(String path, String org) {
        if (path.equals(PROFILE)) {
            return "{\"name\": \"Taken over\"}";
        }
        if (path.equals(CURRENCIES)) {
            return currency(org);
        }
        return """
                {"email": "x-%s@example.com", "firstName": "X", "lastName": "Y", "userName": "x"}"""
                .formatted(UUID.randomUUID().toString().substring(0, 8));
    }

    static Stream<Arguments> pathsAndMethods() {
        List<Arguments> arguments = new ArrayList<>();
        for (String path : List.of(PROFILE, CURRENCIES, DEVELOPERS, "/v1/organizations/%s",
                "/v1/mint/organizations/%s/supported-currencies/eur")) {
            for (String method : List.of("GET", "PUT", "POST", "DELETE")) {
                arguments.add(Arguments.of(method, path));
            }
        }
        return arguments.stream();
    }

    private static Api.Response send(Api api, String method, String path, String org) {
        String body = method.equals("GET") || method.equals("DELETE") ? null : body(path, org);
        return api.send(method, path.formatted(org), body, "application/json");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("pathsAndMethods")
    void shouldRefuseAnotherOrganizationAlikeWhetherItExistsOrNot(String method, String path) {
        String own = scenario.organization().org();
        String existing = scenario.organization().currency("EUR").org();
        String missing = Scenario.uniqueId("org");
        Api orgAdmin = api.as(scenario.user(Map.of(own, "orgadmin", missing.toUpperCase(), "orgadmin")),
                PASSWORD);

        Api.Response toExisting = send(orgAdmin, method, path, existing).expectError(403, "mint.forbidden");
        Api.Response toMissing = send(orgAdmin, method, path, missing).expectError(403, "mint.forbidden");

        assertThat(toMissing.body()).isEqualTo(toExisting.body());
        assertThat(headerNames(toMissing)).isEqualTo(headerNames(toExisting));
        assertThat(api.get("/v1/mint/organizations/" + existing).json().get("name").asString())
                .isEqualTo("Test organization " + existing);
        assertThat(api.get(CURRENCIES.formatted(existing)).json().get("totalRecords").asInt()).isEqualTo(1);
    }

    @Test
    void shouldLetAnOrgAdminDoEverythingInItsOrganization() {
        String org = scenario.organization().org();
        String username = scenario.user(Map.of(org, "orgadmin"));
        Api orgAdmin = api.as(username.toUpperCase(), PASSWORD);

        orgAdmin.post(CURRENCIES.formatted(org), currency(org)).expectStatus(201);
        assertThat(orgAdmin.get(CURRENCIES.formatted(org) + "/eur").expectStatus(200).json().get("name").asString())
                .isEqualTo("EUR");
        orgAdmin.put(PROFILE.formatted(org), "{\"name\": \"Renamed\", \"currency\": \"EUR\"}").expectStatus(200);
        String developer = Scenario.on(orgAdmin).in(org).developer();
        assertThat(orgAdmin.get(DEVELOPERS.formatted(org) + "/" + developer).expectStatus(200).json()
                .get("createdBy").asString()).isEqualTo(username);
        orgAdmin.delete(DEVELOPERS.formatted(org) + "/" + developer).expectStatus(200);
    }

    @Test
    void shouldLetAReadOnlyUserOnlyRead() {
        String org = scenario.organization().currency("EUR").org();
        Api readOnly = api.as(scenario.user(Map.of(org, "readonly")), PASSWORD);

        readOnly.get(PROFILE.formatted(org)).expectStatus(200);
        readOnly.get(CURRENCIES.formatted(org)).expectStatus(200);
        readOnly.get(CURRENCIES.formatted(org) + "/eur").expectStatus(200);
        readOnly.get(DEVELOPERS.formatted(org)).expectStatus(200);
        assertThat(readOnly.send("HEAD", PROFILE.formatted(org), null, null).status()).isEqualTo(200);

        readOnly.post(CURRENCIES.formatted(org), currency(org).replace("EUR", "GBP")).expectError(403,
                "mint.forbidden");
        readOnly.put(CURRENCIES.formatted(org) + "/eur", currency(org)).expectError(403, "mint.forbidden");
        readOnly.delete(CURRENCIES.formatted(org) + "/eur").expectError(403, "mint.forbidden");
        readOnly.put(PROFILE.formatted(org), "{\"name\": \"x\"}").expectError(403, "mint.forbidden");
        readOnly.post(DEVELOPERS.formatted(org), body(DEVELOPERS, org)).expectError(403, "mint.forbidden");
        readOnly.send("PATCH", PROFILE.formatted(org), "{}", "application/json").expectError(403, "mint.forbidden");
        assertThat(api.get(CURRENCIES.formatted(org)).json().get("totalRecords").asInt()).isEqualTo(1);
    }

    @Test
    void shouldNotLetAnOrgAdminCreateAnOrganization() {
        String org = Scenario.uniqueId("org");
        Api orgAdmin = api.as(scenario.user(Map.of(org, "orgadmin")), PASSWORD);

        orgAdmin.put(PROFILE.formatted(org), "{\"name\": \"Mine\"}").expectError(403, "mint.forbidden");

        api.get(PROFILE.formatted(org)).expectError(404, "mint.resourceDoesNotExist");
    }

    @Test
    void shouldMatchTheDecodedOrganizationExactly() {
        String org = scenario.organization().org();
        String other = scenario.organization().org();
        Api orgAdmin = api.as(scenario.user(Map.of(org, "orgadmin")), PASSWORD);

        orgAdmin.get("/v1/mint/organizations/%6F" + org.substring(1)).expectStatus(200);
        orgAdmin.get("/v1/mint/organizations/%6F" + other.substring(1)).expectError(403, "mint.forbidden");
        orgAdmin.get("/v1/mint/organizations/%6F" + other.substring(1) + "/supported-currencies")
                .expectError(403, "mint.forbidden");
        orgAdmin.get("/v1/mint/organizations/" + org.toUpperCase()).expectError(403, "mint.forbidden");
        orgAdmin.get("/v1/mint/organizations/" + org + "x").expectError(403, "mint.forbidden");
        orgAdmin.get("/v1/mint/organizations").expectError(403, "mint.forbidden");
    }

    @Test
    void shouldLeaveHealthOpenAndRequireAuthenticationElsewhere() {
        String org = scenario.organization().org();

        api.as(null, null).get("/actuator/health").expectStatus(200);
        api.as(null, null).get(PROFILE.formatted(org)).expectError(401, "mint.unauthorized");
        api.as(null, null).get("/emulator/users").expectError(401, "mint.unauthorized");
        api.as(UserBody.newUsername(), PASSWORD).get(PROFILE.formatted(org)).expectError(401, "mint.unauthorized");
    }

    /** The response's header names, but for those of the connection (keep-alive limits) and the time. */
    private static Set<String> headerNames(Api.Response response) {
        Set<String> names = new TreeSet<>(response.raw().headers().map().keySet());
        names.removeAll(Set.of("connection", "keep-alive", "date"));
        return names;
    }
}
