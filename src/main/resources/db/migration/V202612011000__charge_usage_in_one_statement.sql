-- Group commit in one statement (transaction/ChargeBatcher): a batch of usage charges, their transaction
-- rows, usage counters and suspensions are written by one call of charge_usage, committed on its own.

-- charge_balances as before, with two changes. When the charges are of different accounts (more than one, no
-- account twice), they cannot see each other, and one set-based statement applies them all: the same
-- conditions and rows as the loop, a fraction of its work per charge. And when p_unless_suspended[i], a
-- charge that leaves its balance exhausted
-- (prepaid: nothing remaining; postpaid: the effective credit limit reached) suspends the account for
-- INSUFFICIENT_FUNDS at once, in the same statement, so that later elements of that account are skipped
-- (a charge alone would find the account suspended). Callers without p_unless_suspended keep the
-- suspension in step themselves (suspension/SuspensionService).
CREATE OR REPLACE FUNCTION charge_balances(
    p_org TEXT[], p_developer UUID[], p_currency TEXT[], p_period DATE[], p_price NUMERIC[],
    p_prepaid BOOLEAN[], p_force BOOLEAN[], p_currency_limit NUMERIC[], p_now TIMESTAMPTZ[],
    p_entry_id UUID[], p_reload_id UUID[], p_type TEXT[], p_user TEXT[], p_key TEXT[], p_reference TEXT[],
    p_note TEXT[], p_unless_suspended BOOLEAN[])
RETURNS TABLE (ord INTEGER, id UUID, developer_id UUID, currency_id VARCHAR, period_start DATE,
               opening NUMERIC, reloads NUMERIC, usage NUMERIC, credit_limit NUMERIC, is_recurring BOOLEAN,
               charge_per_usage BOOLEAN, provider_id VARCHAR, recurring_amount NUMERIC, replenish_amount NUMERIC,
               auto_reload NUMERIC)
LANGUAGE plpgsql VOLATILE AS $$
#variable_conflict use_column
BEGIN
    IF array_length(p_developer, 1) > 1
            AND (SELECT count(DISTINCT d) FROM unnest(p_developer) d) = array_length(p_developer, 1) THEN
        -- Charges of different accounts cannot see each other: one set-based statement does what the loop
        -- below does, locking the balances in the order of (org, developer) as the loop does.
        RETURN QUERY
        WITH input AS (
            SELECT x.*
            FROM unnest(p_org, p_developer, p_currency, p_period, p_price, p_prepaid, p_force, p_currency_limit,
                        p_now, p_entry_id, p_reload_id, p_type, p_user, p_key, p_reference, p_note,
                        p_unless_suspended)
                 WITH ORDINALITY AS x(org, developer, currency, period, price, prepaid, force, currency_limit, now,
                                      entry_id, reload_id, type, usr, key, reference, note, unless_suspended, i)
            WHERE NOT (x.unless_suspended AND EXISTS (
                SELECT 1 FROM suspensions s WHERE s.org_id = x.org AND s.developer_id = x.developer))
        ), old AS (
            SELECT x.i, b.id, b.opening, b.reloads, b.usage, b.credit_limit, b.is_recurring, b.recurring_amount,
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
            FROM old JOIN input x USING (i)
        ), upd AS (
            UPDATE balances b
            SET usage = b.usage + calc.price, reloads = b.reloads + calc.auto_reload, updated_at = calc.now
            FROM calc
            WHERE b.org_id = calc.org AND b.id = calc.id
              AND (calc.force OR CASE WHEN calc.prepaid
                  THEN calc.opening + calc.reloads + calc.auto_reload - calc.usage - calc.price >= 0
                  ELSE COALESCE(calc.credit_limit, calc.currency_limit) IS NULL
                       OR calc.usage + calc.price <= COALESCE(calc.credit_limit, calc.currency_limit) END)
            RETURNING calc.i, b.id, b.developer_id, b.currency_id, b.period_start, b.opening, b.reloads, b.usage,
                      b.credit_limit, b.is_recurring, b.charge_per_usage, b.provider_id, b.recurring_amount,
                      b.replenish_amount, calc.auto_reload
        ), charge AS (
            INSERT INTO ledger_entries (org_id, id, balance_id, developer_id, currency_id, entry_type, amount, usage,
                                        period_start, created_at, created_by, idempotency_key, reference_id, note)
            SELECT x.org, x.entry_id, upd.id, x.developer, x.currency, x.type, 0, x.price, x.period, x.now, x.usr,
                   x.key, x.reference, x.note
            FROM upd JOIN input x USING (i)
        ), reload AS (
            INSERT INTO ledger_entries (org_id, id, balance_id, developer_id, currency_id, entry_type, amount, usage,
                                        period_start, created_at, created_by, idempotency_key, reference_id, note)
            SELECT x.org, x.reload_id, upd.id, x.developer, x.currency, 'AUTO_RELOAD', upd.auto_reload, 0, x.period,
                   x.now, x.usr, x.key, upd.provider_id, 'Automatic reload'
            FROM upd JOIN input x USING (i) WHERE upd.auto_reload > 0
        ), exhausted AS (
            INSERT INTO suspensions (org_id, developer_id, reason_code, currency_id, created_at)
            SELECT x.org, x.developer, 'INSUFFICIENT_FUNDS', x.currency, x.now
            FROM upd JOIN input x USING (i)
            WHERE x.unless_suspended AND CASE WHEN x.prepaid
                THEN upd.opening + upd.reloads - upd.usage <= 0
                ELSE COALESCE(upd.credit_limit, x.currency_limit) IS NOT NULL
                     AND upd.usage >= COALESCE(upd.credit_limit, x.currency_limit) END
            ON CONFLICT (org_id, developer_id, reason_code, currency_id) DO NOTHING
        )
        SELECT CAST(upd.i AS INTEGER), upd.id, upd.developer_id, upd.currency_id, upd.period_start, upd.opening,
               upd.reloads, upd.usage, upd.credit_limit, upd.is_recurring, upd.charge_per_usage, upd.provider_id,
               upd.recurring_amount, upd.replenish_amount, upd.auto_reload
        FROM upd;
        RETURN;
    END IF;
    FOR i IN 1 .. coalesce(array_length(p_developer, 1), 0) LOOP
        IF p_unless_suspended[i] AND EXISTS (
                SELECT 1 FROM suspensions s WHERE s.org_id = p_org[i] AND s.developer_id = p_developer[i]) THEN
            CONTINUE;
        END IF;
        RETURN QUERY
        WITH old AS (
            SELECT b.id, b.opening, b.reloads, b.usage, b.credit_limit, b.is_recurring, b.recurring_amount,
                   b.replenish_amount, b.provider_id
            FROM balances b
            WHERE b.org_id = p_org[i] AND b.developer_id = p_developer[i] AND b.currency_id = p_currency[i]
              AND b.period_start = p_period[i]
            FOR UPDATE
        ), calc AS (
            SELECT old.*,
                   CASE WHEN p_prepaid[i] AND old.is_recurring
                             AND old.opening + old.reloads - old.usage - p_price[i] < old.replenish_amount
                        THEN old.recurring_amount ELSE 0 END AS auto_reload
            FROM old
        ), upd AS (
            UPDATE balances b
            SET usage = b.usage + p_price[i], reloads = b.reloads + calc.auto_reload, updated_at = p_now[i]
            FROM calc
            WHERE b.org_id = p_org[i] AND b.id = calc.id
              AND (p_force[i] OR CASE WHEN p_prepaid[i]
                  THEN calc.opening + calc.reloads + calc.auto_reload - calc.usage - p_price[i] >= 0
                  ELSE COALESCE(calc.credit_limit, p_currency_limit[i]) IS NULL
                       OR calc.usage + p_price[i] <= COALESCE(calc.credit_limit, p_currency_limit[i]) END)
            RETURNING b.id, b.developer_id, b.currency_id, b.period_start, b.opening, b.reloads, b.usage,
                      b.credit_limit, b.is_recurring, b.charge_per_usage, b.provider_id, b.recurring_amount,
                      b.replenish_amount, calc.auto_reload
        ), charge AS (
            INSERT INTO ledger_entries (org_id, id, balance_id, developer_id, currency_id, entry_type, amount, usage,
                                        period_start, created_at, created_by, idempotency_key, reference_id, note)
            SELECT p_org[i], p_entry_id[i], upd.id, p_developer[i], p_currency[i], p_type[i], 0, p_price[i],
                   p_period[i], p_now[i], p_user[i], p_key[i], p_reference[i], p_note[i]
            FROM upd
        ), reload AS (
            INSERT INTO ledger_entries (org_id, id, balance_id, developer_id, currency_id, entry_type, amount, usage,
                                        period_start, created_at, created_by, idempotency_key, reference_id, note)
            SELECT p_org[i], p_reload_id[i], upd.id, p_developer[i], p_currency[i], 'AUTO_RELOAD', upd.auto_reload,
                   0, p_period[i], p_now[i], p_user[i], p_key[i], upd.provider_id, 'Automatic reload'
            FROM upd WHERE upd.auto_reload > 0
        ), exhausted AS (
            INSERT INTO suspensions (org_id, developer_id, reason_code, currency_id, created_at)
            SELECT p_org[i], p_developer[i], 'INSUFFICIENT_FUNDS', p_currency[i], p_now[i]
            FROM upd
            WHERE p_unless_suspended[i] AND CASE WHEN p_prepaid[i]
                THEN upd.opening + upd.reloads - upd.usage <= 0
                ELSE COALESCE(upd.credit_limit, p_currency_limit[i]) IS NOT NULL
                     AND upd.usage >= COALESCE(upd.credit_limit, p_currency_limit[i]) END
            ON CONFLICT (org_id, developer_id, reason_code, currency_id) DO NOTHING
        )
        SELECT i, upd.id, upd.developer_id, upd.currency_id, upd.period_start, upd.opening, upd.reloads,
               upd.usage, upd.credit_limit, upd.is_recurring, upd.charge_per_usage, upd.provider_id,
               upd.recurring_amount, upd.replenish_amount, upd.auto_reload
        FROM upd;
    END LOOP;
END
$$;

-- Usage charges of POST /transactions, committed together: charge_balances over the first 17 arrays
-- (p_unless_suspended set for every element), then, for each element it charged, the transaction row
-- (element i of the p_tx_* arrays; p_tx_cust_atts holds 10 values per element, custAtt1..10 of element i
-- at (i - 1) * 10 + 1 .. i * 10) and its units added to the developer's counter of the plan's product for
-- the month starting at p_tx_period[i] (p_tx_units[i]). Returns what charge_balances returns.
CREATE FUNCTION charge_usage(
    p_org TEXT[], p_developer UUID[], p_currency TEXT[], p_period DATE[], p_price NUMERIC[],
    p_prepaid BOOLEAN[], p_force BOOLEAN[], p_currency_limit NUMERIC[], p_now TIMESTAMPTZ[],
    p_entry_id UUID[], p_reload_id UUID[], p_type TEXT[], p_user TEXT[], p_key TEXT[], p_reference TEXT[],
    p_note TEXT[], p_unless_suspended BOOLEAN[],
    p_tx_id UUID[], p_tx_app UUID[], p_tx_product TEXT[], p_tx_package TEXT[], p_tx_plan TEXT[],
    p_tx_plan_level TEXT[], p_tx_currency TEXT[], p_tx_batch_size BIGINT[], p_tx_rated_units NUMERIC[],
    p_tx_rate NUMERIC[], p_tx_units NUMERIC[], p_tx_forced BOOLEAN[], p_tx_period DATE[], p_tx_cust_atts NUMERIC[])
RETURNS TABLE (ord INTEGER, id UUID, developer_id UUID, currency_id VARCHAR, period_start DATE,
               opening NUMERIC, reloads NUMERIC, usage NUMERIC, credit_limit NUMERIC, is_recurring BOOLEAN,
               charge_per_usage BOOLEAN, provider_id VARCHAR, recurring_amount NUMERIC, replenish_amount NUMERIC,
               auto_reload NUMERIC)
LANGUAGE plpgsql VOLATILE AS $$
#variable_conflict use_column
BEGIN
    RETURN QUERY
    WITH charged AS MATERIALIZED (
        SELECT * FROM charge_balances(p_org, p_developer, p_currency, p_period, p_price, p_prepaid, p_force,
            p_currency_limit, p_now, p_entry_id, p_reload_id, p_type, p_user, p_key, p_reference, p_note,
            p_unless_suspended)
    ), tx AS (
        INSERT INTO transactions (org_id, id, tx_type, developer_id, app_id, product_id, package_id, rate_plan_id,
                                  rate_plan_level, currency_id, batch_size, rated_units, rate, cust_att1, cust_att2,
                                  cust_att3, cust_att4, cust_att5, cust_att6, cust_att7, cust_att8, cust_att9,
                                  cust_att10, forced, notes, ledger_entry_id, created_at, created_by, idempotency_key)
        SELECT p_org[c.ord], p_tx_id[c.ord], 'CHARGE', p_developer[c.ord], p_tx_app[c.ord], p_tx_product[c.ord],
               p_tx_package[c.ord], p_tx_plan[c.ord], p_tx_plan_level[c.ord], p_tx_currency[c.ord],
               p_tx_batch_size[c.ord], p_tx_rated_units[c.ord], p_tx_rate[c.ord],
               p_tx_cust_atts[(c.ord - 1) * 10 + 1], p_tx_cust_atts[(c.ord - 1) * 10 + 2],
               p_tx_cust_atts[(c.ord - 1) * 10 + 3], p_tx_cust_atts[(c.ord - 1) * 10 + 4],
               p_tx_cust_atts[(c.ord - 1) * 10 + 5], p_tx_cust_atts[(c.ord - 1) * 10 + 6],
               p_tx_cust_atts[(c.ord - 1) * 10 + 7], p_tx_cust_atts[(c.ord - 1) * 10 + 8],
               p_tx_cust_atts[(c.ord - 1) * 10 + 9], p_tx_cust_atts[(c.ord - 1) * 10 + 10],
               p_tx_forced[c.ord], NULL, p_entry_id[c.ord], p_now[c.ord], p_user[c.ord], p_key[c.ord]
        FROM charged c
    ), counters AS (
        INSERT INTO usage_counters AS u (org_id, developer_id, rate_plan_id, product_id, period_start, units)
        SELECT p_org[c.ord], p_developer[c.ord], p_tx_plan[c.ord], p_tx_product[c.ord], p_tx_period[c.ord],
               sum(p_tx_units[c.ord])
        FROM charged c
        WHERE p_tx_plan[c.ord] IS NOT NULL
        GROUP BY 1, 2, 3, 4, 5
        ON CONFLICT (org_id, developer_id, rate_plan_id, product_id, period_start)
        DO UPDATE SET units = u.units + EXCLUDED.units
    )
    SELECT * FROM charged;
END
$$;
