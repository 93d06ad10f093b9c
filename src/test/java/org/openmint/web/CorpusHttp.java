package org.openmint.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Sends the corpus's requests to the running service, byte for byte as generated, and checks each
 * answer: a 4xx in the spec's error body, with nothing of the server's insides in it.
 */
final class CorpusHttp {

    /** What the server must never show a client: stack traces, Java and library names, SQL. */
    private static final List<String> LEAKS = List.of("exception", "\tat ", "at org.", "at java.", "java.", "javax.",
            "jakarta.", "org.springframework", "org.apache", "org.hibernate", "tools.jackson", "com.fasterxml",
            "org.openmint", "caused by", "sql", "postgres", "jdbc", "hibernate", "tomcat", "<html", "stacktrace",
            "nested", "cannot deserialize", "jackson");

    private static final Set<String> ERROR_FIELDS = Set.of("code", "message", "contexts", "cause");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final int port;
    private final AtomicInteger sent = new AtomicInteger();
    private final Map<Integer, Integer> statuses = new ConcurrentHashMap<>();

    CorpusHttp(int port) {
        this.port = port;
    }

    /** The answer to one request. */
    record Answer(int status, String contentType, String body) {
    }

    /** How many answers had each status. */
    Map<Integer, Integer> statuses() {
        return new TreeMap<>(statuses);
    }

    /** How many requests went out. */
    int sent() {
        return sent.get();
    }

    /** Sends the request as generated, byte for byte. */
    Answer send(BadRequest request) {
        sent.incrementAndGet();
        try {
            Answer answer = request.transport() == BadRequest.Transport.RAW
                    ? sendRaw(request)
                    : sendWithClient(request);
            statuses.merge(answer.status(), 1, Integer::sum);
            return answer;
        } catch (IOException e) {
            throw new AssertionError("No answer to " + request.describe() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private Answer sendWithClient(BadRequest request) throws IOException, InterruptedException {
        HttpRequest.BodyPublisher body;
        if (request.body() == null) {
            body = HttpRequest.BodyPublishers.noBody();
        } else if (request.transport() == BadRequest.Transport.CHUNKED) {
            byte[] bytes = request.body();
            body = HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes));
        } else {
            body = HttpRequest.BodyPublishers.ofByteArray(request.body());
        }
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + request.target()))
                .timeout(TIMEOUT).method(request.method(), body);
        request.headers().forEach(header -> builder.header(header.name(), header.value()));
        HttpResponse<byte[]> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                new String(response.body(), StandardCharsets.UTF_8));
    }

    /** One request on its own connection, written as raw bytes: what no well-behaved client would send. */
    private Answer sendRaw(BadRequest request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout((int) TIMEOUT.toMillis());
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            head.write((request.method() + " ").getBytes(StandardCharsets.ISO_8859_1));
            head.write(request.rawTarget() != null
                    ? request.rawTarget()
                    : request.target().getBytes(StandardCharsets.ISO_8859_1));
            head.write(" HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n".getBytes(StandardCharsets.ISO_8859_1));
            for (BadRequest.Header header : request.headers()) {
                head.write((header.name() + ": " + header.value() + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            if (request.body() != null) {
                head.write(("Content-Length: " + request.body().length + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            }
            head.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
            if (request.body() != null) {
                head.write(request.body());
            }
            try {
                OutputStream out = socket.getOutputStream();
                out.write(head.toByteArray());
                out.flush();
            } catch (IOException e) {
                // the server answered and closed before reading it all: its answer is still there to read
            }
            return parse(readAnswer(socket.getInputStream()));
        }
    }

    /** Everything the server sent until it closed; a reset after the answer does not lose the answer. */
    private static byte[] readAnswer(InputStream in) throws IOException {
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) >= 0;) {
                answer.write(buffer, 0, n);
            }
        } catch (IOException e) {
            if (answer.size() == 0) {
                throw e;
            }
        }
        return answer.toByteArray();
    }

    private static Answer parse(byte[] response) throws IOException {
        String text = new String(response, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (!text.startsWith("HTTP/1.1 ") || end < 0) {
            throw new IOException("Not an HTTP response: " + abbreviate(text));
        }
        String[] lines = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].substring(9, 12));
        String contentType = null;
        boolean chunked = false;
        for (String line : lines) {
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-type:")) {
                contentType = line.substring(13).trim();
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            }
        }
        byte[] body = java.util.Arrays.copyOfRange(response, end + 4, response.length);
        if (chunked) {
            body = dechunk(body);
        }
        return new Answer(status, contentType, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] dechunk(byte[] chunked) throws IOException {
        InputStream in = new ByteArrayInputStream(chunked);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (true) {
            StringBuilder size = new StringBuilder();
            int c;
            while ((c = in.read()) != '\n') {
                if (c < 0) {
                    throw new IOException("Truncated chunked body");
                }
                if (c != '\r') {
                    size.append((char) c);
                }
            }
            int length = Integer.parseInt(size.toString().split(";")[0].trim(), 16);
            if (length == 0) {
                return out.toByteArray();
            }
            out.write(in.readNBytes(length));
            in.readNBytes(2);
        }
    }

    /**
     * A 4xx; 401, 403 and 429 only when the request's credentials were varied; JSON of the shape
     * {@code {"code": "mint.*", "message": string, "contexts": [{"name", "value"}]}}; no leak.
     */
    static void assertRefused(BadRequest request, Answer answer) {
        String where = request.describe() + "\n  answered " + answer.status() + " " + answer.contentType() + " "
                + abbreviate(answer.body());
        assertThat(answer.status()).as(where).isBetween(400, 499);
        if (!request.authVaried()) {
            assertThat(answer.status()).as("an authorization error for an administrator: " + where)
                    .isNotIn(401, 403, 429);
        }
        assertThat(answer.contentType()).as(where).isNotNull().startsWith("application/json");
        JsonNode json;
        try {
            json = JSON.readTree(answer.body());
        } catch (RuntimeException e) {
            throw new AssertionError("Not JSON: " + where, e);
        }
        assertThat(json.isObject()).as(where).isTrue();
        for (Iterator<String> names = json.propertyNames().iterator(); names.hasNext();) {
            assertThat(ERROR_FIELDS).as("unexpected field in " + where).contains(names.next());
        }
        assertThat(json.path("code").isString()).as(where).isTrue();
        assertThat(json.path("code").asString()).as(where).startsWith("mint.");
        assertThat(json.path("message").isString()).as(where).isTrue();
        assertThat(json.path("contexts").isArray()).as(where).isTrue();
        for (JsonNode context : json.path("contexts")) {
            assertThat(context.isObject() && context.path("name").isString()
                    && (context.path("value").isString() || context.path("value").isNull()
                            || context.path("value").isMissingNode()))
                    .as("context " + context + " in " + where).isTrue();
        }
        String lower = answer.body().toLowerCase(Locale.ROOT);
        for (String leak : LEAKS) {
            if (lower.contains(leak) && !request.echoes(leak)) {
                fail("The answer shows [" + leak + "]: " + where);
            }
        }
    }

    static String abbreviate(String text) {
        if (text == null) {
            return "null";
        }
        String flat = text.replace("\r", "\\r").replace("\n", "\\n");
        return flat.length() <= 400 ? flat : flat.substring(0, 400) + "... (" + flat.length() + " chars)";
    }
}
