package org.openmint.soak;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.openmint.ServiceProcess;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The soak tool ({@code bench/soak}, documented in {@code bench/SOAK.md}): runs the packaged service
 * in a child JVM, drives it with {@link SoakRun} and, with {@code --chaos}, kills it with SIGKILL at
 * random moments and starts it again; then checks every invariant, stops the service with SIGTERM,
 * prints a summary and exits 1 on any violation (2 on a usage or set-up error).
 *
 * <p>With {@code --database external} (the default) the tool owns the database: an embedded
 * PostgreSQL in its own JVM that the service reaches through {@code SPRING_DATASOURCE_URL}, so a
 * killed service leaves it running like a real database server. With {@code --database embedded}
 * the service runs its own embedded PostgreSQL on {@code MINT_DATA_DIR}, as in the default
 * deployment, and the tool reads it through the port in {@code postmaster.pid}.
 */
public final class Soak {

    private static final String ADMIN = "admin@example.com";
    private static final String ADMIN_PASSWORD = "soak-admin-password";
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);

    private Soak() {
    }

    /** Command-line options; see {@link #USAGE}. */
    record Options(int clients, int developers, Duration duration, boolean chaos, Duration killMin, Duration killMax,
            String database, Path jar, Path work, Duration drain, long seed) {

        static Options parse(String[] args) {
            Map<String, String> values = new HashMap<>();
            boolean chaos = false;
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                if (arg.equals("--chaos")) {
                    chaos = true;
                } else if (arg.startsWith("--") && arg.contains("=")) {
                    values.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
                } else if (arg.startsWith("--") && i + 1 < args.length) {
                    values.put(arg.substring(2), args[++i]);
                } else {
                    throw new IllegalArgumentException("Unknown argument " + arg);
                }
            }
            String[] kill = values.getOrDefault("kill-every", "8s-20s").split("-");
            String database = values.getOrDefault("database", "external");
            if (!database.equals("external") && !database.equals("embedded")) {
                throw new IllegalArgumentException("--database is external or embedded");
            }
            Duration duration = duration(values.getOrDefault("duration", "60s"));
            Options options = new Options(Integer.parseInt(values.getOrDefault("clients", "32")),
                    Integer.parseInt(values.getOrDefault("developers", "50")), duration, chaos,
                    duration(kill[0]), duration(kill.length > 1 ? kill[1] : kill[0]), database,
                    Path.of(values.getOrDefault("jar", "target/openmint-0.1.0-SNAPSHOT.jar")),
                    Path.of(values.getOrDefault("work", "target/soak")),
                    duration(values.getOrDefault("drain", chaos ? "90s" : "20s")),
                    Long.parseLong(values.getOrDefault("seed", Long.toString(System.nanoTime() % 1_000_000))));
            values.keySet().removeAll(List.of("clients", "developers", "duration", "kill-every", "database", "jar",
                    "work", "drain", "seed"));
            if (!values.isEmpty()) {
                throw new IllegalArgumentException("Unknown options " + values.keySet());
            }
            return options;
        }

        /** {@code 90}, {@code 90s}, {@code 2m}, {@code 1500ms}. */
        static Duration duration(String text) {
            String value = text.trim().toLowerCase(Locale.ROOT);
            if (value.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2)));
            }
            if (value.endsWith("m")) {
                return Duration.ofMinutes(Long.parseLong(value.substring(0, value.length() - 1)));
            }
            return Duration.ofSeconds(Long.parseLong(value.endsWith("s")
                    ? value.substring(0, value.length() - 1)
                    : value));
        }
    }

    static final String USAGE = """
            usage: bench/soak [--clients N] [--developers M] [--duration 60s] [--chaos] [--kill-every 8s-20s]
                              [--database external|embedded] [--drain 20s|90s] [--seed S] [--jar PATH] [--work DIR]""";

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args);
        } catch (RuntimeException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        quietLogging();
        int status;
        try {
            status = run(options);
        } catch (Exception e) {
            System.err.println("Soak could not run: " + e);
            e.printStackTrace();
            status = 2;
        }
        System.exit(status);
    }

    static int run(Options options) throws Exception {
        if (!Files.isRegularFile(options.jar())) {
            throw new IllegalStateException(
                    "No service jar at " + options.jar() + ": build it with ./mvnw -DskipTests package");
        }
        Path work = options.work().resolve(LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")))
                .toAbsolutePath();
        Files.createDirectories(work);
        int port = ServiceProcess.freePort();
        Map<String, String> environment = new HashMap<>();
        environment.put("MINT_ADMIN_USERNAME", ADMIN);
        environment.put("MINT_ADMIN_PASSWORD", ADMIN_PASSWORD);
        EmbeddedPostgres database = null;
        Path dataDir = work.resolve("data");
        if (options.database().equals("external")) {
            database = EmbeddedPostgres.builder().setDataDirectory(work.resolve("postgres").toFile())
                    .setCleanDataDirectory(true).setServerConfig("max_connections", "200").start();
            environment.put("SPRING_DATASOURCE_URL", database.getJdbcUrl("postgres", "postgres"));
            environment.put("SPRING_DATASOURCE_USERNAME", "postgres");
            environment.put("SPRING_DATASOURCE_PASSWORD", "postgres");
        } else {
            environment.put("MINT_DATA_DIR", dataDir.toString());
        }
        System.out.printf("Soak: %d clients, %d developers, %s%s, database %s; service log %s%n", options.clients(),
                options.developers(), options.duration(), options.chaos() ? ", chaos" : "", options.database(),
                work.resolve("service.log"));
        ServiceProcess service = ServiceProcess.jar(options.jar(), port, environment, work.resolve("service.log"));
        try {
            service.start();
            if (!service.awaitReady(READY_TIMEOUT)) {
                throw new IllegalStateException("The service did not become ready; see " + service.log());
            }
            SoakRun run = new SoakRun(new SoakRun.Settings(service.baseUrl(), ADMIN, ADMIN_PASSWORD,
                    options.clients(), options.developers(), options.duration(), options.drain(), 0.1, 0.03,
                    options.seed()));
            run.seed();
            Chaos chaos = new Chaos(service, options);
            Thread chaosThread = new Thread(chaos, "soak-chaos");
            if (options.chaos()) {
                chaosThread.start();
            }
            run.run();
            chaosThread.join(READY_TIMEOUT.toMillis() * 2);
            if (!service.isAlive() || !service.awaitReady(READY_TIMEOUT)) {
                throw new IllegalStateException("The service is not running after the soak; see " + service.log());
            }
            DataSource auditSource = database != null ? database.getPostgresDatabase() : embeddedDatabase(dataDir);
            SoakReport report = run.verify(JdbcClient.create(auditSource));
            report.figure("seed", options.seed());
            report.figure("database", options.database());
            if (options.chaos()) {
                report.figure("SIGKILLs / restarts", chaos.kills + " / " + chaos.restarts);
                report.figure("downtime (kill to ready), each", chaos.downtimes);
                if (chaos.failure.get() != null) {
                    report.violation(chaos.failure.get());
                }
            }
            long stopping = System.nanoTime();
            Integer exit = service.stop(Duration.ofSeconds(60));
            report.figure("SIGTERM to exit", exit == null
                    ? "did not exit within 60 s"
                    : String.format("%.1f s, exit code %d", (System.nanoTime() - stopping) / 1e9, exit));
            if (exit == null) {
                report.violation("the service did not exit within 60 s of SIGTERM");
            }
            if (database == null && Files.exists(dataDir.resolve("postmaster.pid"))) {
                report.violation("the embedded PostgreSQL did not stop cleanly: postmaster.pid is left in " + dataDir);
            }
            report.print(System.out);
            return report.violations().isEmpty() ? 0 : 1;
        } finally {
            service.close();
            if (database != null) {
                database.close();
            }
        }
    }

    /** The service's own embedded PostgreSQL, found through the port in its {@code postmaster.pid}. */
    private static DataSource embeddedDatabase(Path dataDir) throws IOException {
        List<String> lines = Files.readAllLines(dataDir.resolve("postmaster.pid"));
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setServerNames(new String[]{"localhost"});
        source.setPortNumbers(new int[]{Integer.parseInt(lines.get(3).trim())});
        source.setDatabaseName("postgres");
        source.setUser("postgres");
        source.setPassword("postgres");
        return source;
    }

    /** Kills the service with SIGKILL at random moments during the run and starts it again each time. */
    private static final class Chaos implements Runnable {

        private final ServiceProcess service;
        private final Options options;
        private final SplittableRandom random;
        volatile int kills;
        volatile int restarts;
        final List<String> downtimes = new ArrayList<>();
        final AtomicReference<String> failure = new AtomicReference<>();

        Chaos(ServiceProcess service, Options options) {
            this.service = service;
            this.options = options;
            this.random = new SplittableRandom(options.seed());
        }

        @Override
        public void run() {
            long end = System.nanoTime() + options.duration().toNanos();
            try {
                while (true) {
                    long pause = random.nextLong(options.killMin().toMillis(), options.killMax().toMillis() + 1);
                    if (System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(pause) - end >= 0) {
                        return;
                    }
                    Thread.sleep(pause);
                    long killedAt = System.nanoTime();
                    service.kill();
                    kills++;
                    service.start();
                    if (!service.awaitReady(READY_TIMEOUT)) {
                        failure.set("the service did not become ready again after SIGKILL #" + kills);
                        return;
                    }
                    restarts++;
                    downtimes.add(String.format("%.1f s", (System.nanoTime() - killedAt) / 1e9));
                }
            } catch (IOException e) {
                failure.set("the service could not be restarted: " + e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void quietLogging() {
        if (LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
            root.setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }
}
