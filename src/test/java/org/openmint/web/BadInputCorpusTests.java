package org.openmint.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.openmint.web.BadInputEndpoints.BodyMode;
import org.openmint.web.BadInputEndpoints.Endpoint;
import org.openmint.web.BadInputEndpoints.Param;
import org.openmint.web.BadInputEndpoints.Rule;
import org.openmint.web.BadRequest.Transport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bad-input corpus: more than 10,000 generated requests, each malformed by construction, across
 * every endpoint of {@link BadInputEndpoints}. Every answer must be a 4xx in the spec's error body
 * (no 5xx, no stack trace, no Java or SQL in it), and no request may change anything: after each
 * request that is not a GET every table's content is compared with the snapshot taken before the
 * corpus, and at the end so is the answer to a GET of every fixture entity.
 *
 * <p>jqwik runs these properties on its own test engine, which knows nothing of JUnit Jupiter's
 * Spring extension, and jqwik-spring (built for jqwik 1.8 and Spring 6) is no option on Spring 7:
 * so the service is started once for the whole container ({@link BadInputFixture}: test profile,
 * random port, its own embedded PostgreSQL) and driven over HTTP with keep-alive. Every property has
 * a fixed seed, so the corpus is the same on every run; shrinking is off because the requests go to
 * a live server and a failure message already shows the whole request and answer.
 *
 * <p>Each generated request carries at least one defect that the service must refuse whatever else
 * it holds (broken JSON, a wrong type, a number the rules forbid, a 100 KB string, a missing field, a
 * bad query value, an unknown or hostile id, a wrong media type or method, bad credentials, an
 * oversized body, bytes that are not UTF-8), and may carry harmless noise on top: unknown fields,
 * unknown query parameters, odd but valid headers.
 */
class BadInputCorpusTests {

    private static final int MINIMUM_REQUESTS = 10_000;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern SLOT = Pattern.compile("\\{(\\w+)}");

    private static BadInputFixture fixture;
    private static CorpusHttp http;
    private static List<Endpoint> endpoints;
    private static Map<String, String> tablesBefore;
    private static Map<String, String> viewsBefore;
    private static Instant started;
    private static int hashed;

    @BeforeContainer
    static void startServiceAndBuildFixture() throws Exception {
        fixture = BadInputFixture.start();
        http = new CorpusHttp(fixture.port);
        endpoints = BadInputEndpoints.all();
        tablesBefore = fixture.tables();
        viewsBefore = fixture.views();
        started = Instant.now();
    }

    @AfterContainer
    static void checkNothingChangedAndStop() {
        try {
            Duration took = Duration.between(started, Instant.now());
            System.out.printf("Bad-input corpus: %d requests in %d s, answers by status %s, %d hashed the tables%n",
                    http.sent(), took.toSeconds(), http.statuses(), hashed);
            assertThat(changes(tablesBefore, fixture.tables())).as("tables changed by the corpus").isEmpty();
            assertThat(changes(viewsBefore, fixture.views())).as("fixture entities changed by the corpus").isEmpty();
            assertThat(http.sent()).as("requests in the corpus").isGreaterThanOrEqualTo(MINIMUM_REQUESTS);
        } finally {
            fixture.stop();
        }
    }

    /** The keys whose values differ, with both values (abbreviated). */
    private static Map<String, String> changes(Map<String, String> before, Map<String, String> after) {
        Map<String, String> changed = new TreeMap<>();
        Set<String> keys = new TreeSet<>(before.keySet());
        keys.addAll(after.keySet());
        for (String key : keys) {
            if (!Objects.equals(before.get(key), after.get(key))) {
                changed.put(key,
                        CorpusHttp.abbreviate(before.get(key)) + " -> " + CorpusHttp.abbreviate(after.get(key)));
            }
        }
        return changed;
    }

    private static void refused(BadRequest request) {
        String transactionId = fixture.nextTransactionId();
        CorpusHttp.Answer answer = http.send(request);
        if (!fixture.nextTransactionId().equals(transactionId)) {
            hashed++;
            Map<String, String> after = fixture.tables();
            if (!after.equals(tablesBefore)) {
                Map<String, String> changed = changes(tablesBefore, after);
                // the next request is judged against the changed state, so that this one alone is blamed
                tablesBefore = after;
                throw new AssertionError("The request changed " + changed + ": " + request.describe() + "\n  answered "
                        + answer.status() + " " + CorpusHttp.abbreviate(answer.body()));
            }
        }
        CorpusHttp.assertRefused(request, answer);
    }

    // ------------------------------------------------------------------ properties

    @Property(tries = 1500, seed = "20261123", shrinking = ShrinkingMode.OFF)
    void shouldRefuseWhenJsonIsBroken(@ForAll("brokenJson") BadRequest request) {
        refused(request);
    }

    @Property(tries = 1500, seed = "20261124", shrinking = ShrinkingMode.OFF)
    void shouldRefuseWhenJsonHasTheWrongShapeOrType(@ForAll("wrongShapes") BadRequest request) {
        refused(request);
    }

    @Property(tries = 1200, seed = "20261125", shrinking = ShrinkingMode.OFF)
    void shouldRefuseWhenANumberBreaksItsRule(@ForAll("badNumbers") BadRequest request) {
        refused(request);
    }

    @Property(tries = 300, seed = "20261126", shrinking = ShrinkingMode.OFF)
    void shouldRefuseWhenAStringIsHuge(@ForAll("hugeStrings") BadRequest request) {
        refused(request);
    }

    @Property(tries = 800, seed = "20261127", shrinking = ShrinkingMode.OFF)
    void shouldRefuseWhenARequiredFieldIsMissing(@ForAll("missingFields") BadRequest request) {
        refused(request);
    }

    @Property(tries = 1500, seed = "20261128", shrinking = ShrinkingMode.OFF)
    void shouldRefuseWhenAQueryParameterIsInvalid(@ForAll("badQueries") BadRequest request) {
        refused(request);
    }

    @Property(tries = 2000, seed = "20261129", shrinking = ShrinkingMode.OFF)
    void shouldRefuseWhenAnIdIsUnknownOrHostile(@ForAll("hostileIds") BadRequest request) {
        refused(request);
    }

    @Property(tries = 1000, seed = "20261130", shrinking = ShrinkingMode.OFF)
    void shouldRefuseWhenTheMediaTypeOrMethodIsWrong(@ForAll("wrongMediaTypesAndMethods") BadRequest request) {
        refused(request);
    }

    @Property(tries = 800, seed = "20261201", shrinking = ShrinkingMode.OFF)
    void shouldRefuseWhenCredentialsAreMissingWrongOrInsufficient(@ForAll("badCredentials") BadRequest request) {
        refused(request);
    }

    @Property(tries = 40, seed = "20261202", shrinking = ShrinkingMode.OFF)
    void shouldRefuseWhenTheBodyIsTooLarge(@ForAll("hugeBodies") BadRequest request) {
        refused(request);
    }

    @Property(tries = 600, seed = "20261203", shrinking = ShrinkingMode.OFF)
    void shouldRefuseWhenBytesAreNotWhatTheyClaim(@ForAll("oddEncodings") BadRequest request) {
        refused(request);
    }

    // ------------------------------------------------------------------ generators

    @Provide
    Arbitrary<BadRequest> brokenJson() {
        return Combinators.combine(Arbitraries.of(withBody()), Arbitraries.of(Breakage.values()), Arbitraries.randoms())
                .filter((endpoint, breakage, random) -> endpoint.typedBody() || !breakage.blank())
                .as((endpoint, breakage, random) -> {
                    String valid = withNoise(endpoint, random);
                    return start("broken JSON: " + breakage, endpoint, random).json(breakage.apply(valid, random))
                            .build();
                });
    }

    @Provide
    Arbitrary<BadRequest> wrongShapes() {
        return Combinators.combine(Arbitraries.of(typed()), Arbitraries.randoms()).as((endpoint, random) -> {
            if (random.nextInt(4) == 0) {
                String root = pick(random, "[]", "[{}]", "\"text\"", "42", "-1.5", "null", "true", "false",
                        "[" + body(endpoint) + "]", "\"" + body(endpoint).replace("\"", "\\\"") + "\"");
                return start("wrong root", endpoint, random).json(root).build();
            }
            ObjectNode tree = tree(endpoint);
            List<String> paths = paths(tree);
            String path = paths.get(random.nextInt(paths.size()));
            JsonNode current = at(tree, path);
            String replacement = wrongType(current, random);
            set(tree, path, NODES.stringNode(RAW));
            addUnknownFields(tree, random);
            return start("wrong type at " + path, endpoint, random).json(raw(tree, replacement)).build();
        });
    }

    @Provide
    Arbitrary<BadRequest> badNumbers() {
        List<Map.Entry<Endpoint, String>> targets = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            new TreeSet<>(endpoint.numbers().keySet()).forEach(field -> targets.add(Map.entry(endpoint, field)));
        }
        return Combinators.combine(Arbitraries.of(targets), Arbitraries.randoms()).as((target, random) -> {
            Endpoint endpoint = target.getKey();
            String field = target.getValue();
            Rule rule = endpoint.numbers().get(field);
            String literal = pick(random, rule.refused());
            if (field.startsWith("?")) {
                String query = withParam(query(endpoint), field.substring(1), encode(literal));
                BadRequest.Builder request = start("number " + field + "=" + literal, endpoint, random);
                return request.target(target(endpoint, Map.of(), query)).build();
            }
            ObjectNode tree = tree(endpoint);
            set(tree, field, NODES.stringNode(RAW));
            addUnknownFields(tree, random);
            String value = switch (random.nextInt(6)) {
                case 0 -> "\"" + literal + "\"";
                case 1 -> pick(random, "NaN", "Infinity", "-Infinity", "+1", ".5", "1.", "01", "0x10", "1_000",
                        "1e", "--1", "1.2.3", "١٢");
                case 2 -> pick(random, "\"NaN\"", "\"Infinity\"", "\"-Infinity\"", "\"1,5\"", "\"0x10\"", "\"ten\"",
                        "\"1e999999999\"", "\"1 000\"");
                default -> literal;
            };
            return start("number " + field + "=" + value, endpoint, random).json(raw(tree, value)).build();
        });
    }

    @Provide
    Arbitrary<BadRequest> hugeStrings() {
        Arbitrary<String> huge = Arbitraries.strings().withCharRange(' ', '~').withChars("é€\u202e\t\"\\")
                .ofMinLength(16).ofMaxLength(64).map(unit -> (unit + "😀").repeat(100_000 / unit.length() + 1));
        return Combinators.combine(Arbitraries.of(withBody()), huge, Arbitraries.randoms())
                .as((endpoint, text, random) -> {
                    ObjectNode tree = tree(endpoint);
                    List<String> strings = paths(tree).stream().filter(p -> at(tree, p).isString()).toList();
                    String where;
                    if (strings.isEmpty() || random.nextInt(4) == 0) {
                        where = random.nextBoolean() ? "an unknown field" : "a field name";
                        if (where.equals("a field name")) {
                            tree.put(text.substring(0, Math.min(text.length(), 60_000)), 1);
                        } else {
                            tree.put("zzNote", text);
                        }
                    } else {
                        where = strings.get(random.nextInt(strings.size()));
                        set(tree, where, NODES.stringNode(text));
                    }
                    return start("100 KB string in " + where, endpoint, random).json(JSON.writeValueAsString(tree))
                            .build();
                });
    }

    @Provide
    Arbitrary<BadRequest> missingFields() {
        List<Map.Entry<Endpoint, String>> targets = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            endpoint.required().forEach(field -> targets.add(Map.entry(endpoint, field)));
            if (!endpoint.required().isEmpty()) {
                targets.add(Map.entry(endpoint, "*"));
            }
        }
        return Combinators.combine(Arbitraries.of(targets), Arbitraries.randoms()).as((target, random) -> {
            Endpoint endpoint = target.getKey();
            String field = target.getValue();
            ObjectNode tree = tree(endpoint);
            String how;
            if (field.equals("*")) {
                tree.removeAll();
                how = "every field missing";
            } else {
                JsonNode current = at(tree, field);
                boolean mayNotBeBlank = current.isString()
                        && NOT_BLANK.contains(field.substring(field.lastIndexOf('.') + 1));
                int choice = random.nextInt(mayNotBeBlank ? 4 : 2);
                how = switch (choice) {
                    case 0 -> remove(tree, field);
                    case 1 -> set(tree, field, NODES.nullNode());
                    case 2 -> set(tree, field, NODES.stringNode(""));
                    default -> set(tree, field, NODES.stringNode(pick(random, " ", "\t", "\n", " \r\n ")));
                } + " " + field;
            }
            addUnknownFields(tree, random);
            return start("missing: " + how, endpoint, random).json(JSON.writeValueAsString(tree)).build();
        });
    }

    @Provide
    Arbitrary<BadRequest> badQueries() {
        List<Map.Entry<Endpoint, String>> targets = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            for (String param : new TreeSet<>(endpoint.params().keySet())) {
                Param kind = endpoint.params().get(param);
                if (kind == Param.PAGING || !kind.refused.isEmpty()) {
                    targets.add(Map.entry(endpoint, param));
                }
                if (required(endpoint, param)) {
                    targets.add(Map.entry(endpoint, "-" + param));
                }
            }
            new TreeSet<>(endpoint.numbers().keySet()).stream().filter(f -> f.startsWith("?"))
                    .forEach(f -> targets.add(Map.entry(endpoint, "-" + f.substring(1))));
        }
        return Combinators.combine(Arbitraries.of(targets), Arbitraries.randoms()).as((target, random) -> {
            Endpoint endpoint = target.getKey();
            String param = target.getValue();
            String query = query(endpoint);
            String family;
            if (param.startsWith("-")) {
                query = withoutParam(query, param.substring(1));
                family = "missing parameter " + param.substring(1);
            } else {
                Param kind = endpoint.params().get(param);
                List<String> refused = kind == Param.PAGING ? paging(param) : kind.refused;
                String bad = encode(pick(random, refused));
                query = withoutParam(query, param);
                String valid = validValue(endpoint, param);
                query = switch (random.nextInt(4)) {
                    case 0 -> join(query, param + "=" + bad + "&" + param + "=" + bad);
                    case 1 -> valid != null && strict(kind)
                            ? join(query, param + "=" + valid + "&" + param + "=" + valid)
                            : join(query, param + "=" + bad);
                    case 2 -> valid != null
                            ? join(query, param + "=" + bad + "&" + param + "=" + valid + "&" + param
                                    + "=" + bad)
                            : join(query, param + "=" + bad);
                    default -> join(query, param + "=" + bad);
                };
                family = "query " + param;
            }
            query = withQueryNoise(query, random);
            BadRequest.Builder request = start(family, endpoint, random);
            request.target(target(endpoint, Map.of(), query));
            if (endpoint.hasBody()) {
                request.json(withNoise(endpoint, random));
            }
            return request.build();
        });
    }

    @Provide
    Arbitrary<BadRequest> hostileIds() {
        List<Map.Entry<Endpoint, String>> targets = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            Matcher slots = SLOT.matcher(endpoint.path());
            while (slots.find()) {
                targets.add(Map.entry(endpoint, slots.group(1)));
            }
        }
        return Combinators.combine(Arbitraries.of(targets), Arbitraries.randoms()).as((target, random) -> {
            Endpoint endpoint = target.getKey();
            String slot = target.getValue();
            boolean free = endpoint.freeSlots().contains(slot);
            String id = free
                    ? pick(random, slot.equals("attribute") ? INVALID_ATTRIBUTE_NAMES : INVALID_NAMES)
                    : pick(random, random.nextBoolean() ? INVALID_NAMES : UNKNOWN_IDS);
            BadRequest.Builder request = start("id {" + slot + "} = " + id, endpoint, random);
            request.target(target(endpoint, Map.of(slot, id), withQueryNoise(query(endpoint), random)));
            if (endpoint.hasBody()) {
                request.json(withNoise(endpoint, random));
            }
            return request.build();
        });
    }

    @Provide
    Arbitrary<BadRequest> wrongMediaTypesAndMethods() {
        Map<String, Set<String>> methods = new TreeMap<>();
        for (Endpoint endpoint : endpoints) {
            methods.computeIfAbsent(endpoint.path(), p -> new TreeSet<>()).add(endpoint.method());
        }
        List<String> contentTypes = List.of("text/plain", "application/xml", "text/xml",
                "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=xyz", "application/octet-stream", "image/png", "text/html",
                "application/javascript", "application/x-json", "json", "application/jsonx", "text/json");
        return Combinators.combine(Arbitraries.of(endpoints), Arbitraries.randoms()).as((endpoint, random) -> {
            int choice = random.nextInt(3);
            if (choice == 0 && endpoint.hasBody()) {
                String type = random.nextInt(8) == 0 ? null : pick(random, contentTypes);
                BadRequest.Builder request = start("content type " + type, endpoint, random);
                return request.body(withNoise(endpoint, random).getBytes(StandardCharsets.UTF_8), type).build();
            }
            if (choice == 1 && endpoint.readOnly() && endpoint.method().equals("GET")) {
                String accept = pick(random, "application/xml", "text/html", "image/png", "text/csv",
                        "application/pdf, text/plain", "application/xml;q=1, text/html;q=0.5");
                BadRequest.Builder request = start("accept " + accept, endpoint, random).withoutHeader("Accept");
                return request.header("Accept", accept).build();
            }
            List<String> wrong = new ArrayList<>(List.of("PATCH", "TRACE", "PUT", "POST", "DELETE", "GET", "FOO",
                    "PROPFIND", "MKCOL", "LOCK"));
            wrong.removeAll(methods.get(endpoint.path()));
            String method = pick(random, wrong);
            BadRequest.Builder request = start("method " + method, endpoint, random).method(method);
            if (endpoint.hasBody() && !method.equals("GET") && !method.equals("TRACE")) {
                request.json(withNoise(endpoint, random));
            }
            return request.build();
        });
    }

    @Provide
    Arbitrary<BadRequest> badCredentials() {
        return Combinators.combine(Arbitraries.of(endpoints), Arbitraries.randoms()).as((endpoint, random) -> {
            BadRequest.Builder request = start("credentials", endpoint, random);
            if (endpoint.hasBody()) {
                request.json(withNoise(endpoint, random));
            }
            int choice = random.nextInt(endpoint.readOnly() ? 4 : 5);
            switch (choice) {
                case 0 -> request.authorization(null);
                case 1 -> request.basic(pick(random, BadInputFixture.READER, BadInputFixture.STRANGER,
                        "nobody@example.com", "' OR 1=1 --", "😀@example.com", "x".repeat(300)),
                        pick(random,
                                "wrong-password", "", "' OR '1'='1", "correct-horse-batter", "x".repeat(100)));
                case 2 -> request.authorization(pick(random, "Basic", "Basic ", "Basic !!!!", "Basic ====",
                        "Basic " + base64("no-colon-here"), "Bearer abc.def.ghi", "Digest username=\"x\"",
                        "basic", "Basic " + "QUJD".repeat(1000), "Basic " + base64(":"),
                        "Basic " + base64("\u0000:\u0000"),
                        "Negotiate YII=", "Basic " + base64("fuzz-reader@example.com"), "Basic%20abc"));
                case 3 -> request.basic(BadInputFixture.STRANGER, BadInputFixture.USER_PASSWORD);
                default -> request.basic(BadInputFixture.READER, BadInputFixture.USER_PASSWORD);
            }
            return request.build();
        });
    }

    @Provide
    Arbitrary<BadRequest> hugeBodies() {
        return Combinators.combine(Arbitraries.of(endpoints), Arbitraries.integers().between(1_048_577, 3_200_000),
                Arbitraries.randoms()).as((endpoint, size, random) -> {
                    boolean chunked = endpoint.hasBody() && random.nextBoolean();
                    byte[] body = switch (random.nextInt(3)) {
                        case 0 -> padded(endpoint.hasBody() ? body(endpoint) : "{}", size);
                        case 1 -> ("[" + "1,".repeat(size / 2) + "1]").getBytes(StandardCharsets.US_ASCII);
                        default -> {
                            byte[] bytes = new byte[size];
                            random.nextBytes(bytes);
                            yield bytes;
                        }
                    };
                    BadRequest.Builder request = start(
                            "body of " + body.length + " bytes" + (chunked ? ", chunked" : ""),
                            endpoint, random);
                    return request.body(body, "application/json")
                            .transport(chunked ? Transport.CHUNKED : Transport.CLIENT)
                            .build();
                });
    }

    @Provide
    Arbitrary<BadRequest> oddEncodings() {
        return Combinators.combine(Arbitraries.of(endpoints), Arbitraries.randoms()).as((endpoint, random) -> {
            int choice = random.nextInt(endpoint.hasBody() ? 4 : 2);
            return switch (choice) {
                case 0 -> oddTarget(endpoint, random);
                case 1 -> oddHeaders(endpoint, random);
                case 2 -> {
                    byte[] body = invalidUtf8(withNoise(endpoint, random), random);
                    yield start("body not UTF-8", endpoint, random).body(body, "application/json")
                            .transport(random.nextBoolean() ? Transport.RAW : Transport.CLIENT).build();
                }
                default -> {
                    // (UTF-16 and UTF-32 are no defect: the JSON parser detects the body's real encoding)
                    String charset = pick(random, "bogus", "\"\"", "x-unknown-" + "a".repeat(200), "utf-8, utf-16",
                            "ebcdic-xyz", "%00", "utf-7", "\"utf-8", "utf-8;q=\"x", "=");
                    yield start("charset " + charset, endpoint, random).body(withNoise(endpoint, random)
                            .getBytes(StandardCharsets.UTF_8), "application/json; charset=" + charset).build();
                }
            };
        });
    }

    // ------------------------------------------------------------------ building blocks

    /** Ways to break JSON; each result is not JSON whatever it started from. */
    enum Breakage {
        TRUNCATED,
        UNQUOTED_KEY,
        SINGLE_QUOTES,
        TRAILING_COMMA,
        MISSING_COLON,
        GARBAGE_INSIDE,
        TWO_ROOTS,
        COMMENT,
        UNTERMINATED_STRING,
        BAD_ESCAPE,
        CONTROL_CHARACTER,
        DUPLICATE_KEY,
        DEEP_NESTING,
        EMPTY,
        WHITESPACE,
        NOT_JSON;

        /** No body at all: refused only where a body is required. */
        boolean blank() {
            return this == EMPTY || this == WHITESPACE;
        }

        String apply(String json, Random random) {
            String inner = json.substring(1);
            return switch (this) {
                case TRUNCATED -> json.substring(0, 1 + random.nextInt(json.length() - 1));
                case UNQUOTED_KEY -> "{zzKey: 1, " + inner;
                case SINGLE_QUOTES -> json.replace('"', '\'');
                case TRAILING_COMMA -> json.substring(0, json.length() - 1) + ",}";
                case MISSING_COLON -> "{\"zzKey\" 1, " + inner;
                case GARBAGE_INSIDE -> {
                    List<Integer> outsideStrings = outsideStrings(json);
                    int at = outsideStrings.get(random.nextInt(outsideStrings.size()));
                    yield json.substring(0, at) + pick(random, "}}", "]", ",,", ":", "@", "#", "\\", "}{")
                            + json.substring(at);
                }
                case TWO_ROOTS -> json + pick(random, json, "{}", "[]", "1", "x", "\"x\"", "null");
                case COMMENT -> pick(random, "// note\n", "/* note */", "# note\n") + json;
                case UNTERMINATED_STRING -> "{\"zzKey\": \"open, " + inner;
                case BAD_ESCAPE ->
                    "{\"zzKey\": \"" + pick(random, "\\x41", "\\u12", "\\uZZZZ", "\\q", "\\") + "\", " + inner;
                case CONTROL_CHARACTER ->
                    "{\"zzKey\": \"a" + pick(random, "\u0000", "\u0001", "\n", "\t", "\u001f") + "b\", "
                            + inner;
                case DUPLICATE_KEY -> {
                    String key = json.substring(json.indexOf('"'), json.indexOf('"', json.indexOf('"') + 1) + 1);
                    yield "{" + key + ": 1, " + inner;
                }
                case DEEP_NESTING -> "{\"zzKey\": " + "[".repeat(2000 + random.nextInt(20_000)) + "]}";
                case EMPTY -> "";
                case WHITESPACE -> pick(random, " ", "\n\n", "\t \r\n");
                case NOT_JSON -> pick(random, "amount=10&supportedCurrency=usd", "<xml/>", "undefined", "NaN",
                        "{{{{", "\u00ef\u00bb\u00bf", "True", "nul", "'string'", "{\"a\":1}}", "[1,2", "0x1F", ".5");
            };
        }
    }

    /** Fields whose value must not be blank. */
    private static final Set<String> NOT_BLANK = Set.of("id", "name", "email", "username", "userName", "firstName",
            "lastName", "startDate", "password");

    /** Names no attribute may have: blank, too long, or unreadable in a path. */
    private static final List<String> INVALID_ATTRIBUTE_NAMES = List.of("%20", "%09", "%20%0a%20", "x".repeat(300),
            "A".repeat(256), "x%00y", "%00", "a%2Fb", "..", "%2e%2e", "%ff%fe", "%C3%28");

    /** The positions between characters of the JSON text that are not inside a string, the first left out. */
    private static List<Integer> outsideStrings(String json) {
        List<Integer> positions = new ArrayList<>();
        boolean inString = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (!inString && i > 0) {
                positions.add(i);
            }
            if (c == '"' && (i == 0 || json.charAt(i - 1) != '\\')) {
                inString = !inString;
            }
        }
        return positions;
    }

    /** Names no id may have: path tricks, injections, control characters, 300 characters. */
    private static final List<String> INVALID_NAMES = List.of("..", "%2e%2e", "%2E%2E%2F", "..%2f..%2fetc%2fpasswd",
            "%2e%2e%5c%2e%2e%5cwindows", "%252e%252e%252f", "%c0%ae%c0%ae%c0%af", "%00", "x%00y", "..%00",
            "%0d%0aSet-Cookie:%20x=1", "'%20OR%201=1%20--", "1'%20OR%20'1'='1",
            "%27%3B%20DROP%20TABLE%20developers%3B--",
            "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "x".repeat(300), "%F0%9F%98%80", "%E2%80%AE", "%ff%fe", "%C3%28",
            "$%7Bjndi:ldap:%2F%2Fexample.com%2Fa%7D", "%7B%7B7*7%7D%7D", "*", "%2A", "%25", "%20", "a%2Fb", "~",
            ";jsessionid=1", "%3B", "%5C", "%7C", "%09", ".", "%2e", "-", "_x%20y", "%3F", "%23", "a%3Fb%3Dc",
            "%F0%9F%98%80".repeat(100), "%e2%80%8b", "%EF%BB%BF", "A".repeat(256));

    /** Well-formed ids that name nothing. */
    private static final List<String> UNKNOWN_IDS = List.of("nope", "null", "undefined", "0", "-1", "NaN",
            "00000000-0000-0000-0000-000000000000", "nobody%40example.com", "FUZZ-NOPE", "fuzz-org2", "true", "usd2",
            "%F0%9F%98%80%F0%9F%98%80", "caf%C3%A9", "fuzz-product%20", "a.b.c");

    private static List<Endpoint> withBody() {
        return endpoints.stream().filter(Endpoint::hasBody).toList();
    }

    private static List<Endpoint> typed() {
        return endpoints.stream().filter(Endpoint::typedBody).toList();
    }

    private static BadRequest.Builder start(String family, Endpoint endpoint, Random random) {
        BadRequest.Builder request = BadRequest.builder(family + " | " + endpoint, endpoint.method(),
                target(endpoint, Map.of(), withQueryNoise(query(endpoint), random)));
        if (random.nextInt(10) == 0) {
            // refused by the endpoints that honour it, ignored by the others; a valid key would store the refusal
            request.header("Idempotency-Key", random.nextBoolean() ? "" : "k".repeat(256 + random.nextInt(100)));
        }
        if (random.nextInt(5) == 0) {
            request.header(pick(random, "X-Forwarded-For", "X-Request-Id", "Cookie", "Accept-Language", "Referer",
                    "X-Http-Method-Override", "Origin"),
                    pick(random, "' OR 1=1 --", "<script>", "JSESSIONID=abc",
                            "de-CH, fr;q=0.9", "http://example.com/..%2f", "DELETE", "null", "%F0%9F%98%80"));
        }
        return request;
    }

    /** The endpoint's valid body with its slots filled and, at random, unknown fields. */
    private static String withNoise(Endpoint endpoint, Random random) {
        if (endpoint.bodyMode() == BodyMode.ANY_JSON) {
            return "{\"zzUnknown\": [1, {\"a\": \"😀\"}]}";
        }
        ObjectNode tree = tree(endpoint);
        addUnknownFields(tree, random);
        return JSON.writeValueAsString(tree);
    }

    private static void addUnknownFields(ObjectNode tree, Random random) {
        int count = random.nextInt(3);
        for (int i = 0; i < count; i++) {
            String name = pick(random, "zzUnknown", "__proto__", "constructor", "@class", "$where", "id\u0000",
                    "😀", "ünknown", "e\u0301", "class", "admin", "isAdmin");
            JsonNode value = switch (random.nextInt(5)) {
                case 0 -> NODES.stringNode(pick(random, "x.Y", "' OR 1=1 --", "<script>", "😀🚀", "\u202e", ""));
                case 1 -> NODES.numberNode(random.nextLong());
                case 2 -> NODES.booleanNode(random.nextBoolean());
                case 3 -> NODES.objectNode().put("id", "nope");
                default -> NODES.arrayNode().add(1).add("two").addNull();
            };
            tree.set(name, value);
        }
    }

    private static String withQueryNoise(String query, Random random) {
        if (random.nextInt(4) != 0) {
            return query;
        }
        return join(query, pick(random, "zz=1", "zz=1&zz=2", "%F0%9F%98%80=%F0%9F%98%80", "callback=alert(1)",
                "_method=DELETE", "debug=true", "trace=true", "x=%00", "=empty", "&&&", "a[b]=c",
                "q=%27%20OR%201=1%20--"));
    }

    private static String body(Endpoint endpoint) {
        return fill(endpoint.body());
    }

    private static ObjectNode tree(Endpoint endpoint) {
        return (ObjectNode) JSON.readTree(body(endpoint));
    }

    private static String query(Endpoint endpoint) {
        return fill(endpoint.query());
    }

    private static String fill(String template) {
        Matcher slots = SLOT.matcher(template);
        StringBuilder filled = new StringBuilder();
        while (slots.find()) {
            String value = fixture.slots.get(slots.group(1));
            slots.appendReplacement(filled, Matcher.quoteReplacement(value != null ? value : slots.group()));
        }
        return slots.appendTail(filled).toString();
    }

    /** The path with the fixture's ids (or the given raw values, already encoded) and the query. */
    private static String target(Endpoint endpoint, Map<String, String> rawSlots, String query) {
        Matcher slots = SLOT.matcher(endpoint.path());
        StringBuilder path = new StringBuilder();
        while (slots.find()) {
            String slot = slots.group(1);
            String value = rawSlots.containsKey(slot) ? rawSlots.get(slot) : encode(fixture.slots.get(slot));
            slots.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        slots.appendTail(path);
        return query.isEmpty() ? path.toString() : path + "?" + query;
    }

    private static boolean required(Endpoint endpoint, String param) {
        Param kind = endpoint.params().get(param);
        return !endpoint.method().equals("GET") && kind == Param.ID
                || kind == Param.MONTH || kind == Param.YEAR || kind == Param.ACTION;
    }

    /** Whether the parameter is read strictly, so that giving it twice is refused even with valid values. */
    private static boolean strict(Param kind) {
        return kind != Param.SPRING_BOOL;
    }

    private static String validValue(Endpoint endpoint, String param) {
        for (String pair : query(endpoint).split("&")) {
            if (pair.startsWith(param + "=")) {
                return pair.substring(param.length() + 1);
            }
        }
        return switch (param) {
            case "page" -> "1";
            case "size" -> "20";
            case "all" -> "false";
            default -> null;
        };
    }

    private static List<String> paging(String param) {
        return switch (param) {
            case "page" -> List.of("-1", "0", "abc", "1.5", "99999999999", " ", "1e2", "0x1", "+-1", "-2147483648");
            case "size" -> List.of("0", "-1", "1001", "abc", "99999999999", "1.0", "20 20", "2147483648", "-0");
            default -> Param.STRICT_BOOL.refused;
        };
    }

    private static String withParam(String query, String name, String value) {
        return join(withoutParam(query, name), name + "=" + value);
    }

    private static String withoutParam(String query, String name) {
        List<String> kept = new ArrayList<>();
        for (String pair : query.split("&")) {
            if (!pair.isEmpty() && !pair.equals(name) && !pair.startsWith(name + "=")) {
                kept.add(pair);
            }
        }
        return String.join("&", kept);
    }

    private static String join(String query, String more) {
        return query.isEmpty() ? more : query + "&" + more;
    }

    /** Percent-encodes all but the unreserved characters and {@code @}. */
    static String encode(String value) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~@".indexOf(c) >= 0)) {
                encoded.append(c);
            } else {
                encoded.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return encoded.toString();
    }

    private static final String RAW = "\u0001raw\u0001";

    /** The tree as JSON with the {@link #RAW} marker replaced by raw JSON text. */
    private static String raw(ObjectNode tree, String rawJson) {
        return JSON.writeValueAsString(tree).replace("\"\\u0001raw\\u0001\"", rawJson);
    }

    /** Every value's path in the tree, {@code a.0.b} style, the root left out. */
    private static List<String> paths(JsonNode tree) {
        List<String> paths = new ArrayList<>();
        collect(tree, "", paths);
        return paths;
    }

    private static void collect(JsonNode node, String prefix, List<String> paths) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                String path = prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey();
                paths.add(path);
                collect(field.getValue(), path, paths);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String path = prefix + "." + i;
                paths.add(path);
                collect(node.get(i), path, paths);
            }
        }
    }

    private static JsonNode at(JsonNode tree, String path) {
        JsonNode node = tree;
        for (String part : path.split("\\.")) {
            node = node.isArray() ? node.get(Integer.parseInt(part)) : node.get(part);
        }
        return node;
    }

    private static String set(ObjectNode tree, String path, JsonNode value) {
        int dot = path.lastIndexOf('.');
        JsonNode parent = dot < 0 ? tree : at(tree, path.substring(0, dot));
        String last = path.substring(dot + 1);
        if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(last), value);
        } else {
            ((ObjectNode) parent).set(last, value);
        }
        return value.isNull() ? "null" : "blank";
    }

    private static String remove(ObjectNode tree, String path) {
        int dot = path.lastIndexOf('.');
        JsonNode parent = dot < 0 ? tree : at(tree, path.substring(0, dot));
        ((ObjectNode) parent).remove(path.substring(dot + 1));
        return "without";
    }

    /** Raw JSON of a type the node's field cannot take. */
    private static String wrongType(JsonNode current, Random random) {
        if (current.isString()) {
            return pick(random, "{}", "[]", "[\"x\"]", "{\"id\": \"x\"}", "[[]]");
        }
        if (current.isBoolean()) {
            return pick(random, "\"maybe\"", "\"yes\"", "{}", "[]", "\"1.5\"", "[true]", "\"tru\"");
        }
        if (current.isNumber()) {
            return pick(random, "\"abc\"", "\"NaN\"", "\"Infinity\"", "\"-Infinity\"", "\"1,5\"", "\"0x10\"", "{}",
                    "[]",
                    "\"true\"", "[1]", "{\"value\": 1}");
        }
        if (current.isObject()) {
            return pick(random, "\"x\"", "5", "true", "[]", "[{\"id\": \"x\"}]", "-1.5");
        }
        return pick(random, "\"x\"", "5", "{}", "true", "[[]]", "[{}, [1]]", "{\"0\": \"x\"}");
    }

    private static byte[] padded(String json, int size) {
        int room = Math.max(0, size - json.length() - 20);
        String padded = "{\"zzPadding\": \"" + "x".repeat(room) + "\", " + json.substring(1);
        return padded.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] invalidUtf8(String json, Random random) {
        byte[] bad = pick(random, List.of(new byte[]{(byte) 0xff}, new byte[]{(byte) 0xfe, (byte) 0xff},
                new byte[]{(byte) 0x80}, new byte[]{(byte) 0xc3, 0x28}, new byte[]{(byte) 0xf8, (byte) 0x88,
                        (byte) 0x80, (byte) 0x80, (byte) 0x80},
                new byte[]{(byte) 0xe2, 0x28, (byte) 0xa1},
                new byte[]{(byte) 0xbf}, new byte[]{(byte) 0xc1, (byte) 0xbf, (byte) 0xc0}));
        int quote = json.indexOf("\": \"");
        int at = quote < 0 || random.nextInt(3) == 0 ? 1 : quote + 4;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(json.substring(0, at).getBytes(StandardCharsets.UTF_8));
        out.writeBytes(bad);
        out.writeBytes(json.substring(at).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static String base64(String text) {
        return java.util.Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A request target no URI parser would let through, on its own connection. */
    private static BadRequest oddTarget(Endpoint endpoint, Random random) {
        String target = target(endpoint, Map.of(), query(endpoint));
        int queryStart = target.indexOf('?') < 0 ? target.length() : target.indexOf('?');
        List<Integer> positions = new ArrayList<>();
        for (int i = 1; i < queryStart; i++) {
            if (target.charAt(i) == '/') {
                positions.add(i);
            }
        }
        positions.add(queryStart);
        int at = pick(random, positions);
        String insert = pick(random, "/%zz", "/%", "/%e", "/%G0", "/a%2", "/\u0080\u00ff", "/\u00c3\u0028",
                "/x y", "/\ty", "/a\\b", "/%00", "/\u0000", "/../../../../etc/passwd", "/..%00/", "/x%u002e",
                "/" + "a".repeat(20_000), "/%c0%af", "/\"x\"", "/<x>", "/{x}", "/x^y", "/x`y", "/%%30");
        BadRequest.Builder request = start("target " + insert.substring(0, Math.min(20, insert.length())), endpoint,
                random);
        if (endpoint.hasBody()) {
            request.json(withNoise(endpoint, random));
        }
        String odd = target.substring(0, at) + insert + target.substring(at);
        return request.rawTarget(odd.getBytes(StandardCharsets.ISO_8859_1)).build();
    }

    /** Headers that are malformed or contradict the body, on its own connection. */
    private static BadRequest oddHeaders(Endpoint endpoint, Random random) {
        BadRequest.Builder request = start("headers", endpoint, random).transport(Transport.RAW);
        String body = endpoint.hasBody() ? withNoise(endpoint, random) : null;
        if (body != null) {
            request.json(body);
        }
        switch (random.nextInt(6)) {
            case 0 -> request.header("Bad Header", "x");
            case 1 -> request.header("X-Null", "a\u0000b");
            case 2 -> request.header("Transfer-Encoding", pick(random, "gzip", "chunked, gzip", "xchunked"));
            case 3 -> request.header("Content-Length", pick(random, "-1", "abc", "1, 2", "99999999999999999999"));
            case 4 -> request.header("X-Huge", "h".repeat(20_000));
            default -> request.header(":authority", "x");
        }
        return request.build();
    }

    @SafeVarargs
    private static <T> T pick(Random random, T... values) {
        return values[random.nextInt(values.length)];
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
