package org.openmint.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.openmint.IntegrationTestSupport;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** Spring's and Tomcat's own errors come back in the spec's error body, never as a stack trace or HTML page. */
class ApiExceptionHandlerTests extends IntegrationTestSupport {

    @LocalServerPort
    private int port;

    @Test
    void shouldAnswerMalformedJsonWithInvalidRequest() {
        String org = scenario.organization().org();
        String path = "/v1/mint/organizations/" + org + "/supported-currencies";

        api.post(path, "{\"name\": ").expectError(400, "mint.invalidRequest");
        api.post(path, "not json").expectError(400, "mint.invalidRequest");
        api.send("POST", path, null, "application/json").expectError(400, "mint.invalidRequest");
        api.post(path, "{\"name\": \"EUR\", \"name\": \"USD\"}").expectError(400, "mint.invalidRequest");
    }

    @Test
    void shouldNameTheFieldWhenAValueHasTheWrongType() {
        String org = scenario.organization().org();

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
        api.send("PUT", "/v1/mint/organizations/x", "name=a", "text/plain").expectError(415,
                "mint.unsupportedMediaType");
        api.send("PUT", "/v1/mint/organizations/x", "<a/>", "application/xml").expectError(415,
                "mint.unsupportedMediaType");
    }

    @Test
    void shouldAnswerRejectedUrlsInTheErrorBody() {
        api.get("/v1/mint/organizations/x/supported-currencies/a%2F..%2Fb").expectError(400, "mint.invalidRequest");
        api.get("/v1/mint/organizations/x/supported-currencies/..;/x").expectError(400, "mint.invalidRequest");
    }

    @Test
    void shouldAnswerErrorsInJsonWhateverTheClientAccepts() throws Exception {
        String org = scenario.organization().org();

        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(base() + "/v1/mint/organizations/" + org + "/supported-currencies/nope"))
                .header("Authorization", admin()).header("Accept", "application/xml").build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(JsonMapper.builder().build().readTree(response.body()).get("code").asString())
                .isEqualTo("mint.resourceDoesNotExist");
    }

    @Test
    void shouldRefuseABodyOverOneMebibyteWith413() throws Exception {
        String org = scenario.organization().org();
        String path = "/v1/mint/organizations/" + org + "/developers/nobody@example.com/developer-balances";
        String padded = "{\"padding\": [" + "1,".repeat(600_000) + "1], \"amount\": 1}";

        api.post(path, padded).expectError(413, "mint.invalidRequest");
        HttpResponse<String> chunked = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base() + path))
                .header("Authorization", admin()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(padded.getBytes(StandardCharsets.UTF_8))))
                .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(chunked.statusCode()).isEqualTo(413);
        assertThat(chunked.body()).contains("\"mint.invalidRequest\"");
    }

    @Test
    void shouldRefuseAJsonStringOver64KiCharacters() {
        String org = scenario.organization().org();

        api.post("/v1/mint/organizations/" + org + "/supported-currencies",
                "{\"name\": \"EUR\", \"description\": \"" + "x".repeat(70_000) + "\"}")
                .expectError(400, "mint.invalidRequest");
    }

    @Test
    void shouldShowAHugeNumberInExponentNotation() {
        String org = scenario.organization().org();

        JsonNode context = api.post("/v1/mint/organizations/" + org + "/supported-currencies",
                """
                        {"name": "EUR", "displayName": "Euro", "description": "Euro", "organization": {"id": "%s"},
                         "status": "ACTIVE", "virtualCurrency": false, "creditLimit": 1e999999999}""".formatted(org))
                .expectError(400, "mint.invalidRequest").json().get("contexts").get(0);

        assertThat(context.get("value").asString()).isEqualTo("1E+999999999");
    }

    @Test
    void shouldAnswerAQueryStringTomcatCannotSplitWith400() {
        api.get("/v1/mint/organizations/" + scenario.organization().org() + "/supported-currencies?=x")
                .expectError(400, "mint.invalidRequest");
    }

    @Test
    void shouldNameEveryValueOfARepeatedParameter() {
        JsonNode context = api
                .post("/v1/mint/organizations/" + scenario.organization().org() + "/transactions?force=maybe&force=no",
                        "{}")
                .expectError(400, "mint.invalidRequest").json().get("contexts").get(0);

        assertThat(context.get("value").asString()).isEqualTo("maybe,no");
    }

    @Test
    void shouldAnswerAnUnknownTransferCodingWith400() throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /v1/mint/organizations/x/transactions HTTP/1.1\r\nHost: localhost\r\n"
                    + "Transfer-Encoding: gzip\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(answer).startsWith("HTTP/1.1 400").contains("\"code\":\"mint.invalidRequest\"");
        }
    }

    @Test
    void shouldRefuseAUsernameWithANulCharacterAsUnknown() {
        api.as("nul\u0000user", "password").get("/emulator/users").expectError(401, "mint.unauthorized");
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

    private String base() {
        return "http://localhost:" + port;
    }

    private static String admin() {
        return "Basic " + Base64.getEncoder().encodeToString((ADMIN + ":" + ADMIN_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
    }
}
