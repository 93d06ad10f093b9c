package org.openmint.soak;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Checks the money of one organization straight from the database (spec Part I #11-#17), so that
 * nothing the service says about itself is taken on trust:
 * <ul>
 * <li>every balance's current-period reloads and usage, and every closed period's, equal the sums of
 *     that period's ledger rows, and every ledger row belongs to its balance's developer and currency;</li>
 * <li>a prepaid balance's remaining (opening + reloads − usage) equals all its ledger amounts minus
 *     all its ledger usage, and is not below zero unless a forced charge or a negative credit touched it;</li>
 * <li>a postpaid balance's usage is within its effective credit limit unless a forced charge or a
 *     negative credit touched it (credit limits are assumed never to have been lowered below usage);</li>
 * <li>every transaction's ledger entry exists and moved the same developer, currency, type and money;
 *     every charge, fee and credit in the ledger has exactly one transaction;</li>
 * <li>no Idempotency-Key of a caller produced two ledger rows of one type or two transactions.</li>
 * </ul>
 */
public final class LedgerAudit {

    private LedgerAudit() {
    }

    /** What the audit found: the figures it checked and every broken rule. */
    public record Result(int prepaidBalances, int postpaidBalances, long ledgerEntries, long transactions,
            BigDecimal reloaded, BigDecimal used, List<String> violations) {
    }

    /** Audits every balance, ledger row and transaction of the organization. */
    public static Result audit(JdbcClient jdbc, String org) {
        List<String> violations = new ArrayList<>();
        int[] counts = new int[2];
        jdbc.sql("""
                SELECT b.id, b.developer_id, b.currency_id, b.opening, b.reloads, b.usage,
                       COALESCE(b.credit_limit, c.credit_limit) AS effective_limit,
                       CASE WHEN upper(trim(a.value)) IN ('PREPAID', 'POSTPAID') THEN upper(trim(a.value))
                            WHEN o.supported_billing_type IN ('PREPAID', 'POSTPAID') THEN o.supported_billing_type
                            ELSE 'PREPAID' END AS billing_type,
                       COALESCE(l.all_amount, 0) AS all_amount, COALESCE(l.all_usage, 0) AS all_usage,
                       COALESCE(l.period_amount, 0) AS period_amount,
                       COALESCE(l.period_usage, 0) AS period_usage,
                       COALESCE(l.negative_credit, FALSE)
                           OR EXISTS (SELECT 1 FROM transactions t
                                      WHERE t.org_id = b.org_id AND t.developer_id = b.developer_id
                                        AND t.currency_id = b.currency_id AND t.forced) AS exempt
                FROM balances b
                JOIN organizations o ON o.id = b.org_id
                JOIN supported_currencies c ON c.org_id = b.org_id AND c.id = b.currency_id
                LEFT JOIN developer_attributes a ON a.org_id = b.org_id AND a.developer_id = b.developer_id
                                                AND a.name = 'MINT_BILLING_TYPE'
                LEFT JOIN LATERAL (
                    SELECT SUM(e.amount) AS all_amount, SUM(e.usage) AS all_usage,
                           SUM(e.amount) FILTER (WHERE e.period_start = b.period_start) AS period_amount,
                           SUM(e.usage) FILTER (WHERE e.period_start = b.period_start) AS period_usage,
                           BOOL_OR(e.entry_type = 'CREDIT' AND e.usage > 0) AS negative_credit
                    FROM ledger_entries e WHERE e.org_id = b.org_id AND e.balance_id = b.id) l ON TRUE
                WHERE b.org_id = ?""")
                .param(org)
                .query(rs -> {
                    String balance = rs.getString("id") + " (developer " + rs.getString("developer_id") + ", "
                            + rs.getString("currency_id") + ")";
                    BigDecimal opening = rs.getBigDecimal("opening");
                    BigDecimal reloads = rs.getBigDecimal("reloads");
                    BigDecimal usage = rs.getBigDecimal("usage");
                    boolean exempt = rs.getBoolean("exempt");
                    if (reloads.compareTo(rs.getBigDecimal("period_amount")) != 0) {
                        violations.add("balance " + balance + ": period reloads " + reloads
                                + " != sum of the period's ledger amounts " + rs.getBigDecimal("period_amount"));
                    }
                    if (usage.compareTo(rs.getBigDecimal("period_usage")) != 0) {
                        violations.add("balance " + balance + ": period usage " + usage
                                + " != sum of the period's ledger usage " + rs.getBigDecimal("period_usage"));
                    }
                    if ("POSTPAID".equals(rs.getString("billing_type"))) {
                        counts[1]++;
                        BigDecimal limit = rs.getBigDecimal("effective_limit");
                        if (!exempt && limit != null && usage.compareTo(limit) > 0) {
                            violations.add("postpaid balance " + balance + ": usage " + usage
                                    + " above the credit limit " + limit + " without force");
                        }
                    } else {
                        counts[0]++;
                        BigDecimal remaining = opening.add(reloads).subtract(usage);
                        BigDecimal ledger = rs.getBigDecimal("all_amount").subtract(rs.getBigDecimal("all_usage"));
                        if (remaining.compareTo(ledger) != 0) {
                            violations.add("prepaid balance " + balance + ": remaining " + remaining
                                    + " != all ledger amounts minus all ledger usage " + ledger);
                        }
                        if (!exempt && remaining.signum() < 0) {
                            violations.add("prepaid balance " + balance + ": remaining " + remaining
                                    + " below zero without force");
                        }
                    }
                });
        jdbc.sql("""
                SELECT p.balance_id, p.period_start, p.reloads, p.usage,
                       COALESCE(SUM(e.amount), 0) AS amount, COALESCE(SUM(e.usage), 0) AS ledger_usage
                FROM balance_periods p
                LEFT JOIN ledger_entries e ON e.org_id = p.org_id AND e.balance_id = p.balance_id
                                          AND e.period_start = p.period_start
                WHERE p.org_id = ?
                GROUP BY p.balance_id, p.period_start, p.reloads, p.usage
                HAVING p.reloads <> COALESCE(SUM(e.amount), 0) OR p.usage <> COALESCE(SUM(e.usage), 0)""")
                .param(org)
                .query(rs -> {
                    violations.add("closed period " + rs.getString("period_start") + " of balance "
                            + rs.getString("balance_id") + ": reloads/usage " + rs.getBigDecimal("reloads") + "/"
                            + rs.getBigDecimal("usage") + " != ledger " + rs.getBigDecimal("amount") + "/"
                            + rs.getBigDecimal("ledger_usage"));
                });
        jdbc.sql("""
                SELECT e.id, e.developer_id, e.currency_id FROM ledger_entries e
                JOIN balances b ON b.org_id = e.org_id AND b.id = e.balance_id
                WHERE e.org_id = ? AND (e.developer_id <> b.developer_id OR e.currency_id <> b.currency_id)""")
                .param(org)
                .query(rs -> {
                    violations.add(
                            "ledger entry " + rs.getString("id") + " is not of its balance's developer and currency");
                });
        jdbc.sql("""
                SELECT t.id, t.tx_type, t.rate, e.id AS entry_id, e.entry_type, e.usage
                FROM transactions t
                LEFT JOIN ledger_entries e ON e.org_id = t.org_id AND e.id = t.ledger_entry_id
                WHERE t.org_id = ?
                  AND (e.id IS NULL OR e.entry_type <> t.tx_type OR e.developer_id <> t.developer_id
                       OR e.currency_id <> t.currency_id OR e.amount <> 0
                       OR e.usage <> CASE WHEN t.tx_type = 'CREDIT' THEN -t.rate ELSE t.rate END)""")
                .param(org)
                .query(rs -> {
                    violations.add(rs.getString("entry_id") == null
                            ? "transaction " + rs.getString("id") + " has no ledger entry"
                            : "transaction " + rs.getString("id") + " (" + rs.getString("tx_type") + " "
                                    + rs.getBigDecimal("rate") + ") does not match its ledger entry ("
                                    + rs.getString("entry_type") + " usage " + rs.getBigDecimal("usage") + ")");
                });
        jdbc.sql("""
                SELECT e.id, e.entry_type, COUNT(t.id) AS transactions FROM ledger_entries e
                LEFT JOIN transactions t ON t.org_id = e.org_id AND t.ledger_entry_id = e.id
                WHERE e.org_id = ? AND e.entry_type IN ('CHARGE', 'SETUPFEES', 'RECURRINGFEES', 'CREDIT')
                GROUP BY e.id, e.entry_type HAVING COUNT(t.id) <> 1""")
                .param(org)
                .query(rs -> {
                    violations.add("ledger entry " + rs.getString("id") + " (" + rs.getString("entry_type") + ") has "
                            + rs.getLong("transactions") + " transactions instead of one");
                });
        jdbc.sql("""
                SELECT created_by, idempotency_key, entry_type, COUNT(*) AS entries FROM ledger_entries
                WHERE org_id = ? AND idempotency_key IS NOT NULL AND entry_type <> 'AUTO_RELOAD'
                GROUP BY created_by, idempotency_key, entry_type HAVING COUNT(*) > 1""")
                .param(org)
                .query(rs -> {
                    violations.add("Idempotency-Key " + rs.getString("idempotency_key") + " of "
                            + rs.getString("created_by") + " applied " + rs.getLong("entries") + " times ("
                            + rs.getString("entry_type") + ")");
                });
        jdbc.sql("""
                SELECT created_by, idempotency_key, COUNT(*) AS transactions FROM transactions
                WHERE org_id = ? AND idempotency_key IS NOT NULL
                GROUP BY created_by, idempotency_key, tx_type HAVING COUNT(*) > 1""")
                .param(org)
                .query(rs -> {
                    violations.add("Idempotency-Key " + rs.getString("idempotency_key") + " of "
                            + rs.getString("created_by") + " recorded " + rs.getLong("transactions") + " transactions");
                });
        long entries = jdbc.sql("SELECT COUNT(*) FROM ledger_entries WHERE org_id = ?").param(org)
                .query(Long.class).single();
        long transactions = jdbc.sql("SELECT COUNT(*) FROM transactions WHERE org_id = ?").param(org)
                .query(Long.class).single();
        BigDecimal reloaded = jdbc.sql("SELECT COALESCE(SUM(amount), 0) FROM ledger_entries WHERE org_id = ?")
                .param(org).query(BigDecimal.class).single();
        BigDecimal used = jdbc.sql("SELECT COALESCE(SUM(usage), 0) FROM ledger_entries WHERE org_id = ?")
                .param(org).query(BigDecimal.class).single();
        return new Result(counts[0], counts[1], entries, transactions, reloaded, used, List.copyOf(violations));
    }
}
