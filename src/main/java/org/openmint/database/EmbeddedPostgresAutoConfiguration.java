package org.openmint.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.openmint.MintProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;

/**
 * Starts an embedded PostgreSQL whose data lives in {@code mint.data-dir} when no
 * {@code spring.datasource.url} is configured, and stops it when the application context closes.
 * {@code mint.database} set to anything but {@code embedded} turns it off.
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

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean({EmbeddedPostgres.class, JdbcConnectionDetails.class})
    EmbeddedPostgres embeddedPostgres(MintProperties properties) throws IOException {
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
                .start();
        log.info("Database: embedded PostgreSQL on port {}, data directory {} ({})", postgres.getPort(), dataDir,
                fresh ? "created now" : "existing data kept");
        return postgres;
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
