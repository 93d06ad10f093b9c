package org.openmint.balance;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks every balance of an organization against its ledger (spec Part I #16): the period's
 * reloads and usage are the sums of the period's ledger rows, and for prepaid balances the
 * remaining equals all reloads minus all charges plus all credits.
 */
final class LedgerAssertions {

    private LedgerAssertions() {
    }

    record Audit(String balanceId, String developerId, BigDecimal opening, BigDecimal reloads, BigDecimal usage,
            BigDecimal ledgerAmount, BigDecimal ledgerUsage, BigDecimal periodAmount, BigDecimal periodUsage,
            long entries) {

        BigDecimal remaining() {
            return opening.add(reloads).subtract(usage);
        }
    }

    static List<Audit> audit(JdbcClient jdbc, String org) {
        return jdbc.sql("""
                SELECT b.id, b.developer_id, b.opening, b.reloads, b.usage,
                       COALESCE(SUM(l.amount), 0) AS ledger_amount, COALESCE(SUM(l.usage), 0) AS ledger_usage,
                       COALESCE(SUM(l.amount) FILTER (WHERE l.period_start = b.period_start), 0) AS period_amount,
                       COALESCE(SUM(l.usage) FILTER (WHERE l.period_start = b.period_start), 0) AS period_usage,
                       COUNT(l.id) AS entries
                FROM balances b LEFT JOIN ledger_entries l ON l.org_id = b.org_id AND l.balance_id = b.id
                WHERE b.org_id = ?
                GROUP BY b.id, b.developer_id, b.opening, b.reloads, b.usage""")
                .param(org)
                .query((rs, row) -> new Audit(rs.getString("id"), rs.getString("developer_id"),
                        rs.getBigDecimal("opening"), rs.getBigDecimal("reloads"), rs.getBigDecimal("usage"),
                        rs.getBigDecimal("ledger_amount"), rs.getBigDecimal("ledger_usage"),
                        rs.getBigDecimal("period_amount"), rs.getBigDecimal("period_usage"), rs.getLong("entries")))
                .list();
    }

    /** Asserts the invariants of every balance of the organization, all of them prepaid unless listed. */
    static void assertLedgerMatches(JdbcClient jdbc, String org, List<String> postpaidDevelopers) {
        List<Audit> audits = audit(jdbc, org);
        assertThat(audits).isNotEmpty();
        for (Audit audit : audits) {
            assertThat(audit.reloads()).as("period reloads of %s", audit.balanceId())
                    .isEqualByComparingTo(audit.periodAmount());
            assertThat(audit.usage()).as("period usage of %s", audit.balanceId())
                    .isEqualByComparingTo(audit.periodUsage());
            if (!postpaidDevelopers.contains(audit.developerId())) {
                assertThat(audit.remaining()).as("remaining of %s = reloads - charges + credits", audit.balanceId())
                        .isEqualByComparingTo(audit.ledgerAmount().subtract(audit.ledgerUsage()));
            }
        }
    }
}
