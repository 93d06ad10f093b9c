-- Charges balances one after another inside one statement, so that the charges of many requests can be
-- committed together (BalanceRepository.chargeAll). Element i of the arrays is one charge: the conditional
-- update of its balance and its ledger rows (the charge and, when the charge leaves a recurring prepaid
-- balance below its replenish amount, the automatic reload), as one data-modifying statement. A charge
-- sees the charges before it, also of the same balance. When p_unless_suspended[i] and the account has a
-- suspension, element i is skipped. One row is returned per charged element: its position (ord) and the
-- balance after the charge; a skipped element, or one the balance cannot pay, returns nothing and
-- changes nothing.
CREATE FUNCTION charge_balances(
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
        )
        SELECT i, upd.id, upd.developer_id, upd.currency_id, upd.period_start, upd.opening, upd.reloads,
               upd.usage, upd.credit_limit, upd.is_recurring, upd.charge_per_usage, upd.provider_id,
               upd.recurring_amount, upd.replenish_amount, upd.auto_reload
        FROM upd;
    END LOOP;
END
$$;
