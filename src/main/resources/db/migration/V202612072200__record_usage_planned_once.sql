-- record_usage() in PL/pgSQL (issue #12): its statement is planned once per session, where the SQL function of
-- V202612071900__one_copy_of_the_charge_rules.sql was planned at every call (about 20% of spread-charge throughput).
-- charge_balances() is made as cheap as before in V202612080610__key_suspensions_by_product.sql.

-- Records usage: element i of p_usage is one transaction row (the columns of transactions but cust_att1..10, given
-- as the array cust_atts) and, when counter_period is given, the units (counted_units) it adds to the developer's
-- counter of its plan and product for the month starting then. Counters of one key are added up first: one
-- statement cannot update a row twice. PL/pgSQL rather than SQL: a session plans the statement once, where
-- a SQL function planned it at every call.
CREATE OR REPLACE FUNCTION record_usage(p_usage JSONB) RETURNS VOID
LANGUAGE plpgsql VOLATILE AS $$
BEGIN
    WITH recorded AS (
        SELECT * FROM jsonb_to_recordset(p_usage) AS x(
            org_id TEXT, id UUID, tx_type TEXT, developer_id UUID, app_id UUID, product_id TEXT, package_id TEXT,
            rate_plan_id TEXT, rate_plan_level TEXT, currency_id TEXT, batch_size BIGINT, rated_units NUMERIC,
            rate NUMERIC, cust_atts JSONB, forced BOOLEAN, notes TEXT, ledger_entry_id UUID, created_at TIMESTAMPTZ,
            created_by TEXT, idempotency_key TEXT, counted_units NUMERIC, counter_period DATE)
    ), counted AS (
        INSERT INTO usage_counters AS c (org_id, developer_id, rate_plan_id, product_id, period_start, units)
        SELECT org_id, developer_id, rate_plan_id, product_id, counter_period, sum(counted_units)
        FROM recorded
        WHERE counter_period IS NOT NULL AND rate_plan_id IS NOT NULL
        GROUP BY org_id, developer_id, rate_plan_id, product_id, counter_period
        ON CONFLICT (org_id, developer_id, rate_plan_id, product_id, period_start)
        DO UPDATE SET units = c.units + EXCLUDED.units
    )
    INSERT INTO transactions (org_id, id, tx_type, developer_id, app_id, product_id, package_id, rate_plan_id,
                              rate_plan_level, currency_id, batch_size, rated_units, rate, cust_att1, cust_att2,
                              cust_att3, cust_att4, cust_att5, cust_att6, cust_att7, cust_att8, cust_att9, cust_att10,
                              forced, notes, ledger_entry_id, created_at, created_by, idempotency_key)
    SELECT org_id, id, tx_type, developer_id, app_id, product_id, package_id, rate_plan_id, rate_plan_level,
           currency_id, batch_size, rated_units, rate,
           CAST(cust_atts ->> 0 AS NUMERIC), CAST(cust_atts ->> 1 AS NUMERIC), CAST(cust_atts ->> 2 AS NUMERIC),
           CAST(cust_atts ->> 3 AS NUMERIC), CAST(cust_atts ->> 4 AS NUMERIC), CAST(cust_atts ->> 5 AS NUMERIC),
           CAST(cust_atts ->> 6 AS NUMERIC), CAST(cust_atts ->> 7 AS NUMERIC), CAST(cust_atts ->> 8 AS NUMERIC),
           CAST(cust_atts ->> 9 AS NUMERIC), forced, notes, ledger_entry_id, created_at, created_by, idempotency_key
    FROM recorded;
END
$$;
