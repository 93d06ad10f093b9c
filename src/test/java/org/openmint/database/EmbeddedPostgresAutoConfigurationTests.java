package org.openmint.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.openmint.Api;
import org.openmint.OpenMintApplication;
import org.openmint.ServiceProcess;
import org.openmint.scenario.CurrencyBody;
import org.openmint.scenario.Scenario;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded PostgreSQL keeps its data in the data directory across restarts, stops cleanly (also in a
 * class data sharing training run), writes its log there, and the service starts again on its data
 * directory after it was killed.
 */
@DisabledIfSystemProperty(named = "mint.test.database", matches = "testcontainers", disabledReason = "tests the embedded database itself")
class EmbeddedPostgresAutoConfigurationTests {

    @Test
    void shouldKeepDataAcrossRestartOnTheSameDataDirectory() throws Exception {
        Path dataDir = Files.createTempDirectory(Path.of("target"), "restart-");
        String org;

        try (ConfigurableApplicationContext first = start(dataDir)) {
            org = Scenario.on(api(first)).organization(profile -> profile.put("name", "Before restart"))
                    .currency(CurrencyBody.of("USD").creditLimit("1234.5678")).org();
        }
        assertThat(dataDir.resolve("postmaster.pid")).doesNotExist();

        try (ConfigurableApplicationContext second = start(dataDir)) {
            Api api = api(second);
            assertThat(api.get("/v1/mint/organizations/" + org).expectStatus(200).json().get("name").asString())
                    .isEqualTo("Before restart");
            assertThat(api.get("/v1/mint/organizations/" + org + "/supported-currencies/usd").expectStatus(200)
                    .json().get("creditLimit").decimalValue()).isEqualByComparingTo("1234.5678");
        }
    }

    @Test
    void shouldStartOnItsDataDirectoryAfterTheServiceWasKilled() throws Exception {
        Path work = Files.createTempDirectory(Path.of("target"), "killed-");
        Path dataDir = work.resolve("data");
        String org;
        long orphan;
        try (ServiceProcess service = ServiceProcess.classPath(ServiceProcess.freePort(), Map.of(),
                work.resolve("service.log"), "--mint.data-dir=" + dataDir, "--mint.admin.password=restart-password",
                "--mint.bcrypt-strength=4")) {
            service.start();
            assertThat(service.awaitReady(Duration.ofMinutes(3))).as("ready; see %s", service.log()).isTrue();
            org = Scenario.on(new Api(service.baseUrl(), "admin@example.com", "restart-password"))
                    .organization(profile -> profile.put("name", "Before the kill")).org();
            orphan = OrphanedPostmaster.runningPostmaster(dataDir).orElseThrow().pid();
            service.kill();
        }
        // SIGKILL gives the service no chance to stop its PostgreSQL, which runs as a process of its own
        assertThat(ProcessHandle.of(orphan).filter(ProcessHandle::isAlive)).isPresent();

        try (ConfigurableApplicationContext restarted = start(dataDir)) {
            assertThat(api(restarted).get("/v1/mint/organizations/" + org).expectStatus(200).json().get("name")
                    .asString()).isEqualTo("Before the kill");
        }
        ProcessHandle.of(orphan).ifPresent(process -> process.onExit().orTimeout(10, TimeUnit.SECONDS).join());
        assertThat(ProcessHandle.of(orphan).filter(ProcessHandle::isAlive)).isEmpty();
        assertThat(dataDir.resolve("postmaster.pid")).doesNotExist();
    }

    @Test
    void shouldKeepTheServerLogInTheDataDirectoryAfterStartUp() throws Exception {
        Path dataDir = Files.createTempDirectory(Path.of("target"), "server-log-");
        String marker = "openmint-server-log-" + System.nanoTime();

        try (ConfigurableApplicationContext context = start(dataDir)) {
            JdbcClient jdbc = JdbcClient.create(context.getBean(DataSource.class));
            jdbc.sql("DO $$ BEGIN RAISE LOG '" + marker + "'; END $$").update();

            Path logs = dataDir.resolve("log");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (logged(logs, marker).isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            // named by the server's day of the week (a run at midnight may see either day)
            assertThat(logged(logs, marker)).hasValueSatisfying(file -> assertThat(file.getFileName().toString())
                    .matches("postgresql-(Mon|Tue|Wed|Thu|Fri|Sat|Sun)\\.log"));
        }
    }

    @Test
    void shouldStopTheDatabaseOfAClassDataSharingTrainingRun() throws Exception {
        Path work = Files.createTempDirectory(Path.of("target"), "training-");
        Path dataDir = work.resolve("data");
        try (ServiceProcess training = ServiceProcess.classPath(ServiceProcess.freePort(),
                Map.of("JAVA_TOOL_OPTIONS", "-Dspring.context.exit=onRefresh"), work.resolve("service.log"),
                "--mint.data-dir=" + dataDir, "--mint.admin.password=restart-password", "--mint.bcrypt-strength=4")) {
            training.start();

            assertThat(training.awaitExit(Duration.ofMinutes(3))).as("exit code; see %s", training.log()).contains(0);
        }
        assertThat(dataDir.resolve("PG_VERSION")).as("the training run created its database").exists();
        assertThat(OrphanedPostmaster.runningPostmaster(dataDir)).isEmpty();
        assertThat(dataDir.resolve("postmaster.pid")).doesNotExist();
    }

    /** The log file in {@code logs} that contains {@code text}. */
    private static Optional<Path> logged(Path logs, String text) throws IOException {
        if (!Files.isDirectory(logs)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(logs)) {
            for (Path file : files.toList()) {
                if (Files.readString(file).contains(text)) {
                    return Optional.of(file);
                }
            }
        }
        return Optional.empty();
    }

    private static ConfigurableApplicationContext start(Path dataDir) {
        return new SpringApplicationBuilder(OpenMintApplication.class)
                .run("--server.port=0", "--mint.data-dir=" + dataDir, "--mint.admin.password=restart-password",
                        "--mint.bcrypt-strength=4");
    }

    private static Api api(ConfigurableApplicationContext context) {
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        return new Api("http://localhost:" + port, "admin@example.com", "restart-password");
    }
}
