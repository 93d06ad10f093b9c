package org.openmint.database;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openmint.IntegrationTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tables every charge or reload updates are never truncated by vacuum: truncation takes an ACCESS
 * EXCLUSIVE lock that stops every balance read and charge while it lasts (migration
 * V202612012200, bench/results/2026-12-01.md).
 */
class VacuumTruncationTests extends IntegrationTestSupport {

    @Autowired
    private JdbcClient jdbc;

    @Test
    void tablesUpdatedByChargesAndReloadsKeepTheirEmptyPages() {
        List<String> tables = jdbc.sql("""
                SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = current_schema() AND 'vacuum_truncate=false' = ANY (c.reloptions)
                ORDER BY c.relname""").query(String.class).list();

        assertThat(tables).containsExactly("balances", "idempotency_keys", "suspensions", "usage_counters");
    }
}
