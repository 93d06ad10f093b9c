package org.openmint.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * One generated request that the service must refuse: method, target (path and query, already
 * percent-encoded), headers, body bytes, and how it travels.
 *
 * @param family the malformation it was generated for, for the failure message
 * @param rawTarget for {@link Transport#RAW}: the request target as bytes, when it is no valid URI
 * @param authVaried whether the credentials are not the administrator's
 */
record BadRequest(String family, String method, String target, byte[] rawTarget, List<Header> headers, byte[] body,
        Transport transport, boolean authVaried) {

    /** How the request is sent. */
    enum Transport {
        /** JDK HttpClient, keep-alive, with Content-Length. */
        CLIENT,
        /** JDK HttpClient, the body chunked without Content-Length. */
        CHUNKED,
        /** A socket of its own, bytes as given. */
        RAW
    }

    /** One request header. */
    record Header(String name, String value) {
    }

    static Builder builder(String family, String method, String target) {
        return new Builder(family, method, target);
    }

    /** Whether the request itself contains this text, so that an answer may echo it. */
    boolean echoes(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return target.toLowerCase(Locale.ROOT).contains(lower)
                || (body != null && new String(body, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT).contains(lower))
                || headers.stream().anyMatch(h -> h.value().toLowerCase(Locale.ROOT).contains(lower));
    }

    String describe() {
        StringBuilder text = new StringBuilder("[" + family + "] " + method + " ")
                .append(rawTarget != null ? new String(rawTarget, StandardCharsets.ISO_8859_1) : target);
        if (text.length() > 600) {
            text.setLength(600);
            text.append("...");
        }
        text.append(" via ").append(transport);
        for (Header header : headers) {
            String value = header.value();
            text.append("\n  ").append(header.name()).append(": ")
                    .append(value.length() > 200 ? value.substring(0, 200) + "..." : value);
        }
        if (body != null) {
            text.append("\n  body (").append(body.length).append(" bytes): ")
                    .append(CorpusHttp
                            .abbreviate(new String(body, 0, Math.min(body.length, 2000), StandardCharsets.UTF_8)));
        }
        return text.toString();
    }

    /** Builds a request; the administrator's credentials unless told otherwise. */
    static final class Builder {

        private final String family;
        private String method;
        private String target;
        private byte[] rawTarget;
        private final List<Header> headers = new ArrayList<>();
        private byte[] body;
        private Transport transport = Transport.CLIENT;
        private boolean authVaried;
        private boolean authorizationSet;

        private Builder(String family, String method, String target) {
            this.family = family;
            this.method = method;
            this.target = target;
        }

        Builder method(String method) {
            this.method = method;
            return this;
        }

        Builder target(String target) {
            this.target = target;
            return this;
        }

        Builder rawTarget(byte[] rawTarget) {
            this.rawTarget = rawTarget;
            this.transport = Transport.RAW;
            return this;
        }

        Builder header(String name, String value) {
            headers.add(new Header(name, value));
            return this;
        }

        Builder withoutHeader(String name) {
            headers.removeIf(h -> h.name().equalsIgnoreCase(name));
            return this;
        }

        Builder json(String json) {
            return body(json.getBytes(StandardCharsets.UTF_8), "application/json");
        }

        Builder body(byte[] bytes, String contentType) {
            this.body = bytes;
            withoutHeader("Content-Type");
            if (contentType != null) {
                header("Content-Type", contentType);
            }
            return this;
        }

        Builder transport(Transport transport) {
            this.transport = transport;
            return this;
        }

        /** Basic credentials other than the administrator's. */
        Builder basic(String username, String password) {
            return authorization("Basic " + Base64.getEncoder()
                    .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }

        /** Any Authorization header, or none for null. */
        Builder authorization(String value) {
            withoutHeader("Authorization");
            if (value != null) {
                header("Authorization", value);
            }
            authVaried = true;
            authorizationSet = true;
            return this;
        }

        BadRequest build() {
            if (!authorizationSet) {
                header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (BadInputFixture.ADMIN + ":" + BadInputFixture.ADMIN_PASSWORD)
                                .getBytes(StandardCharsets.UTF_8)));
            }
            if (headers.stream().noneMatch(h -> h.name().equalsIgnoreCase("Accept"))) {
                header("Accept", "application/json; charset=utf-8");
            }
            return new BadRequest(family, method, target, rawTarget, List.copyOf(headers), body, transport, authVaried);
        }
    }
}
