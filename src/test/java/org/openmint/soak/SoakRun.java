package org.openmint.soak;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The soak workload: seeds an organization (a currency with a credit limit, a product, a package, a
 * published per-call plan, prepaid and postpaid developers with apps and accepted plans), then runs
 * N clients for a set time, each sending a random mix of reloads, charges ({@code POST /transactions}),
 * fees, credits and credit-limit raises, every money-moving request with its own Idempotency-Key,
 * some of them repeated on purpose or sent twice at once. Requests that get no answer (the service
 * was killed) or a retryable one are sent again with the same key until they get a definitive
 * answer; then {@link #verify} checks what the clients saw against the database.
 */
public final class SoakRun {

    static final BigDecimal RATE = new BigDecimal("0.25");
    static final BigDecimal CURRENCY_CREDIT_LIMIT = new BigDecimal("50");
    static final BigDecimal OPENING_RELOAD = new BigDecimal("20");
    static final String PRODUCT = "soak-calls";
    static final String PACKAGE = "soak-package";
    static final String PLAN = "soak-plan";

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final long MAX_BACKOFF_MILLIS = 2_000;
    private static final int MAX_SERVER_ERRORS_PER_OPERATION = 5;
    private static final Set<String> CHARGE_REFUSALS = Set.of("mint.insufficientFunds", "mint.creditLimitExceeded",
            "mint.developerSuspended");

    /**
     * How to run.
     *
     * @param baseUrl the service, e.g. {@code http://localhost:8080}
     * @param repeatRate share of definitively answered requests sent once more with the same key
     * @param duplicateRate share of requests sent twice at the same moment with the same key
     * @param drain how long after the run unanswered requests are still retried
     */
    public record Settings(String baseUrl, String username, String password, int clients, int developers,
            Duration duration, Duration drain, double repeatRate, double duplicateRate, long seed) {

        public Settings {
            if (clients < 1 || developers < 2 || duration.isNegative() || drain.isNegative()) {
                throw new IllegalArgumentException("At least 1 client, 2 developers and non-negative durations");
            }
        }
    }

    /** A seeded developer; the credit-limit fields are guarded by {@link #limitLock}. */
    static final class Developer {
        final int index;
        final String email;
        final boolean prepaid;
        volatile String appId;
        final ReentrantLock limitLock = new ReentrantLock();
        BigDecimal limit = CURRENCY_CREDIT_LIMIT;
        final List<Operation> limitChanges = new ArrayList<>();

        Developer(int index, String email, boolean prepaid) {
            this.index = index;
            this.email = email;
            this.prepaid = prepaid;
        }

        String email() {
            return email;
        }
    }

    private record Reply(int status, String body) {
    }

    private enum Verdict {
        DEFINITIVE,
        IN_PROGRESS,
        RETRY
    }

    private final Settings settings;
    private final String authorization;
    private final HttpClient http;
    private final JsonMapper json = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
    private final String runId = UUID.randomUUID().toString().substring(0, 8);
    private final String org = "soak-" + runId;
    private final List<Developer> developers = new ArrayList<>();
    private final List<Developer> prepaid = new ArrayList<>();
    private final List<Developer> postpaid = new ArrayList<>();
    private final AtomicLong operationIds = new AtomicLong();
    private final ConcurrentLinkedQueue<Operation> operations = new ConcurrentLinkedQueue<>();
    private final Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> unexpected = new ConcurrentHashMap<>();
    private final AtomicLong requests = new AtomicLong();
    private volatile long runStartedAt;
    private volatile long runEndedAt;

    public SoakRun(Settings settings) {
        this.settings = settings;
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(
                (settings.username() + ":" + settings.password()).getBytes(StandardCharsets.UTF_8));
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
    }

    /** The organization this run created. */
    public String organization() {
        return org;
    }

    /** Creates the organization, its catalog and the developers, over the API. */
    public void seed() throws InterruptedException {
        String mint = "/v1/mint/organizations/" + org;
        expect(201, "PUT", mint, """
                {"name": "Soak %s", "timezone": "UTC"}""".formatted(runId));
        expect(201, "POST", mint + "/supported-currencies", """
                {"name": "USD", "displayName": "US Dollar", "description": "US Dollar", "organization": {"id": "%s"},
                 "status": "ACTIVE", "virtualCurrency": false, "creditLimit": %s}"""
                .formatted(org, CURRENCY_CREDIT_LIMIT.toPlainString()));
        expect(201, "POST", "/v1/organizations/" + org + "/apiproducts", """
                {"name": "%s", "displayName": "%s", "description": "soak product", "approvalType": "auto",
                 "attributes": []}""".formatted(PRODUCT, PRODUCT));
        expect(201, "POST", mint + "/monetization-packages", """
                {"id": "%s", "name": "%s", "displayName": "%s", "description": "soak package",
                 "organization": {"id": "%s"}, "product": [{"id": "%s"}], "status": "CREATED"}"""
                .formatted(PACKAGE, PACKAGE, PACKAGE, org, PRODUCT));
        String start = LocalDate.now(ZoneOffset.UTC).minusDays(1) + " 00:00:00";
        expect(201, "POST", mint + "/monetization-packages/" + PACKAGE + "/rate-plans", """
                {"id": "%s", "name": "%s", "displayName": "%s", "description": "soak plan", "type": "STANDARD",
                 "published": true, "isPrivate": false, "startDate": "%s",
                 "currency": {"id": "usd"}, "monetizationPackage": {"id": "%s"}, "organization": {"id": "%s"},
                 "setUpFee": 0, "recurringFee": 0, "frequencyDuration": 1, "frequencyDurationType": "MONTH",
                 "paymentDueDays": "30", "advance": false, "prorate": false,
                 "ratePlanDetails": [{"type": "RATECARD", "meteringType": "UNIT", "ratingParameter": "VOLUME",
                   "duration": 1, "durationType": "MONTH", "freemiumUnit": 0, "currency": {"id": "usd"},
                   "organization": {"id": "%s"}, "paymentDueDays": "30",
                   "ratePlanRates": [{"type": "RATECARD", "startUnit": 0, "rate": %s}]}]}"""
                .formatted(PLAN, PLAN, PLAN, start, PACKAGE, org, org, RATE.toPlainString()));
        for (int i = 0; i < settings.developers(); i++) {
            // three in five prepaid, the others postpaid, and at least one of each
            boolean isPrepaid = i == 0 || (i != 1 && i % 5 < 3);
            Developer developer = new Developer(i, "soak-" + i + "-" + runId + "@example.com", isPrepaid);
            developers.add(developer);
            (isPrepaid ? prepaid : postpaid).add(developer);
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(settings.clients(), 8));
        try {
            List<Future<?>> seeded = new ArrayList<>();
            for (Developer developer : developers) {
                seeded.add(pool.submit(() -> {
                    seed(developer);
                    return null;
                }));
            }
            for (Future<?> future : seeded) {
                future.get(5, TimeUnit.MINUTES);
            }
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("Seeding failed", e);
        } finally {
            pool.shutdownNow();
        }
    }

    private void seed(Developer developer) throws InterruptedException {
        String name = developer.email.substring(0, developer.email.indexOf('@'));
        expect(201, "POST", "/v1/organizations/" + org + "/developers",
                """
                        {"email": "%s", "firstName": "Soak", "lastName": "Developer %d", "userName": "%s",
                         "attributes": [{"name": "MINT_BILLING_TYPE", "value": "%s"},
                                        {"name": "MINT_DEVELOPER_LEGAL_NAME", "value": "Soak Developer %d Ltd"},
                                        {"name": "MINT_DEVELOPER_ADDRESS", "value": "{\\"address1\\":\\"1 Soak Street\\",\\"city\\":\\"London\\",\\"country\\":\\"UK\\",\\"isPrimary\\":\\"true\\",\\"state\\":\\"London\\",\\"zip\\":\\"SW1W 123\\"}"}]}"""
                        .formatted(developer.email, developer.index, name, developer.prepaid ? "PREPAID" : "POSTPAID",
                                developer.index));
        developer.appId = json.readTree(expect(201, "POST", "/v1/organizations/" + org + "/developers/"
                + developer.email + "/apps",
                """
                        {"name": "soak-app-%d", "apiProducts": ["%s"], "callbackUrl": "http://example.com"}"""
                        .formatted(developer.index, PRODUCT)))
                .get("appId").asString();
        expect(201, "POST", "/v1/mint/organizations/" + org + "/developers/" + developer.email
                + "/developer-rateplans?waivefees=true",
                """
                        {"developer": {"id": "%s"}, "ratePlan": {"id": "%s"}, "startDate": "%s", "suppressWarning": "true",
                         "waveTerminationCharge": "false"}"""
                        .formatted(developer.email, PLAN, LocalDate.now(ZoneOffset.UTC)));
        if (developer.prepaid) {
            Operation reload = reload(developer, OPENING_RELOAD);
            operations.add(reload);
            drive(reload, System.nanoTime() + TimeUnit.MINUTES.toNanos(2));
            if (reload.outcome != Operation.Outcome.ACKNOWLEDGED) {
                throw new IllegalStateException("Opening reload failed: " + reload);
            }
        }
    }

    /**
     * Runs the clients for the configured time, then lets them retry what is still unanswered for at
     * most the drain time; bounded in time whatever the service does.
     */
    public void run() throws InterruptedException {
        runStartedAt = System.nanoTime();
        long runEnd = runStartedAt + settings.duration().toNanos();
        long drainEnd = runEnd + settings.drain().toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(settings.clients());
        try {
            List<Future<?>> clients = new ArrayList<>();
            for (int c = 0; c < settings.clients(); c++) {
                int client = c;
                clients.add(pool.submit(() -> {
                    client(client, runEnd, drainEnd);
                    return null;
                }));
            }
            long waitMillis = TimeUnit.NANOSECONDS.toMillis(drainEnd - System.nanoTime())
                    + REQUEST_TIMEOUT.toMillis() * 3;
            for (Future<?> future : clients) {
                try {
                    future.get(Math.max(1, waitMillis), TimeUnit.MILLISECONDS);
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new IllegalStateException("A soak client failed", e.getCause());
                } catch (java.util.concurrent.TimeoutException e) {
                    throw new IllegalStateException("A soak client did not finish in time", e);
                }
            }
        } finally {
            pool.shutdownNow();
            runEndedAt = System.nanoTime();
        }
    }

    private void client(int client, long runEnd, long drainEnd) throws InterruptedException {
        SplittableRandom random = new SplittableRandom(settings.seed() * 7919 + client);
        Deque<Operation> pending = new ArrayDeque<>();
        while (System.nanoTime() < runEnd) {
            retryPending(pending, drainEnd);
            Operation operation = next(random, drainEnd);
            if (operation == null || operation.kind == Operation.Kind.CREDIT_LIMIT) {
                continue;
            }
            operations.add(operation);
            if (random.nextDouble() < settings.duplicateRate()) {
                sendTwiceAtOnce(operation);
            }
            if (!operation.resolved()) {
                drive(operation, drainEnd);
            }
            if (!operation.resolved()) {
                pending.add(operation);
            } else if (random.nextDouble() < settings.repeatRate()) {
                operation.deliberateRepeats++;
                drive(operation, drainEnd);
            }
        }
        while (!pending.isEmpty() && System.nanoTime() < drainEnd) {
            retryPending(pending, drainEnd);
            Thread.sleep(50);
        }
    }

    /** Sends again the unanswered requests whose time has come, with their keys. */
    private void retryPending(Deque<Operation> pending, long giveUpAt) throws InterruptedException {
        long now = System.nanoTime();
        for (Iterator<Operation> it = pending.iterator(); it.hasNext();) {
            Operation operation = it.next();
            if (operation.nextAttemptAt - now <= 0) {
                drive(operation, giveUpAt);
                if (operation.resolved()) {
                    it.remove();
                }
            }
        }
    }

    /** The next operation, or null when none could be made; credit-limit raises are run here, under their lock. */
    private Operation next(SplittableRandom random, long giveUpAt) throws InterruptedException {
        int roll = random.nextInt(100);
        if (roll < 12) {
            Developer developer = prepaid.get(random.nextInt(prepaid.size()));
            BigDecimal amount = random.nextInt(4) == 0
                    ? BigDecimal.valueOf(random.nextLong(10_000, 100_001), 4)
                    : BigDecimal.valueOf(random.nextInt(100, 1001), 2);
            return reload(developer, amount);
        }
        Developer developer = developers.get(random.nextInt(developers.size()));
        long id = operationIds.incrementAndGet();
        String mint = "/v1/mint/organizations/" + org;
        if (roll < 62) {
            int batch = random.nextInt(1, 41);
            return new Operation(id, Operation.Kind.CHARGE, developer, key(id), "POST", mint + "/transactions", """
                    {"application": {"id": "%s"}, "product": {"id": "%s"}, "batchSize": %d}"""
                    .formatted(developer.appId, PRODUCT, batch), BigDecimal.ZERO, null,
                    RATE.multiply(BigDecimal.valueOf(batch)), "CHARGE");
        }
        if (roll < 72) {
            String type = random.nextBoolean() ? "SETUPFEES" : "RECURRINGFEES";
            BigDecimal rate = BigDecimal.valueOf(random.nextLong(1, 50_001), 4);
            return new Operation(id, Operation.Kind.FEE, developer, key(id), "POST", mint + "/transactions", """
                    {"type": "%s", "developer": {"id": "%s"}, "ratePlan": {"id": "%s"}, "currency": {"id": "usd"},
                     "rate": %s}""".formatted(type, developer.email, PLAN, rate.toPlainString()), BigDecimal.ZERO,
                    rate, rate, type);
        }
        if (roll < 84) {
            BigDecimal credit = BigDecimal.valueOf(random.nextLong(100, 30_001), 4);
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            return new Operation(id, Operation.Kind.CREDIT, developer, key(id), "POST", mint
                    + "/monetization-packages/" + PACKAGE + "/rate-plans/" + PLAN
                    + "/real-currency-credit-transactions?billingMonth=" + today.getMonth() + "&billingYear="
                    + today.getYear() + "&currencyId=usd&developerId=" + developer.email + "&transactionAmount="
                    + credit.toPlainString() + "&transactionNote=soak%20credit", null, BigDecimal.ZERO,
                    credit.negate(), null, "CREDIT");
        }
        return raiseCreditLimit(postpaid.get(random.nextInt(postpaid.size())), random, giveUpAt);
    }

    /**
     * Raises a postpaid developer's credit limit (never lowers it, so that usage within the limit stays
     * checkable at the end); changes of one developer's limit are sent one at a time.
     */
    private Operation raiseCreditLimit(Developer developer, SplittableRandom random, long giveUpAt)
            throws InterruptedException {
        if (!developer.limitLock.tryLock()) {
            return null;
        }
        try {
            BigDecimal limit = developer.limit.add(BigDecimal.valueOf(random.nextInt(0, 1001), 2));
            long id = operationIds.incrementAndGet();
            Operation operation = new Operation(id, Operation.Kind.CREDIT_LIMIT, developer, null, "POST",
                    "/v1/mint/organizations/" + org + "/developers/" + developer.email
                            + "/developer-credit-limit?amount=" + limit.toPlainString() + "&supportedCurrencyId=usd",
                    null, limit, BigDecimal.ZERO, null, null);
            operations.add(operation);
            developer.limitChanges.add(operation);
            drive(operation, giveUpAt);
            // whatever the answer, a later change must not go below a limit that may have been set
            developer.limit = limit;
            return operation;
        } finally {
            developer.limitLock.unlock();
        }
    }

    private Operation reload(Developer developer, BigDecimal amount) {
        long id = operationIds.incrementAndGet();
        return new Operation(id, Operation.Kind.RELOAD, developer, key(id), "POST",
                "/v1/mint/organizations/" + org + "/developers/" + developer.email + "/developer-balances",
                "{\"amount\": " + amount.toPlainString() + ", \"supportedCurrency\": {\"id\": \"usd\"}}", amount,
                BigDecimal.ZERO, null, "RELOAD");
    }

    private String key(long id) {
        return "soak-" + runId + "-" + id;
    }

    /**
     * Sends the request until it has a definitive answer, must wait for a request with its key that is
     * still in progress, or runs out of time; transport failures and retryable answers are retried
     * with the same key after a growing pause.
     */
    private void drive(Operation operation, long giveUpAt) throws InterruptedException {
        long backoff = 100;
        int serverErrors = 0;
        while (true) {
            Reply reply = send(operation.method, operation.path, operation.body, operation.key);
            Verdict verdict = take(operation, reply);
            if (verdict == Verdict.DEFINITIVE) {
                return;
            }
            if (verdict == Verdict.IN_PROGRESS) {
                operation.nextAttemptAt = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
                return;
            }
            if (reply.status() >= 500 && ++serverErrors >= MAX_SERVER_ERRORS_PER_OPERATION) {
                operation.nextAttemptAt = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
                return;
            }
            if (System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(backoff) - giveUpAt > 0) {
                return;
            }
            Thread.sleep(backoff);
            backoff = Math.min(backoff * 2, MAX_BACKOFF_MILLIS);
        }
    }

    /** Sends the first request of the operation twice at the same moment, with the same key. */
    private void sendTwiceAtOnce(Operation operation) {
        CompletableFuture<Reply> first = sendAsync(operation);
        CompletableFuture<Reply> second = sendAsync(operation);
        take(operation, first.join());
        take(operation, second.join());
    }

    /** Records a reply of the operation and says what the client does next. */
    private Verdict take(Operation operation, Reply reply) {
        operation.statuses.add(reply.status());
        int status = reply.status();
        if (status == Operation.NO_RESPONSE || status >= 500) {
            return Verdict.RETRY;
        }
        JsonNode body = parse(reply.body());
        String code = body == null ? null : body.path("code").asString(null);
        if (status == 409) {
            return "mint.idempotencyRequestInProgress".equals(code) ? Verdict.IN_PROGRESS : Verdict.RETRY;
        }
        boolean success = status / 100 == 2;
        int expected = switch (operation.kind) {
            case RELOAD -> 200;
            default -> 201;
        };
        if (success && status != expected || !success && !(status == 400 && isExpectedRefusal(operation, code))) {
            unexpected.computeIfAbsent(operation.kind + " " + status + (code == null ? "" : " " + code),
                    k -> new AtomicLong()).incrementAndGet();
        }
        if (!operation.resolved()) {
            operation.definitiveStatus = status;
            operation.definitiveBody = body;
            operation.outcome = success ? Operation.Outcome.ACKNOWLEDGED : Operation.Outcome.REFUSED;
            if (success && operation.kind == Operation.Kind.CHARGE && body != null) {
                operation.usage = body.path("rate").decimalValue();
            }
        } else if (operation.key != null) {
            operation.replaysCompared++;
            if (status != operation.definitiveStatus || !Objects.equals(body, operation.definitiveBody)) {
                operation.mismatch = "first answer " + operation.definitiveStatus + " " + operation.definitiveBody
                        + ", later " + status + " " + reply.body();
            }
        }
        return Verdict.DEFINITIVE;
    }

    private static boolean isExpectedRefusal(Operation operation, String code) {
        return (operation.kind == Operation.Kind.CHARGE || operation.kind == Operation.Kind.FEE)
                && CHARGE_REFUSALS.contains(code);
    }

    private Reply send(String method, String path, String body, String key) throws InterruptedException {
        try {
            HttpResponse<String> response = http.send(request(method, path, body, key),
                    HttpResponse.BodyHandlers.ofString());
            return counted(new Reply(response.statusCode(), response.body()));
        } catch (IOException e) {
            return counted(new Reply(Operation.NO_RESPONSE, e.toString()));
        }
    }

    private CompletableFuture<Reply> sendAsync(Operation operation) {
        return http.sendAsync(request(operation.method, operation.path, operation.body, operation.key),
                HttpResponse.BodyHandlers.ofString())
                .thenApply(response -> new Reply(response.statusCode(), response.body()))
                .exceptionally(e -> new Reply(Operation.NO_RESPONSE, e.toString()))
                .thenApply(this::counted);
    }

    private HttpRequest request(String method, String path, String body, String key) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(settings.baseUrl() + path))
                .timeout(REQUEST_TIMEOUT)
                .method(method, body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .header("Accept", "application/json")
                .header("Authorization", authorization);
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.build();
    }

    private Reply counted(Reply reply) {
        requests.incrementAndGet();
        statuses.computeIfAbsent(reply.status(), s -> new AtomicLong()).incrementAndGet();
        return reply;
    }

    /** A seeding request that must get {@code status}; transport failures are retried for a while. */
    private String expect(int status, String method, String path, String body) throws InterruptedException {
        long giveUpAt = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (true) {
            Reply reply = send(method, path, body, null);
            if (reply.status() == status) {
                return reply.body();
            }
            if (reply.status() != Operation.NO_RESPONSE || System.nanoTime() - giveUpAt > 0) {
                throw new IllegalStateException(method + " " + path + " answered " + reply.status() + " "
                        + reply.body());
            }
            Thread.sleep(500);
        }
    }

    private JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return json.readTree(body);
        } catch (RuntimeException notJson) {
            return null;
        }
    }

    /** What the database holds for one Idempotency-Key. */
    private record LedgerRow(String id, String type, BigDecimal amount, BigDecimal usage) {
    }

    private record TransactionRow(String id, String type, String ledgerEntryId, String key) {
    }

    /**
     * Checks what the clients saw against the database: the ledger audit, then every acknowledged
     * request in the ledger exactly once with its money, nothing of a refused one, at most one row of
     * an unanswered one, no row that no request explains, credit limits as last set, no claim left
     * in progress by an answered request, identical answers to every repeat, and zero 5xx.
     */
    public SoakReport verify(JdbcClient jdbc) {
        SoakReport report = new SoakReport();
        List<Operation> all = new ArrayList<>(operations);
        Map<Operation.Kind, Map<Operation.Outcome, Long>> outcomes = new EnumMap<>(Operation.Kind.class);
        for (Operation operation : all) {
            outcomes.computeIfAbsent(operation.kind, k -> new EnumMap<>(Operation.Outcome.class))
                    .merge(operation.outcome, 1L, Long::sum);
        }
        long acknowledged = all.stream().filter(o -> o.outcome == Operation.Outcome.ACKNOWLEDGED).count();
        long retried = all.stream().filter(o -> o.key != null && o.attempts() > 1).count();
        long replays = all.stream().mapToLong(o -> o.replaysCompared).sum();
        long serverErrors = statuses.entrySet().stream().filter(e -> e.getKey() >= 500)
                .mapToLong(e -> e.getValue().get()).sum();
        double seconds = Math.max(1, runEndedAt - runStartedAt) / 1e9;
        report.figure("organization", org);
        report.figure("clients", settings.clients());
        report.figure("developers (prepaid/postpaid)", developers.size() + " (" + prepaid.size() + "/"
                + postpaid.size() + ")");
        report.figure("run time incl. drain", String.format("%.1f s", seconds));
        report.figure("operations", all.size());
        report.figure("operations by kind", outcomes.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")));
        report.figure("acknowledged (2xx)", acknowledged);
        report.figure("HTTP requests", requests.get() + String.format(" (%.0f/s)", requests.get() / seconds));
        report.figure("statuses (-1 = no response)", new TreeMap<>(statuses.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().get()))));
        report.figure("keys sent more than once", retried);
        report.figure("deliberate repeats", all.stream().mapToLong(o -> o.deliberateRepeats).sum());
        report.figure("repeated answers compared", replays);
        report.figure("5xx responses", serverErrors);
        if (serverErrors > 0) {
            report.violation(serverErrors + " responses with a 5xx status");
        }
        unexpected.forEach((what, count) -> report.violation(count.get() + " unexpected answers: " + what));
        all.stream().filter(o -> o.mismatch != null)
                .forEach(o -> report.violation("a repeat of " + o + " got another answer: " + o.mismatch));

        LedgerAudit.Result audit = LedgerAudit.audit(jdbc, org);
        report.figure("balances (prepaid/postpaid)", audit.prepaidBalances() + "/" + audit.postpaidBalances());
        report.figure("ledger entries", audit.ledgerEntries());
        report.figure("transactions", audit.transactions());
        report.figure("ledger sum(amount) / sum(usage)", audit.reloaded().toPlainString() + " / "
                + audit.used().toPlainString());
        audit.violations().forEach(v -> report.violation("ledger audit: " + v));

        Map<String, List<LedgerRow>> ledger = new HashMap<>();
        long[] unexplained = new long[1];
        jdbc.sql("""
                SELECT id, entry_type, amount, usage, idempotency_key FROM ledger_entries
                WHERE org_id = ? AND entry_type <> 'AUTO_RELOAD'""")
                .param(org)
                .query(rs -> {
                    String key = rs.getString("idempotency_key");
                    if (key == null) {
                        unexplained[0]++;
                    } else {
                        ledger.computeIfAbsent(key, k -> new ArrayList<>()).add(new LedgerRow(rs.getString("id"),
                                rs.getString("entry_type"), rs.getBigDecimal("amount"), rs.getBigDecimal("usage")));
                    }
                });
        if (unexplained[0] > 0) {
            report.violation(unexplained[0] + " ledger entries without an Idempotency-Key: no soak request made them");
        }
        Map<String, TransactionRow> transactions = new HashMap<>();
        Map<String, List<TransactionRow>> transactionsByKey = new HashMap<>();
        jdbc.sql("SELECT id, tx_type, ledger_entry_id, idempotency_key FROM transactions WHERE org_id = ?")
                .param(org)
                .query(rs -> {
                    TransactionRow row = new TransactionRow(rs.getString("id"), rs.getString("tx_type"),
                            rs.getString("ledger_entry_id"), rs.getString("idempotency_key"));
                    transactions.put(row.id(), row);
                    if (row.key() != null) {
                        transactionsByKey.computeIfAbsent(row.key(), k -> new ArrayList<>()).add(row);
                    }
                });
        Map<String, Operation> byKey = new HashMap<>();
        long appliedUnanswered = 0;
        for (Operation operation : all) {
            if (operation.key == null) {
                continue;
            }
            byKey.put(operation.key, operation);
            List<LedgerRow> rows = ledger.getOrDefault(operation.key, List.of());
            List<TransactionRow> recorded = transactionsByKey.getOrDefault(operation.key, List.of());
            switch (operation.outcome) {
                case ACKNOWLEDGED -> checkAcknowledged(report, operation, rows, transactions);
                case REFUSED -> {
                    if (!rows.isEmpty() || !recorded.isEmpty()) {
                        report.violation("refused " + operation + " is in the ledger " + rows.size() + " times");
                    }
                }
                case UNKNOWN -> {
                    if (rows.size() > 1 || recorded.size() > 1) {
                        report.violation("unanswered " + operation + " is in the ledger " + rows.size() + " times");
                    }
                    if (!rows.isEmpty()) {
                        appliedUnanswered++;
                    }
                }
            }
        }
        for (String key : ledger.keySet()) {
            if (!byKey.containsKey(key)) {
                report.violation("ledger entries with Idempotency-Key " + key + " that no soak request sent");
            }
        }
        report.figure("unanswered operations applied / not applied", appliedUnanswered + " / "
                + (all.stream().filter(o -> o.outcome == Operation.Outcome.UNKNOWN && o.key != null).count()
                        - appliedUnanswered));
        checkCreditLimits(report, jdbc);
        jdbc.sql("SELECT idempotency_key FROM idempotency_keys WHERE org_id = ? AND state = 'IN_PROGRESS'")
                .param(org)
                .query(rs -> {
                    Operation operation = byKey.get(rs.getString("idempotency_key"));
                    if (operation == null || operation.outcome != Operation.Outcome.UNKNOWN) {
                        report.violation("Idempotency-Key " + rs.getString("idempotency_key")
                                + " is still IN_PROGRESS although its request was answered");
                    }
                });
        return report;
    }

    private void checkAcknowledged(SoakReport report, Operation operation, List<LedgerRow> rows,
            Map<String, TransactionRow> transactions) {
        if (rows.size() != 1) {
            report.violation("acknowledged " + operation + " is in the ledger " + rows.size() + " times");
            return;
        }
        LedgerRow row = rows.get(0);
        if (operation.kind == Operation.Kind.CHARGE && (operation.usage == null
                || operation.usage.compareTo(operation.expectedPrice) != 0)) {
            report.violation("charge " + operation + " was priced " + operation.usage + " instead of "
                    + operation.expectedPrice);
        }
        if (!row.type().equals(operation.entryType) || operation.usage == null
                || row.amount().compareTo(operation.amount) != 0 || row.usage().compareTo(operation.usage) != 0) {
            report.violation("acknowledged " + operation + " is in the ledger as " + row);
        }
        if (operation.kind != Operation.Kind.RELOAD) {
            String id = operation.definitiveBody == null ? null : operation.definitiveBody.path("id").asString(null);
            TransactionRow transaction = id == null ? null : transactions.get(id);
            if (transaction == null || !row.id().equals(transaction.ledgerEntryId())
                    || !operation.key.equals(transaction.key())) {
                report.violation("acknowledged " + operation + " has no matching transaction " + id);
            }
        }
    }

    /** Each postpaid developer's limit is the last one acknowledged, or one sent after it without an answer. */
    private void checkCreditLimits(SoakReport report, JdbcClient jdbc) {
        Map<String, BigDecimal> limits = new HashMap<>();
        jdbc.sql("""
                SELECT lower(d.email) AS email, b.credit_limit FROM balances b
                JOIN developers d ON d.org_id = b.org_id AND d.id = b.developer_id
                WHERE b.org_id = ? AND b.credit_limit IS NOT NULL""")
                .param(org)
                .query(rs -> {
                    limits.put(rs.getString("email"), rs.getBigDecimal("credit_limit"));
                });
        long changes = 0;
        for (Developer developer : postpaid) {
            developer.limitLock.lock();
            try {
                changes += developer.limitChanges.size();
                int last = -1;
                for (int i = 0; i < developer.limitChanges.size(); i++) {
                    if (developer.limitChanges.get(i).outcome == Operation.Outcome.ACKNOWLEDGED) {
                        last = i;
                    }
                }
                BigDecimal actual = limits.get(developer.email.toLowerCase(java.util.Locale.ROOT));
                if (last < 0) {
                    continue;
                }
                boolean explained = false;
                for (int i = last; i < developer.limitChanges.size(); i++) {
                    Operation change = developer.limitChanges.get(i);
                    if ((i == last || change.outcome == Operation.Outcome.UNKNOWN) && actual != null
                            && actual.compareTo(change.amount) == 0) {
                        explained = true;
                    }
                }
                if (!explained) {
                    report.violation("credit limit of " + developer.email + " is " + actual
                            + ", not the last one set " + developer.limitChanges.get(last).amount);
                }
            } finally {
                developer.limitLock.unlock();
            }
        }
        report.figure("credit-limit raises", changes);
    }
}
