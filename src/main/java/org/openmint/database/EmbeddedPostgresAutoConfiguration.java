package org.openmint.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.openmint.MintProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.Bean;
import org.springframework.core.SpringProperties;
import org.springframework.core.env.Environment;

/**
 * Starts an embedded PostgreSQL whose data lives in {@code mint.data-dir} when no
 * {@code spring.datasource.url} is configured, and stops it when the application context closes.
 * {@code mint.database} set to anything but {@code embedded} turns it off. The server is started on a
 * background thread as soon as the bean definitions are known, so that its initdb and start-up
 * overlap the rest of the application's start.
 *
 * <p>The database stops with the context and not before: on SIGTERM the web server first lets
 * in-flight requests finish (graceful shutdown), then the connection pool closes, then PostgreSQL.
 * A PostgreSQL left running by an instance that was killed is stopped before this one starts.
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class)
@ConditionalOnClass(EmbeddedPostgres.class)
@ConditionalOnProperty(name = "spring.datasource.url", havingValue = "embedded", matchIfMissing = true)
@ConditionalOnProperty(name = "mint.database", havingValue = "embedded", matchIfMissing = true)
@EnableConfigurationProperties(MintProperties.class)
public class EmbeddedPostgresAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresAutoConfiguration.class);

    @Bean
    static EarlyStart embeddedPostgresEarlyStart() {
        return new EarlyStart();
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean({EmbeddedPostgres.class, JdbcConnectionDetails.class})
    EmbeddedPostgres embeddedPostgres(MintProperties properties, EarlyStart early) throws IOException {
        Optional<EmbeddedPostgres> started = early.take();
        return started.isPresent() ? started.get() : start(properties);
    }

    private static EmbeddedPostgres start(MintProperties properties) throws IOException {
        Path dataDir = properties.dataDir().toAbsolutePath().normalize();
        Files.createDirectories(dataDir);
        boolean fresh = !Files.exists(dataDir.resolve("PG_VERSION"));
        OrphanedPostmaster.stopIfOrphaned(dataDir, Duration.ofSeconds(30));
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir.toFile())
                .setCleanDataDirectory(false)
                // the library's own JVM shutdown hook would stop the database while requests still drain
                .setRegisterShutdownHook(false)
                .setServerConfig("max_connections", "200")
                // The embedded server's defaults trade durability for speed (fsync off, asynchronous
                // commit); a committed charge must survive a crash, so both are turned back on.
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                // Chosen with bench/run (bench/README.md): the ledger's indexes outgrow the default 128 MB
                // of buffers within a few million rows, and then reads wait behind evictions of dirty pages
                // during checkpoints; rarer checkpoints write fewer full-page images to the WAL.
                .setServerConfig("shared_buffers", "512MB")
                .setServerConfig("max_wal_size", "4GB")
                .setServerConfig("checkpoint_timeout", "15min")
                // Until its first checkpoints a new database creates a WAL segment every few seconds under
                // load; zero-filling it (16 MB, then an fsync) in the committing backend held every
                // group-committed charge for 20-60 ms each time. Without it charges and the pgbench ceiling
                // both lose about 7% on a new database, and charges' p99 stays under 10 ms (bench/README.md).
                .setServerConfig("wal_init_zero", "off")
                // The library reads the server's output only until pg_ctl has exited, so later messages
                // (errors, checkpoints, autovacuum) were lost; the server keeps its own log files instead,
                // log/postgresql-Mon.log and so on in the data directory, a week of them.
                .setServerConfig("logging_collector", "on")
                .setServerConfig("log_filename", "postgresql-%a.log")
                .setServerConfig("log_rotation_age", "1d")
                .setServerConfig("log_rotation_size", "0")
                .setServerConfig("log_truncate_on_rotation", "on")
                .start();
        log.info("Database: embedded PostgreSQL on port {}, data directory {} ({})", postgres.getPort(), dataDir,
                fresh ? "created now" : "existing data kept");
        return postgres;
    }

    /**
     * Starts the server in the background once the bean definitions show that the embedded one will be
     * used; the {@code embeddedPostgres} bean takes it over, and a context that fails before that stops it.
     */
    static final class EarlyStart implements BeanFactoryPostProcessor, EnvironmentAware, DisposableBean {

        private Environment environment;
        private CompletableFuture<EmbeddedPostgres> starting;
        private boolean taken;

        @Override
        public void setEnvironment(Environment environment) {
            this.environment = environment;
        }

        @Override
        public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
            if (!beanFactory.containsBeanDefinition("embeddedPostgres")) {
                return;
            }
            MintProperties properties = Binder.get(environment).bindOrCreate("mint", MintProperties.class);
            starting = new CompletableFuture<>();
            Thread thread = new Thread(() -> {
                try {
                    starting.complete(start(properties));
                } catch (IOException | RuntimeException e) {
                    starting.completeExceptionally(e);
                }
            }, "embedded-postgres-start");
            thread.setDaemon(true);
            thread.start();
        }

        /** The server started in the background, now owned by the caller; empty when none was started. */
        synchronized Optional<EmbeddedPostgres> take() throws IOException {
            if (starting == null) {
                return Optional.empty();
            }
            EmbeddedPostgres started;
            try {
                started = starting.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("Interrupted while starting the embedded PostgreSQL", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof IOException io) {
                    throw io;
                }
                throw new IllegalStateException("The embedded PostgreSQL did not start", e.getCause());
            }
            taken = true;
            return Optional.of(started);
        }

        @Override
        public synchronized void destroy() throws IOException {
            if (starting == null || taken) {
                return;
            }
            try {
                starting.join().close();
            } catch (RuntimeException e) {
                log.warn("The embedded PostgreSQL started in the background did not stop cleanly", e);
            }
        }
    }

    /**
     * A class data sharing training run ({@code -Dspring.context.exit=onRefresh}, bench/README.md) halts the
     * JVM at the end of the context's refresh, running no destroy method or shutdown hook, which left its
     * PostgreSQL running. In such a run the database stops once every singleton exists; nothing uses it after.
     */
    @Bean
    static SmartInitializingSingleton embeddedPostgresStopOnExitOnRefresh(ObjectProvider<EmbeddedPostgres> postgres) {
        return () -> {
            if ("onRefresh".equalsIgnoreCase(SpringProperties.getProperty("spring.context.exit"))) {
                EmbeddedPostgres running = postgres.getIfAvailable();
                if (running != null) {
                    try {
                        running.close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        };
    }

    @Bean
    @ConditionalOnMissingBean(JdbcConnectionDetails.class)
    JdbcConnectionDetails embeddedPostgresConnectionDetails(EmbeddedPostgres postgres) {
        return new JdbcConnectionDetails() {
            @Override
            public String getUsername() {
                return "postgres";
            }

            @Override
            public String getPassword() {
                return "postgres";
            }

            @Override
            public String getJdbcUrl() {
                return postgres.getJdbcUrl("postgres", "postgres");
            }

            @Override
            public String getDriverClassName() {
                return "org.postgresql.Driver";
            }
        };
    }
}
