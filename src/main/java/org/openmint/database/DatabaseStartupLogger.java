package org.openmint.database;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Logs, once the service is up, which PostgreSQL server and database it is using. */
@Component
class DatabaseStartupLogger {

    private static final Logger log = LoggerFactory.getLogger(DatabaseStartupLogger.class);

    private final DataSource dataSource;

    DatabaseStartupLogger(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @EventListener(ApplicationReadyEvent.class)
    void logDatabase() {
        String url = dataSource instanceof com.zaxxer.hikari.HikariDataSource hikari ? hikari.getJdbcUrl() : "?";
        String version = JdbcClient.create(dataSource).sql("show server_version").query(String.class).single();
        log.info("Database: PostgreSQL {} at {}", version, url);
    }
}
