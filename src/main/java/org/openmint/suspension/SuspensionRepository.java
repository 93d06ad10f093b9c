package org.openmint.suspension;

import java.math.BigDecimal;
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

    /**
     * Suspends the account for {@code INSUFFICIENT_FUNDS} in the currency while the balance is exhausted
     * ({@code balance_exhausted}) and lifts that suspension once it is not, in one statement.
     *
     * @param remaining prepaid: the remaining balance; postpaid: null
     * @param creditLimit postpaid: the effective credit limit, null when unlimited
     */
    void keepInStep(String org, UUID developerId, String currencyId, boolean prepaid, BigDecimal remaining,
            BigDecimal usage, BigDecimal creditLimit, Instant now) {
        jdbc.sql("""
                WITH balance AS (
                    SELECT balance_exhausted(:prepaid, CAST(:remaining AS NUMERIC), CAST(:usage AS NUMERIC),
                                             CAST(:limit AS NUMERIC)) AS exhausted
                ), suspended AS (
                    INSERT INTO suspensions (org_id, developer_id, reason_code, currency_id, created_at)
                    SELECT :org, :developer, :reason, :currency, :now FROM balance WHERE balance.exhausted
                    ON CONFLICT (org_id, developer_id, reason_code, currency_id) DO NOTHING
                )
                DELETE FROM suspensions
                WHERE org_id = :org AND developer_id = :developer AND currency_id = :currency
                  AND reason_code = :reason AND NOT (SELECT exhausted FROM balance)""")
                .param("prepaid", prepaid)
                .param("remaining", remaining)
                .param("usage", usage)
                .param("limit", creditLimit)
                .param("org", org)
                .param("developer", developerId)
                .param("reason", SuspensionReason.INSUFFICIENT_FUNDS.name())
                .param("currency", currencyId)
                .param("now", now.atOffset(ZoneOffset.UTC))
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
