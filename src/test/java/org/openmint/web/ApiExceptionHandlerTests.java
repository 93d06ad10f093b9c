package org.openmint.web;

import org.junit.jupiter.api.Test;
import org.openmint.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Spring's and Tomcat's own errors come back in the spec's error body, never as a stack trace or HTML page. */
class ApiExceptionHandlerTests extends IntegrationTest {

    @Test
    void shouldAnswerMalformedJsonWithInvalidRequest() {
        String org = newOrganization();
        String path = "/v1/mint/organizations/" + org + "/supported-currencies";

        api.post(path, "{\"name\": ").expectError(400, "mint.invalidRequest");
        api.post(path, "not json").expectError(400, "mint.invalidRequest");
        api.send("POST", path, null, "application/json").expectError(400, "mint.invalidRequest");
        api.post(path, "{\"name\": \"EUR\", \"name\": \"USD\"}").expectError(400, "mint.invalidRequest");
    }

    @Test
    void shouldNameTheFieldWhenAValueHasTheWrongType() {
        String org = newOrganization();

        var response = api.post("/v1/mint/organizations/" + org + "/supported-currencies",
                "{\"creditLimit\": {\"a\": 1}}").expectError(400, "mint.invalidRequest");

        assertThat(response.json().get("contexts").get(0).get("name").asString()).isEqualTo("creditLimit");
    }

    @Test
    void shouldAnswerUnknownPathWithNotFound() {
        api.get("/v1/mint/organizations/x/no-such-resource").expectError(404, "mint.resourceDoesNotExist");
        api.get("/nothing-here").expectError(404, "mint.resourceDoesNotExist");
    }

    @Test
    void shouldAnswerUnsupportedMethodWith405() {
        var response = api.send("PATCH", "/v1/mint/organizations/x", "{}", "application/json")
                .expectError(405, "mint.methodNotAllowed");

        assertThat(response.raw().headers().firstValue("Allow")).isPresent();
    }

    @Test
    void shouldAnswerUnsupportedContentTypeWith415() {
        api.send("PUT", "/v1/mint/organizations/x", "name=a", "text/plain").expectError(415, "mint.unsupportedMediaType");
        api.send("PUT", "/v1/mint/organizations/x", "<a/>", "application/xml").expectError(415, "mint.unsupportedMediaType");
    }

    @Test
    void shouldAnswerRejectedUrlsInTheErrorBody() {
        api.get("/v1/mint/organizations/x/supported-currencies/a%2F..%2Fb").expectError(400, "mint.invalidRequest");
        api.get("/v1/mint/organizations/x/supported-currencies/..;/x").expectError(400, "mint.invalidRequest");
    }

    @Test
    void shouldServeHealthWithoutCredentials() {
        var response = api.as(null, null).get("/actuator/health").expectStatus(200);

        assertThat(response.json().get("status").asString()).isEqualTo("UP");
    }

    @Test
    void shouldRequireCredentialsForOtherActuatorEndpoints() {
        api.as(null, null).get("/actuator/info").expectError(401, "mint.unauthorized");
    }
}
