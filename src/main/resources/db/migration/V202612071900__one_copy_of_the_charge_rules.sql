-- One copy of each money rule in SQL (issue #12).
--
-- 1. balance_exhausted(): when a balance can no longer fund usage, the rule that suspends an account for
--    INSUFFICIENT_FUNDS. charge_balances() applies it inside its statement; suspension/SuspensionRepository
--    applies it after every other change of a balance. A simple SQL function: the planner inlines it.
-- 2. charge_balances() takes its charges as one JSON array (jsonb_to_recordset) instead of 17 parallel arrays, and
--    holds the charge SQL once: one set-based statement, run once per round. Round k holds the k-th charge of
--    each account in the array, so no statement charges an account twice (one UPDATE cannot apply two charges
--    to one row) and a later charge of an account sees the earlier ones, exactly as charges one after another.
--    Charges of different accounts (the common batch) take one round.
-- 3. record_usage() is the one insert of transaction rows and the units they add to usage counters, taking them
--    as one JSON array: for a transaction of its own and for group commit, whose charge_usage() now takes one
--    JSON array too (each charge with the usage it records) and is charge_balances() then record_usage().
-- 4. One insert-only trigger function for ledger_entries and transactions.

CREATE FUNCTION balance_exhausted(p_prepaid BOOLEAN, p_remaining NUMERIC, p_usage NUMERIC, p_credit_limit NUMERIC)
RETURNS BOOLEAN
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN p_prepaid THEN p_remaining <= 0
                ELSE p_credit_limit IS NOT NULL AND p_usage >= p_credit_limit END
$$;

DROP FUNCTION charge_usage(TEXT[], UUID[], TEXT[], DATE[], NUMERIC[], BOOLEAN[], BOOLEAN[], NUMERIC[], TIMESTAMPTZ[],
    UUID[], UUID[], TEXT[], TEXT[], TEXT[], TEXT[], TEXT[], BOOLEAN[], UUID[], UUID[], TEXT[], TEXT[], TEXT[], TEXT[],
    TEXT[], BIGINT[], NUMERIC[], NUMERIC[], NUMERIC[], BOOLEAN[], DATE[], NUMERIC[]);
DROP FUNCTION charge_balances(TEXT[], UUID[], TEXT[], DATE[], NUMERIC[], BOOLEAN[], BOOLEAN[], NUMERIC[],
    TIMESTAMPTZ[], UUID[], UUID[], TEXT[], TEXT[], TEXT[], TEXT[], TEXT[], BOOLEAN[]);

-- One charge of charge_balances(); ord is its position in the array, from 1.
CREATE TYPE balance_charge AS (
    ord              INTEGER,
    org              TEXT,
    developer        UUID,
    currency         TEXT,
    period           DATE,
    price            NUMERIC,
    prepaid          BOOLEAN,
    force            BOOLEAN,
    currency_limit   NUMERIC,
    now              TIMESTAMPTZ,
    entry_id         UUID,
    reload_id        UUID,
    type             TEXT,
    usr              TEXT,
    key              TEXT,
    reference        TEXT,
    note             TEXT,
    unless_suspended BOOLEAN
);

-- Charges balances: element i (from 1) of p_charges is one charge, an object with the fields of balance_charge
-- but ord. A charge is applied when its balance exists in the charge's period and can pay it (prepaid: remaining
-- after the charge and any automatic reload stays at or above zero; postpaid: usage stays within the balance's
-- credit limit, else the currency's) or force is set; it writes the charge's ledger row and, when it leaves a
-- recurring prepaid balance below its replenish amount, the automatic reload and its ledger row. With
-- unless_suspended, a charge of a suspended account changes nothing, and a charge that leaves its balance
-- exhausted suspends the account (INSUFFICIENT_FUNDS) in the same statement, so that its later charges are
-- skipped as a charge alone would be refused. Balances are locked in the order of (org, developer). One row is
-- returned per applied charge: its position (ord) and the balance after it.
CREATE FUNCTION charge_balances(p_charges JSONB)
RETURNS TABLE (ord INTEGER, id UUID, developer_id UUID, currency_id VARCHAR, period_start DATE,
               opening NUMERIC, reloads NUMERIC, usage NUMERIC, credit_limit NUMERIC, is_recurring BOOLEAN,
               charge_per_usage BOOLEAN, provider_id VARCHAR, recurring_amount NUMERIC, replenish_amount NUMERIC,
               auto_reload NUMERIC)
LANGUAGE plpgsql VOLATILE AS $$
#variable_conflict use_column
DECLARE
    charges balance_charge[] := ARRAY(
        SELECT jsonb_populate_record(NULL::balance_charge, e.charge || jsonb_build_object('ord', e.i))
        FROM jsonb_array_elements(p_charges) WITH ORDINALITY AS e(charge, i)
        ORDER BY e.i);
    -- the most charges of one account: round k holds the k-th charge of each account
    rounds INTEGER := (SELECT max(n) FROM (SELECT count(*) AS n FROM unnest(charges) c
                                           GROUP BY c.org, c.developer) per_account);
BEGIN
    FOR r IN 1 .. coalesce(rounds, 0) LOOP
        RETURN QUERY
        WITH numbered AS (
            SELECT c.*, row_number() OVER (PARTITION BY c.org, c.developer ORDER BY c.ord) AS round
            FROM unnest(charges) c
        ), input AS (
            SELECT x.*
            FROM numbered x
            WHERE x.round = r AND NOT (x.unless_suspended AND EXISTS (
                SELECT 1 FROM suspensions s WHERE s.org_id = x.org AND s.developer_id = x.developer))
        ), old AS (
            SELECT x.ord, b.id, b.opening, b.reloads, b.usage, b.credit_limit, b.is_recurring, b.recurring_amount,
                   b.replenish_amount, b.provider_id
            FROM input x
            JOIN balances b ON b.org_id = x.org AND b.developer_id = x.developer AND b.currency_id = x.currency
                           AND b.period_start = x.period
            ORDER BY b.org_id, b.developer_id
            FOR UPDATE OF b
        ), calc AS (
            SELECT old.*, x.org, x.price, x.prepaid, x.force, x.currency_limit, x.now,
                   CASE WHEN x.prepaid AND old.is_recurring
                             AND old.opening + old.reloads - old.usage - x.price < old.replenish_amount
                        THEN old.recurring_amount ELSE 0 END AS auto_reload
            FROM old JOIN input x USING (ord)
        ), upd AS (
            UPDATE balances b
            SET usage = b.usage + calc.price, reloads = b.reloads + calc.auto_reload, updated_at = calc.now
            FROM calc
            WHERE b.org_id = calc.org AND b.id = calc.id
              AND (calc.force OR CASE WHEN calc.prepaid
                  THEN calc.opening + calc.reloads + calc.auto_reload - calc.usage - calc.price >= 0
                  ELSE COALESCE(calc.credit_limit, calc.currency_limit) IS NULL
                       OR calc.usage + calc.price <= COALESCE(calc.credit_limit, calc.currency_limit) END)
            RETURNING calc.ord, b.id, b.developer_id, b.currency_id, b.period_start, b.opening, b.reloads, b.usage,
                      b.credit_limit, b.is_recurring, b.charge_per_usage, b.provider_id, b.recurring_amount,
                      b.replenish_amount, calc.auto_reload
        ), charge AS (
            INSERT INTO ledger_entries (org_id, id, balance_id, developer_id, currency_id, entry_type, amount, usage,
                                        period_start, created_at, created_by, idempotency_key, reference_id, note)
            SELECT x.org, x.entry_id, upd.id, x.developer, x.currency, x.type, 0, x.price, x.period, x.now, x.usr,
                   x.key, x.reference, x.note
            FROM upd JOIN input x USING (ord)
        ), reload AS (
            INSERT INTO ledger_entries (org_id, id, balance_id, developer_id, currency_id, entry_type, amount, usage,
                                        period_start, created_at, created_by, idempotency_key, reference_id, note)
            SELECT x.org, x.reload_id, upd.id, x.developer, x.currency, 'AUTO_RELOAD', upd.auto_reload, 0, x.period,
                   x.now, x.usr, x.key, upd.provider_id, 'Automatic reload'
            FROM upd JOIN input x USING (ord) WHERE upd.auto_reload > 0
        ), exhausted AS (
            INSERT INTO suspensions (org_id, developer_id, reason_code, currency_id, created_at)
            SELECT x.org, x.developer, 'INSUFFICIENT_FUNDS', x.currency, x.now
            FROM upd JOIN input x USING (ord)
            WHERE x.unless_suspended AND balance_exhausted(x.prepaid, upd.opening + upd.reloads - upd.usage, upd.usage,
                                                           COALESCE(upd.credit_limit, x.currency_limit))
            ON CONFLICT (org_id, developer_id, reason_code, currency_id) DO NOTHING
        )
        SELECT upd.ord, upd.id, upd.developer_id, upd.currency_id, upd.period_start, upd.opening, upd.reloads,
               upd.usage, upd.credit_limit, upd.is_recurring, upd.charge_per_usage, upd.provider_id,
               upd.recurring_amount, upd.replenish_amount, upd.auto_reload
        FROM upd;
    END LOOP;
END
$$;

-- Records usage: element i of p_usage is one transaction row (the columns of transactions but cust_att1..10, given
-- as the array cust_atts) and, when counter_period is given, the units (counted_units) it adds to the developer's
-- counter of its plan and product for the month starting then. Counters of one key are added up first: one
-- statement cannot update a row twice.
CREATE FUNCTION record_usage(p_usage JSONB) RETURNS VOID
LANGUAGE sql VOLATILE AS $$
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
$$;

-- Group commit of usage charges (transaction/ChargeBatcher), in one statement committed on its own: charge_balances()
-- over p_charges, whose element i may also hold, as "usage", the usage that charge i records when it is applied
-- (an element of record_usage()'s array); then record_usage() of the charges applied. Returns what
-- charge_balances() returns.
CREATE FUNCTION charge_usage(p_charges JSONB)
RETURNS TABLE (ord INTEGER, id UUID, developer_id UUID, currency_id VARCHAR, period_start DATE,
               opening NUMERIC, reloads NUMERIC, usage NUMERIC, credit_limit NUMERIC, is_recurring BOOLEAN,
               charge_per_usage BOOLEAN, provider_id VARCHAR, recurring_amount NUMERIC, replenish_amount NUMERIC,
               auto_reload NUMERIC)
LANGUAGE plpgsql VOLATILE AS $$
#variable_conflict use_column
BEGIN
    RETURN QUERY
    WITH charged AS MATERIALIZED (
        SELECT * FROM charge_balances(p_charges)
    ), recorded AS MATERIALIZED (
        SELECT record_usage(coalesce(jsonb_agg(p_charges -> (c.ord - 1) -> 'usage')
                                     FILTER (WHERE p_charges -> (c.ord - 1) ? 'usage'), '[]')) AS done
        FROM charged c
    )
    SELECT charged.* FROM charged, recorded;
END
$$;

DROP TRIGGER tr_ledger_entries_insert_only ON ledger_entries;
DROP TRIGGER tr_ledger_entries_no_truncate ON ledger_entries;
DROP FUNCTION ledger_entries_insert_only();

CREATE TRIGGER tr_ledger_entries_insert_only
    BEFORE UPDATE OR DELETE ON ledger_entries
    FOR EACH ROW EXECUTE FUNCTION refuse_change_of_insert_only_table();

CREATE TRIGGER tr_ledger_entries_no_truncate
    BEFORE TRUNCATE ON ledger_entries
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_of_insert_only_table();
