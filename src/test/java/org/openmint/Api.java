package org.openmint;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** A small HTTP client for tests: sends JSON with HTTP Basic credentials, as curl would. */
public final class Api {

    static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private final String baseUrl;
    private final String authorization;

    public Api(String baseUrl, String username, String password) {
        this.baseUrl = baseUrl;
        this.authorization = username == null
                ? null
                : "Basic " + Base64.getEncoder()
                        .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** The same server with other credentials (null for none). */
    public Api as(String username, String password) {
        return new Api(baseUrl, username, password);
    }

    public Response get(String path) {
        return send("GET", path, null, "application/json");
    }

    public Response post(String path, String json) {
        return send("POST", path, json, "application/json");
    }

    public Response put(String path, String json) {
        return send("PUT", path, json, "application/json");
    }

    public Response delete(String path) {
        return send("DELETE", path, null, "application/json");
    }

    /** Any request; {@code extraHeaders} are name, value pairs. */
    public Response send(String method, String path, String body, String contentType, String... extraHeaders) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .method(method, body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .header("Accept", "application/json; charset=utf-8");
        if (body != null && contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        for (int i = 0; i + 1 < extraHeaders.length; i += 2) {
            request.header(extraHeaders[i], extraHeaders[i + 1]);
        }
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A response: its status, raw body and the body as JSON. */
    public record Response(int status, String body, HttpResponse<String> raw) {

        /** The values of one field of every item of the list at {@code key}. */
        public java.util.List<String> listField(String key, String field) {
            java.util.List<String> values = new java.util.ArrayList<>();
            json().get(key).forEach(item -> values.add(item.path(field).asString()));
            return values;
        }

        public JsonNode json() {
            return JSON.readTree(body);
        }

        /** Asserts the status and returns this response. */
        public Response expectStatus(int expected) {
            assertThat(status).as("status of response %s", body).isEqualTo(expected);
            return this;
        }

        /** Asserts an error in the spec's error body with this status and code. */
        public Response expectError(int expectedStatus, String code) {
            expectStatus(expectedStatus);
            assertThat(raw.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/json"));
            JsonNode json = json();
            assertThat(json.path("code").asString()).as("error code in %s", body).isEqualTo(code);
            assertThat(json.path("message").isString()).as("message in %s", body).isTrue();
            assertThat(json.path("contexts").isArray()).as("contexts in %s", body).isTrue();
            assertThat(body).doesNotContain("Exception").doesNotContain("at org.").doesNotContain("SQL");
            return this;
        }
    }
}
