package org.openmint;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * With {@code -Dmint.test.database=testcontainers} the tests run against a {@code postgres:17}
 * container (machines with Docker); otherwise against the embedded PostgreSQL.
 */
@TestConfiguration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "mint.test.database", havingValue = "testcontainers")
public class TestDatabaseConfiguration {

    @Bean
    @ServiceConnection
    PostgreSQLContainer postgres() {
        return new PostgreSQLContainer("postgres:17");
    }
}
