package org.openmint.suspension;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Suspension rows in plain SQL: each change is one statement, safe to run concurrently. */
@Repository
class SuspensionRepository {

    private final JdbcClient jdbc;

    SuspensionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Suspends the account for the reason in the currency unless it already is; true when it was not. */
    boolean suspend(String org, UUID developerId, String currencyId, SuspensionReason reason, Instant now) {
        return jdbc.sql("""
                INSERT INTO suspensions (org_id, developer_id, reason_code, currency_id, created_at)
                VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (org_id, developer_id, reason_code, currency_id) DO NOTHING""")
                .params(org, developerId, reason.name(), currencyId, now.atOffset(ZoneOffset.UTC))
                .update() == 1;
    }

    /** Lifts the account's suspension for the reason in the currency, if any. */
    void lift(String org, UUID developerId, String currencyId, SuspensionReason reason) {
        jdbc.sql(
                "DELETE FROM suspensions WHERE org_id = ? AND developer_id = ? AND currency_id = ? AND reason_code = ?")
                .params(org, developerId, currencyId, reason.name())
                .update();
    }

    /** Lifts every suspension of the account; how many rows went. */
    int liftAll(String org, UUID developerId) {
        return jdbc.sql("DELETE FROM suspensions WHERE org_id = ? AND developer_id = ?")
                .params(org, developerId).update();
    }

    boolean isSuspended(String org, UUID developerId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM suspensions WHERE org_id = ? AND developer_id = ?)")
                .params(org, developerId).query(Boolean.class).single();
    }

    /** The organization's suspensions, one per account and reason, oldest first. */
    List<SuspensionRow> findByOrg(String org) {
        return jdbc.sql("""
                SELECT developer_id, reason_code, min(created_at) AS created_at FROM suspensions
                WHERE org_id = ?
                GROUP BY developer_id, reason_code
                ORDER BY min(created_at), developer_id, reason_code""")
                .params(org).query(SuspensionRepository::row).list();
    }

    /** The account's suspensions, one per reason, oldest first. */
    List<SuspensionRow> findByDeveloper(String org, UUID developerId) {
        return jdbc.sql("""
                SELECT developer_id, reason_code, min(created_at) AS created_at FROM suspensions
                WHERE org_id = ? AND developer_id = ?
                GROUP BY developer_id, reason_code
                ORDER BY min(created_at), reason_code""")
                .params(org, developerId).query(SuspensionRepository::row).list();
    }

    private static SuspensionRow row(ResultSet rs, int row) throws SQLException {
        return new SuspensionRow(rs.getString("developer_id"), rs.getString("reason_code"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
