package org.openmint.transaction;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.openmint.balance.UsageCharge;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;
import tools.jackson.databind.json.JsonMapper;

/** Transactions (insert-only) and usage counters, in plain SQL. */
@Repository
class TransactionRepository {

    private static final String COLUMNS = """
            id, tx_type, developer_id, app_id, product_id, package_id, rate_plan_id, rate_plan_level, currency_id,
            batch_size, rated_units, rate, cust_att1, cust_att2, cust_att3, cust_att4, cust_att5, cust_att6, cust_att7,
            cust_att8, cust_att9, cust_att10, forced, notes, ledger_entry_id, created_at, created_by, idempotency_key""";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    TransactionRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Inserts the transactions and adds each counted one's units to the developer's counter of its plan and
     * product for the month starting at {@link Recording#counterPeriod()}, in one statement ({@code record_usage}).
     */
    void record(List<Recording> recordings) {
        jdbc.sql("SELECT record_usage(CAST(? AS JSONB))")
                .param(json.writeValueAsString(recordings.stream().map(Recording::usage).toList()))
                .query((rs, row) -> row).list();
    }

    /**
     * A transaction row to insert, and the units it adds to its counter for the month starting at
     * {@code counterPeriod}; both null when it counts nothing.
     */
    record Recording(String org, TransactionRow row, BigDecimal units, LocalDate counterPeriod) {

        /** The recording as {@code record_usage} reads it, also inside a group-committed charge. */
        UsageCharge.UsageRecord usage() {
            return RecordedRow.of(this);
        }
    }

    /** A recording as {@code record_usage} reads it: one object of its JSON array. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    private record RecordedRow(String orgId, UUID id, String txType, String developerId, UUID appId,
            String productId, String packageId, String ratePlanId, String ratePlanLevel, String currencyId,
            long batchSize, BigDecimal ratedUnits, BigDecimal rate, List<BigDecimal> custAtts, boolean forced,
            String notes, UUID ledgerEntryId, String createdAt, String createdBy, String idempotencyKey,
            BigDecimal countedUnits, LocalDate counterPeriod) implements UsageCharge.UsageRecord {

        static RecordedRow of(Recording recording) {
            TransactionRow row = recording.row();
            return new RecordedRow(recording.org(), row.id(), row.type().name(), row.developerId(), row.appId(),
                    row.productId(), row.packageId(), row.ratePlanId(), row.ratePlanLevel(), row.currencyId(),
                    row.batchSize(), row.ratedUnits(), row.rate(), row.custAtts(), row.forced(), row.notes(),
                    row.ledgerEntryId(), row.createdAt().toString(), row.createdBy(), row.idempotencyKey(),
                    recording.units(), recording.counterPeriod());
        }
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

    /**
     * The developer's transactions in {@code [from, to)}, newest first, optionally of one product; its reloads
     * among them as BALANCE transactions (view {@code transaction_records}).
     */
    List<TransactionRow> findByDeveloper(String org, String developerId, Instant from, Instant to, String productId,
            int limit) {
        return jdbc.sql("SELECT " + COLUMNS + """
                 FROM transaction_records
                WHERE org_id = ? AND developer_id = ? AND created_at >= ? AND created_at < ?
                  AND (CAST(? AS VARCHAR) IS NULL OR product_id = ?)
                ORDER BY created_at DESC, id LIMIT ?""")
                .params(org, UUID.fromString(developerId), utc(from), utc(to), productId, productId, limit)
                .query(TransactionRepository::row).list();
    }

    /** The transactions, reloads as BALANCE ones among them, that match the criteria, newest first, with the total count. */
    Page search(String org, SearchCriteria criteria, Integer limit, long offset) {
        StringBuilder where = new StringBuilder(" FROM transaction_records WHERE org_id = ?");
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
