package org.openmint.balance;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;
import tools.jackson.databind.json.JsonMapper;

/**
 * Balances, their closed periods and the ledger, in plain SQL: every change of a balance is one
 * conditional {@code UPDATE} that writes its ledger rows in the same statement.
 */
@Repository
class BalanceRepository {

    private static final String COLUMNS = """
            id, developer_id, currency_id, period_start, opening, reloads, usage, credit_limit, is_recurring,
            charge_per_usage, provider_id, recurring_amount, replenish_amount""";

    private static final String LEDGER_COLUMNS = """
            org_id, id, balance_id, developer_id, currency_id, entry_type, amount, usage, period_start, created_at,
            created_by, idempotency_key, reference_id, note""";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    BalanceRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<BalanceRow> find(String org, String developerId, String currencyId) {
        return jdbc
                .sql("SELECT " + COLUMNS + " FROM balances WHERE org_id = ? AND developer_id = ? AND currency_id = ?")
                .params(org, UUID.fromString(developerId), currencyId).query(BalanceRepository::balance).optional();
    }

    List<BalanceRow> findByDeveloper(String org, String developerId) {
        return jdbc
                .sql("SELECT " + COLUMNS + " FROM balances WHERE org_id = ? AND developer_id = ? ORDER BY currency_id")
                .params(org, UUID.fromString(developerId)).query(BalanceRepository::balance).list();
    }

    /** Creates the balance at zero when it does not exist yet; true when it was created. */
    boolean createIfMissing(String org, String developerId, String currencyId, LocalDate period, Instant now) {
        return jdbc.sql("""
                INSERT INTO balances (org_id, id, developer_id, currency_id, period_start, opening, reloads, usage,
                                      is_recurring, charge_per_usage, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, 0, 0, 0, FALSE, FALSE, ?, ?)
                ON CONFLICT (org_id, developer_id, currency_id) DO NOTHING""")
                .params(org, UUID.randomUUID(), UUID.fromString(developerId), currencyId, period, utc(now), utc(now))
                .update() == 1;
    }

    /** The balance, locked until the end of the transaction. */
    Optional<BalanceRow> lock(String org, String developerId, String currencyId) {
        return jdbc.sql("SELECT " + COLUMNS
                + " FROM balances WHERE org_id = ? AND developer_id = ? AND currency_id = ? FOR UPDATE")
                .params(org, UUID.fromString(developerId), currencyId).query(BalanceRepository::balance).optional();
    }

    /** Closes the locked balance's period and opens {@code rolled}'s, keeping the closed figures. */
    void rollOver(String org, BalanceRow closed, BalanceRow rolled, Instant now) {
        jdbc.sql("""
                INSERT INTO balance_periods (org_id, balance_id, period_start, opening, reloads, usage)
                VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(org, closed.id(), closed.periodStart(), closed.opening(), closed.reloads(), closed.usage())
                .update();
        jdbc.sql("""
                UPDATE balances SET period_start = ?, opening = ?, reloads = 0, usage = 0, updated_at = ?
                WHERE org_id = ? AND id = ?""")
                .params(rolled.periodStart(), rolled.opening(), utc(now), org, closed.id()).update();
    }

    /**
     * Adds to the amount and usage of the balance in {@code period} and writes the ledger row, in
     * one statement; empty when the balance does not exist or is in another period.
     */
    Optional<BalanceRow> apply(String org, LedgerEntry entry) {
        return jdbc.sql("""
                WITH upd AS (
                    UPDATE balances
                    SET reloads = reloads + CAST(:amount AS NUMERIC), usage = usage + CAST(:usage AS NUMERIC),
                        updated_at = :now
                    WHERE org_id = :org AND developer_id = :developer AND currency_id = :currency
                      AND period_start = :period
                    RETURNING %s
                ), entry AS (
                    INSERT INTO ledger_entries (%s)
                    SELECT :org, :entryId, upd.id, :developer, :currency, :type, CAST(:amount AS NUMERIC),
                           CAST(:usage AS NUMERIC), :period, :now, :user, :key, :reference, :note
                    FROM upd
                )
                SELECT * FROM upd""".formatted(COLUMNS, LEDGER_COLUMNS))
                .param("org", org)
                .param("developer", UUID.fromString(entry.developerId()))
                .param("currency", entry.currencyId())
                .param("period", entry.periodStart())
                .param("amount", entry.amount())
                .param("usage", entry.usage())
                .param("now", utc(entry.createdAt()))
                .param("entryId", entry.id())
                .param("type", entry.type().name())
                .param("user", entry.createdBy())
                .param("key", entry.idempotencyKey())
                .param("reference", entry.referenceId())
                .param("note", entry.note())
                .query(BalanceRepository::balance).optional();
    }

    /**
     * Applies the charge in one statement ({@code charge_balances}) when its balance is in the entry's period and
     * can pay it (prepaid: remaining after the charge and any automatic reload stays at or above zero; postpaid:
     * usage stays within the effective credit limit) or {@code force} is set, with the automatic reload it triggers
     * and the ledger rows of both; empty when it changed nothing.
     */
    Optional<Charged> charge(Command command) {
        return call("charge_balances", List.of(command)).get(0);
    }

    /**
     * Applies usage charges as {@link #charge} does, in their order, and records the usage of each one applied, in
     * one statement ({@code charge_usage}).
     *
     * @return element i is the outcome of command i, empty when it changed nothing
     */
    List<Optional<Charged>> chargeUsage(List<Command> commands) {
        return call("charge_usage", commands);
    }

    private List<Optional<Charged>> call(String function, List<Command> commands) {
        List<Optional<Charged>> results = new ArrayList<>(Collections.nCopies(commands.size(), Optional.empty()));
        String charges = json.writeValueAsString(commands.stream().map(ChargeInput::of).toList());
        jdbc.sql("SELECT * FROM " + function + "(CAST(? AS JSONB))").param(charges)
                .query((rs, row) -> results.set(rs.getInt("ord") - 1,
                        Optional.of(new Charged(balance(rs, row), rs.getBigDecimal("auto_reload")))))
                .list();
        return results;
    }

    /**
     * One charge: with {@code unlessSuspended}, a suspended account's charge changes nothing and a charge that
     * leaves the balance exhausted suspends the account.
     *
     * @param currencyLimit the currency's credit limit, for postpaid balances without their own
     * @param usage what {@link #chargeUsage} records when the charge is applied; null for {@link #charge}
     */
    record Command(String org, LedgerEntry entry, boolean prepaid, boolean force, BigDecimal currencyLimit,
            boolean unlessSuspended, UsageCharge.UsageRecord usage) {
    }

    /** A charged balance and the automatic reload the charge triggered (zero when none). */
    record Charged(BalanceRow balance, BigDecimal autoReload) {
    }

    /**
     * A command as {@code charge_balances} and {@code charge_usage} read it: one object of their JSON array (type
     * balance_charge, and the usage to record).
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    private record ChargeInput(String org, String developer, String currency, LocalDate period, BigDecimal price,
            boolean prepaid, boolean force, BigDecimal currencyLimit, String now, UUID entryId, UUID reloadId,
            String type, String usr, String key, String reference, String note, boolean unlessSuspended,
            UsageCharge.UsageRecord usage) {

        static ChargeInput of(Command c) {
            LedgerEntry e = c.entry();
            return new ChargeInput(c.org(), e.developerId(), e.currencyId(), e.periodStart(), e.usage(), c.prepaid(),
                    c.force(), c.currencyLimit(), e.createdAt().toString(), e.id(), UUID.randomUUID(), e.type().name(),
                    e.createdBy(), e.idempotencyKey(), e.referenceId(), e.note(), c.unlessSuspended(), c.usage());
        }
    }

    void updateCreditLimit(String org, UUID balanceId, BigDecimal creditLimit, Instant now) {
        jdbc.sql("UPDATE balances SET credit_limit = ?, updated_at = ? WHERE org_id = ? AND id = ?")
                .params(creditLimit, utc(now), org, balanceId).update();
    }

    void updateRecurring(String org, UUID balanceId, boolean recurring, boolean chargePerUsage, String providerId,
            BigDecimal recurringAmount, BigDecimal replenishAmount, Instant now) {
        jdbc.sql("""
                UPDATE balances SET is_recurring = ?, charge_per_usage = ?, provider_id = ?,
                       recurring_amount = ?, replenish_amount = ?, updated_at = ?
                WHERE org_id = ? AND id = ?""")
                .params(recurring, chargePerUsage, providerId, recurringAmount, replenishAmount, utc(now), org,
                        balanceId)
                .update();
    }

    /** The most recent reload of the balance, if any. */
    Optional<LedgerEntry> latestReload(String org, UUID balanceId) {
        return jdbc.sql("SELECT " + LEDGER_COLUMNS + """
                 FROM ledger_entries
                WHERE org_id = ? AND balance_id = ? AND entry_type IN ('RELOAD', 'AUTO_RELOAD')
                ORDER BY created_at DESC, id DESC LIMIT 1""")
                .params(org, balanceId).query(BalanceRepository::entry).optional();
    }

    /** The closed period of the balance that started at or most recently before {@code period}. */
    Optional<BalanceRow> closedPeriodAtOrBefore(String org, BalanceRow balance, LocalDate period) {
        return jdbc.sql("""
                SELECT period_start, opening, reloads, usage FROM balance_periods
                WHERE org_id = ? AND balance_id = ? AND period_start <= ?
                ORDER BY period_start DESC LIMIT 1""")
                .params(org, balance.id(), period)
                .query((rs, row) -> new BalanceRow(balance.id(), balance.developerId(), balance.currencyId(),
                        rs.getObject("period_start", LocalDate.class), rs.getBigDecimal("opening"),
                        rs.getBigDecimal("reloads"), rs.getBigDecimal("usage"), null, false, false, null, null, null))
                .optional();
    }

    /** Whether the developer has any balance or ledger entry. */
    boolean developerHasBalances(String org, String developerId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM balances WHERE org_id = ? AND developer_id = ?)")
                .params(org, UUID.fromString(developerId)).query(Boolean.class).single();
    }

    /** How many balances use the currency. */
    long countByCurrency(String org, String currencyId) {
        return jdbc.sql("SELECT count(*) FROM balances WHERE org_id = ? AND currency_id = ?")
                .params(org, currencyId).query(Long.class).single();
    }

    private static BalanceRow balance(ResultSet rs, int row) throws SQLException {
        return new BalanceRow(rs.getObject("id", UUID.class), rs.getString("developer_id"),
                rs.getString("currency_id"), rs.getObject("period_start", LocalDate.class), rs.getBigDecimal("opening"),
                rs.getBigDecimal("reloads"), rs.getBigDecimal("usage"), rs.getBigDecimal("credit_limit"),
                rs.getBoolean("is_recurring"), rs.getBoolean("charge_per_usage"), rs.getString("provider_id"),
                rs.getBigDecimal("recurring_amount"), rs.getBigDecimal("replenish_amount"));
    }

    private static LedgerEntry entry(ResultSet rs, int row) throws SQLException {
        return new LedgerEntry(rs.getObject("id", UUID.class), rs.getObject("balance_id", UUID.class),
                rs.getString("developer_id"), rs.getString("currency_id"),
                EntryType.valueOf(rs.getString("entry_type")),
                rs.getBigDecimal("amount"), rs.getBigDecimal("usage"), rs.getObject("period_start", LocalDate.class),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getString("created_by"),
                rs.getString("idempotency_key"), rs.getString("reference_id"), rs.getString("note"));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
