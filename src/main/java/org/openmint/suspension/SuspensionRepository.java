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
                    ON CONFLICT (org_id, developer_id, reason_code, currency_id, product_id) DO NOTHING
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

    /** The organization's suspension rows, oldest first. */
    List<SuspensionRow> findByOrg(String org) {
        return jdbc.sql("""
                SELECT developer_id, reason_code, currency_id, product_id, created_at FROM suspensions
                WHERE org_id = ?
                ORDER BY created_at, developer_id, reason_code, currency_id, product_id""")
                .params(org).query(SuspensionRepository::row).list();
    }

    /** The account's suspension rows, oldest first. */
    List<SuspensionRow> findByDeveloper(String org, UUID developerId) {
        return jdbc.sql("""
                SELECT developer_id, reason_code, currency_id, product_id, created_at FROM suspensions
                WHERE org_id = ? AND developer_id = ?
                ORDER BY created_at, reason_code, currency_id, product_id""")
                .params(org, developerId).query(SuspensionRepository::row).list();
    }

    /**
     * Replaces the account's row for every product in the currency by one row per product in {@code others},
     * each since when the replaced row held, in one statement: the account stays suspended for those
     * products only. Nothing happens when the row is gone meanwhile.
     */
    void narrow(String org, SuspensionRow accountWide, List<String> others) {
        jdbc.sql("""
                WITH narrowed AS (
                    DELETE FROM suspensions
                    WHERE org_id = :org AND developer_id = CAST(:developer AS UUID) AND reason_code = :reason
                      AND currency_id = :currency AND product_id = ''
                    RETURNING created_at
                )
                INSERT INTO suspensions (org_id, developer_id, reason_code, currency_id, product_id, created_at)
                SELECT :org, CAST(:developer AS UUID), :reason, :currency, product.id, narrowed.created_at
                FROM narrowed CROSS JOIN unnest(CAST(:others AS TEXT[])) AS product(id)
                ON CONFLICT DO NOTHING""")
                .param("org", org)
                .param("developer", accountWide.developerId())
                .param("reason", accountWide.reasonCode())
                .param("currency", accountWide.currencyId())
                .param("others", others.toArray(String[]::new))
                .update();
    }

    /** Lifts every suspension for this product (not those for every product of an account); the rows that went. */
    List<SuspensionRow> liftProduct(String org, String productId) {
        return jdbc.sql("""
                DELETE FROM suspensions WHERE org_id = ? AND product_id = ?
                RETURNING developer_id, reason_code, currency_id, product_id, created_at""")
                .params(org, productId).query(SuspensionRepository::row).list();
    }

    private static SuspensionRow row(ResultSet rs, int row) throws SQLException {
        String productId = rs.getString("product_id");
        return new SuspensionRow(rs.getString("developer_id"), rs.getString("reason_code"),
                rs.getString("currency_id"), productId.isEmpty() ? null : productId,
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
