package org.openmint.database;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.openmint.Api;
import org.openmint.ServiceProcess;
import org.openmint.scenario.Scenario;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * SIGTERM to a running service (as {@code docker stop} or systemd send it): requests in flight finish
 * with their normal answers, then the embedded PostgreSQL stops cleanly, keeping what they wrote.
 */
@DisabledIfSystemProperty(named = "mint.test.database", matches = "testcontainers", disabledReason = "tests the embedded database itself")
class GracefulShutdownTests {

    private static final String PASSWORD = "graceful-password";
    private static final int IN_FLIGHT = 6;

    @Test
    void shouldFinishInFlightRequestsThenStopTheEmbeddedDatabaseCleanlyOnSigterm() throws Exception {
        Path work = Files.createTempDirectory(Path.of("target"), "graceful-");
        Path dataDir = work.resolve("data");
        String org;
        List<String> keys = new ArrayList<>();
        long postmaster;
        try (ServiceProcess service = ServiceProcess.classPath(ServiceProcess.freePort(), Map.of(),
                work.resolve("service.log"), "--mint.data-dir=" + dataDir, "--mint.admin.password=" + PASSWORD,
                "--mint.bcrypt-strength=4")) {
            service.start();
            assertThat(service.awaitReady(Duration.ofMinutes(3))).as("ready; see %s", service.log()).isTrue();
            Scenario world = Scenario.on(new Api(service.baseUrl(), "admin@example.com", PASSWORD)).organization()
                    .currency("USD");
            org = world.org();
            String developer = world.developer("PREPAID");
            String reloads = Scenario.mint(org) + "/developers/" + developer + "/developer-balances";
            world.reload(developer, "1");
            postmaster = OrphanedPostmaster.runningPostmaster(dataDir).orElseThrow().pid();

            List<CompletableFuture<HttpResponse<String>>> inFlight = new ArrayList<>();
            try (Connection database = DriverManager.getConnection("jdbc:postgresql://localhost:"
                    + Files.readAllLines(dataDir.resolve("postmaster.pid")).get(3).trim() + "/postgres", "postgres",
                    "postgres")) {
                // hold the balance so that the reloads wait inside their transactions
                database.setAutoCommit(false);
                try (PreparedStatement lock = database.prepareStatement(
                        "SELECT id FROM balances WHERE org_id = ? FOR UPDATE")) {
                    lock.setString(1, org);
                    lock.executeQuery().close();
                }
                HttpClient client = HttpClient.newHttpClient();
                for (int i = 0; i < IN_FLIGHT; i++) {
                    String key = UUID.randomUUID().toString();
                    keys.add(key);
                    inFlight.add(client.sendAsync(HttpRequest.newBuilder(URI.create(service.baseUrl() + reloads))
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    "{\"amount\": 2.5, \"supportedCurrency\": {\"id\": \"usd\"}}"))
                            .header("Content-Type", "application/json").header("Idempotency-Key", key)
                            .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                                    ("admin@example.com:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                            .build(), HttpResponse.BodyHandlers.ofString()));
                }
                awaitWaitingOnLock(database, IN_FLIGHT);

                service.terminate();
                Thread.sleep(2_000);
                assertThat(service.isAlive()).as("still draining the requests in flight").isTrue();
                try {
                    database.commit();
                } catch (SQLException e) {
                    fail("PostgreSQL stopped before the requests in flight had finished", e);
                }
            }
            for (CompletableFuture<HttpResponse<String>> response : inFlight) {
                HttpResponse<String> answered = response.get(60, TimeUnit.SECONDS);
                assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
            }
            assertThat(service.stop(Duration.ofSeconds(60))).as("exited after SIGTERM").isNotNull();
        }

        assertThat(dataDir.resolve("postmaster.pid")).doesNotExist();
        // it removes postmaster.pid a moment before it exits
        ProcessHandle.of(postmaster).ifPresent(process -> process.onExit().orTimeout(10, TimeUnit.SECONDS).join());
        assertThat(ProcessHandle.of(postmaster).filter(ProcessHandle::isAlive)).isEmpty();
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(dataDir.toFile())
                .setCleanDataDirectory(false).start()) {
            JdbcClient jdbc = JdbcClient.create(postgres.getPostgresDatabase());
            assertThat(jdbc.sql("SELECT idempotency_key FROM ledger_entries WHERE org_id = ? AND amount = 2.5")
                    .param(org).query(String.class).list()).containsExactlyInAnyOrderElementsOf(keys);
            assertThat(jdbc.sql("SELECT opening + reloads FROM balances WHERE org_id = ?").param(org)
                    .query(BigDecimal.class).single()).isEqualByComparingTo("16");
        }
    }

    private static void awaitWaitingOnLock(Connection database, int requests) throws Exception {
        long giveUpAt = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < giveUpAt) {
            // the activity view is a snapshot per transaction, and this connection stays in one
            try (PreparedStatement clear = database.prepareStatement("SELECT pg_stat_clear_snapshot()")) {
                clear.execute();
            }
            try (PreparedStatement waiting = database.prepareStatement(
                    "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'");
                    ResultSet rs = waiting.executeQuery()) {
                rs.next();
                if (rs.getInt(1) >= requests) {
                    return;
                }
            }
            Thread.sleep(100);
        }
        fail("The reloads never waited on the balance");
    }
}
