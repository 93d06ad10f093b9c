package org.openmint.transaction;

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

import org.openmint.balance.BalanceService;
import org.openmint.balance.ChargeResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Transactions (insert-only) and usage counters, in plain SQL. */
@Repository
class TransactionRepository {

    private static final String COLUMNS = """
            id, tx_type, developer_id, app_id, product_id, package_id, rate_plan_id, rate_plan_level, currency_id,
            batch_size, rated_units, rate, cust_att1, cust_att2, cust_att3, cust_att4, cust_att5, cust_att6, cust_att7,
            cust_att8, cust_att9, cust_att10, forced, notes, ledger_entry_id, created_at, created_by, idempotency_key""";

    private final JdbcClient jdbc;
    TransactionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(String org, TransactionRow row) {
        jdbc.sql("INSERT INTO transactions (org_id, " + COLUMNS + ") VALUES (" + "?, ".repeat(28) + "?)")
                .params(values(org, row)).update();
    }

    /**
     * Inserts the row and adds {@code units} to the developer's counter of the row's plan and product
     * for the month, in one statement.
     */
    void insertCounting(String org, TransactionRow row, BigDecimal units, LocalDate period) {
        jdbc.sql(INSERT_COUNTING).params(countingValues(new Counted(org, row, units, period))).update();
    }

    /**
     * Applies the usage charges and, for each one charged, records its transaction row and adds its units
     * to its counter, in one statement ({@code charge_usage}) committed on its own: call it outside any
     * transaction. Charge i goes with row i. A charge {@link BalanceService#chargeArguments} skips yields
     * empty and changes nothing.
     */
    List<Optional<ChargeResult>> chargeUsage(List<BalanceService.PendingCharge> charges, List<Counted> rows) {
        int n = charges.size();
        String[][] columns = new String[13][n];
        String[] custAtts = new String[10 * n];
        for (int i = 0; i < n; i++) {
            Counted counted = rows.get(i);
            TransactionRow row = counted.row();
            String[] values = {row.id().toString(), row.appId() == null ? null : row.appId().toString(),
                    row.productId(), row.packageId(), row.ratePlanId(), row.ratePlanLevel(), row.currencyId(),
                    Long.toString(row.batchSize()), row.ratedUnits().toPlainString(), row.rate().toPlainString(),
                    counted.units().toPlainString(), Boolean.toString(row.forced()), counted.period().toString()};
            for (int column = 0; column < values.length; column++) {
                columns[column][i] = values[column];
            }
            for (int k = 0; k < 10; k++) {
                BigDecimal value = row.custAtts().get(k);
                custAtts[10 * i + k] = value == null ? null : value.toPlainString();
            }
        }
        List<Object> arguments = new ArrayList<>(BalanceService.chargeArguments(charges));
        arguments.addAll(List.of((Object[]) columns));
        arguments.add(custAtts);
        List<Optional<ChargeResult>> results = new ArrayList<>(Collections.nCopies(n, Optional.empty()));
        jdbc.sql("SELECT * FROM charge_usage(" + BalanceService.CHARGE_ARGUMENTS + ", " + CHARGE_USAGE_ROW_ARGUMENTS
                + ")")
                .params(arguments)
                .query((rs, i) -> {
                    int position = rs.getInt("ord") - 1;
                    return results.set(position, Optional.of(BalanceService.chargeResult(charges.get(position), rs)));
                })
                .list();
        return results;
    }

    private static final String CHARGE_USAGE_ROW_ARGUMENTS = """
            CAST(? AS UUID[]), CAST(? AS UUID[]), CAST(? AS TEXT[]), CAST(? AS TEXT[]), CAST(? AS TEXT[]),
            CAST(? AS TEXT[]), CAST(? AS TEXT[]), CAST(? AS BIGINT[]), CAST(? AS NUMERIC[]), CAST(? AS NUMERIC[]),
            CAST(? AS NUMERIC[]), CAST(? AS BOOLEAN[]), CAST(? AS DATE[]), CAST(? AS NUMERIC[])""";

    /** A transaction row and the units it adds to its counter for the month starting at {@code period}. */
    record Counted(String org, TransactionRow row, BigDecimal units, LocalDate period) {
    }

    private static final String INSERT_COUNTING = """
            WITH counter AS (
                INSERT INTO usage_counters AS c (org_id, developer_id, rate_plan_id, product_id, period_start, units)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (org_id, developer_id, rate_plan_id, product_id, period_start)
                DO UPDATE SET units = c.units + EXCLUDED.units
            )
            INSERT INTO transactions (org_id, """ + COLUMNS + ") VALUES (" + "?, ".repeat(28) + "?)";

    private static List<Object> countingValues(Counted counted) {
        TransactionRow row = counted.row();
        List<Object> values = new ArrayList<>(List.of(counted.org(), UUID.fromString(row.developerId()),
                row.ratePlanId(), row.productId(), counted.period(), counted.units()));
        values.addAll(values(counted.org(), row));
        return values;
    }

    private static List<Object> values(String org, TransactionRow row) {
        List<Object> values = new ArrayList<>(List.of(org, row.id(), row.type().name(),
                UUID.fromString(row.developerId())));
        values.add(row.appId());
        values.add(row.productId());
        values.add(row.packageId());
        values.add(row.ratePlanId());
        values.add(row.ratePlanLevel());
        values.add(row.currencyId());
        values.add(row.batchSize());
        values.add(row.ratedUnits());
        values.add(row.rate());
        values.addAll(row.custAtts());
        values.add(row.forced());
        values.add(row.notes());
        values.add(row.ledgerEntryId());
        values.add(utc(row.createdAt()));
        values.add(row.createdBy());
        values.add(row.idempotencyKey());
        return values;
    }

    /**
     * Adds units to the developer's counter of a plan's product for the month and returns the
     * counter before, in one statement (concurrent charges each see their own starting point).
     */
    BigDecimal addUnits(String org, String developerId, String ratePlanId, String productId, LocalDate period,
            BigDecimal units) {
        return jdbc.sql("""
                INSERT INTO usage_counters AS c (org_id, developer_id, rate_plan_id, product_id, period_start, units)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (org_id, developer_id, rate_plan_id, product_id, period_start)
                DO UPDATE SET units = c.units + EXCLUDED.units
                RETURNING c.units - ?""")
                .params(org, UUID.fromString(developerId), ratePlanId, productId, period, units, units)
                .query(BigDecimal.class).single();
    }

    /** The developer's transactions in {@code [from, to)}, newest first, optionally of one product. */
    List<TransactionRow> findByDeveloper(String org, String developerId, Instant from, Instant to, String productId,
            int limit) {
        return jdbc.sql("SELECT " + COLUMNS + """
                 FROM transactions
                WHERE org_id = ? AND developer_id = ? AND created_at >= ? AND created_at < ?
                  AND (CAST(? AS VARCHAR) IS NULL OR product_id = ?)
                ORDER BY created_at DESC, id LIMIT ?""")
                .params(org, UUID.fromString(developerId), utc(from), utc(to), productId, productId, limit)
                .query(TransactionRepository::row).list();
    }

    /** The transactions that match the criteria, newest first, with the total count. */
    Page search(String org, SearchCriteria criteria, Integer limit, long offset) {
        StringBuilder where = new StringBuilder(" FROM transactions WHERE org_id = ?");
        List<Object> params = new ArrayList<>(List.of(org));
        in(where, params, "developer_id", criteria.developerIds().stream().map(UUID::fromString).toList());
        in(where, params, "app_id", criteria.appIds().stream().map(UUID::fromString).toList());
        in(where, params, "product_id", criteria.productIds());
        in(where, params, "package_id", criteria.packageIds());
        in(where, params, "currency_id", criteria.currencyIds());
        in(where, params, "tx_type", criteria.types());
        if (criteria.from() != null) {
            where.append(" AND created_at >= ?");
            params.add(utc(criteria.from()));
        }
        if (criteria.to() != null) {
            where.append(" AND created_at < ?");
            params.add(utc(criteria.to()));
        }
        long total = jdbc.sql("SELECT count(*)" + where).params(params).query(Long.class).single();
        List<Object> pageParams = new ArrayList<>(params);
        String page = "";
        if (limit != null) {
            page = " LIMIT ? OFFSET ?";
            pageParams.add(limit);
            pageParams.add(offset);
        }
        List<TransactionRow> rows = jdbc.sql("SELECT " + COLUMNS + where + " ORDER BY created_at DESC, id" + page)
                .params(pageParams).query(TransactionRepository::row).list();
        return new Page(rows, total);
    }

    /** One page of a search and the number of all matches. */
    record Page(List<TransactionRow> rows, long total) {
    }

    private static void in(StringBuilder where, List<Object> params, String column, List<?> values) {
        if (values.isEmpty()) {
            return;
        }
        where.append(" AND ").append(column).append(" IN (").append("?, ".repeat(values.size() - 1)).append("?)");
        params.addAll(values);
    }

    private static TransactionRow row(ResultSet rs, int row) throws SQLException {
        List<BigDecimal> custAtts = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            custAtts.add(rs.getBigDecimal("cust_att" + i));
        }
        return new TransactionRow(rs.getObject("id", UUID.class), TransactionType.valueOf(rs.getString("tx_type")),
                rs.getString("developer_id"), rs.getObject("app_id", UUID.class), rs.getString("product_id"),
                rs.getString("package_id"), rs.getString("rate_plan_id"), rs.getString("rate_plan_level"),
                rs.getString("currency_id"), rs.getLong("batch_size"), rs.getBigDecimal("rated_units"),
                rs.getBigDecimal("rate"), custAtts, rs.getBoolean("forced"), rs.getString("notes"),
                rs.getObject("ledger_entry_id", UUID.class),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getString("created_by"),
                rs.getString("idempotency_key"));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
