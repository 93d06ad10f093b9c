package org.openmint.security;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openmint.Api;
import org.openmint.IntegrationTestSupport;
import org.openmint.scenario.UserBody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmint.scenario.UserBody.PASSWORD;

/** Failed logins are limited per username; the answers over HTTP. */
class LoginThrottlingTests extends IntegrationTestSupport {

    @Test
    void shouldRefuseEvenTheRightPasswordAfterFiveFailures() {
        String org = scenario.organization().org();
        String username = scenario.user(Map.of(org, "readonly"));
        String path = "/v1/mint/organizations/" + org;

        for (int attempt = 1; attempt <= 5; attempt++) {
            api.as(username, "wrong-password").get(path).expectError(401, "mint.unauthorized");
        }
        Api.Response refused = api.as(username, PASSWORD).get(path).expectError(429, "mint.tooManyRequests");

        assertThat(refused.raw().headers().firstValue("Retry-After")).hasValueSatisfying(
                seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, 300L));
        api.as(username.toUpperCase(), PASSWORD).get(path).expectError(429, "mint.tooManyRequests");
        api.get(path).expectStatus(200);
    }

    @Test
    void shouldResetTheCountAfterASuccessfulLogin() {
        String org = scenario.organization().org();
        String username = scenario.user(Map.of(org, "readonly"));
        String path = "/v1/mint/organizations/" + org;

        for (int round = 0; round < 3; round++) {
            for (int attempt = 1; attempt <= 4; attempt++) {
                api.as(username, "wrong-password").get(path).expectError(401, "mint.unauthorized");
            }
            api.as(username, PASSWORD).get(path).expectStatus(200);
        }
    }

    @Test
    void shouldLimitUnknownUsernamesAlike() {
        String unknown = UserBody.newUsername();

        for (int attempt = 1; attempt <= 5; attempt++) {
            api.as(unknown, "wrong-password").get("/emulator/users").expectError(401, "mint.unauthorized");
        }

        api.as(unknown, "wrong-password").get("/emulator/users").expectError(429, "mint.tooManyRequests");
    }
}
