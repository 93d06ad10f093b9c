-- The SQL of one charge: the set-based statement that charge_balances() runs for each round of its charges, here
-- for one charge and inlined (BalanceRepository.charge sends charge_balances('[one charge]')): the conditional
-- balance update and the ledger insert in one statement and one transaction (autocommit); the suspension insert
-- of a batched charge is part of the statement and never fires for a single charge. The only addition is the
-- first CTE, which maps the random number :n to a seeded developer's id (one primary-key probe of a 10,001-row
-- table). Kept as it was when charge_balances() took arrays, so that ceilings of earlier runs stay comparable.
-- Variables set by bench/run: :first and :last, the range of developer numbers (0..9999 spread, 10000
-- the hot developer), and :period, the first day of the billing month.
\set n random(:first, :last)
WITH dev AS (
    SELECT developer_id FROM bench_developers WHERE n = :n
), old AS (
    SELECT id, opening, reloads, usage, credit_limit, is_recurring, recurring_amount,
           replenish_amount, provider_id
    FROM balances
    WHERE org_id = 'bench' AND developer_id = (SELECT developer_id FROM dev) AND currency_id = 'usd'
      AND period_start = CAST(:period AS DATE)
    FOR UPDATE
), calc AS (
    SELECT old.*,
           CASE WHEN TRUE AND is_recurring
                     AND opening + reloads - usage - CAST(0.01 AS NUMERIC) < replenish_amount
                THEN recurring_amount ELSE 0 END AS auto_reload
    FROM old
), upd AS (
    UPDATE balances b
    SET usage = b.usage + CAST(0.01 AS NUMERIC), reloads = b.reloads + calc.auto_reload,
        updated_at = now()
    FROM calc
    WHERE b.org_id = 'bench' AND b.id = calc.id
      AND (FALSE OR CASE WHEN TRUE
          THEN calc.opening + calc.reloads + calc.auto_reload - calc.usage
               - CAST(0.01 AS NUMERIC) >= 0
          ELSE COALESCE(calc.credit_limit, CAST(NULL AS NUMERIC)) IS NULL
               OR calc.usage + CAST(0.01 AS NUMERIC)
                  <= COALESCE(calc.credit_limit, CAST(NULL AS NUMERIC)) END)
    RETURNING b.id, b.developer_id, b.currency_id, b.period_start, b.opening, b.reloads,
              b.usage, b.credit_limit, b.is_recurring, b.charge_per_usage, b.provider_id,
              b.recurring_amount, b.replenish_amount, calc.auto_reload
), charge AS (
    INSERT INTO ledger_entries (org_id, id, balance_id, developer_id, currency_id, entry_type, amount, usage,
                                period_start, created_at, created_by, idempotency_key, reference_id, note)
    SELECT 'bench', gen_random_uuid(), upd.id, upd.developer_id, 'usd', 'CHARGE', 0, CAST(0.01 AS NUMERIC),
           CAST(:period AS DATE), now(), 'admin@example.com', NULL, 'bench-plan', 'Usage of bench-product'
    FROM upd
), reload AS (
    INSERT INTO ledger_entries (org_id, id, balance_id, developer_id, currency_id, entry_type, amount, usage,
                                period_start, created_at, created_by, idempotency_key, reference_id, note)
    SELECT 'bench', gen_random_uuid(), upd.id, upd.developer_id, 'usd', 'AUTO_RELOAD', upd.auto_reload, 0,
           CAST(:period AS DATE), now(), 'admin@example.com', NULL, upd.provider_id, 'Automatic reload'
    FROM upd WHERE upd.auto_reload > 0
), exhausted AS (
    INSERT INTO suspensions (org_id, developer_id, reason_code, currency_id, created_at)
    SELECT 'bench', upd.developer_id, 'INSUFFICIENT_FUNDS', 'usd', now()
    FROM upd
    WHERE FALSE AND CASE WHEN TRUE
        THEN upd.opening + upd.reloads - upd.usage <= 0
        ELSE COALESCE(upd.credit_limit, CAST(NULL AS NUMERIC)) IS NOT NULL
             AND upd.usage >= COALESCE(upd.credit_limit, CAST(NULL AS NUMERIC)) END
    ON CONFLICT (org_id, developer_id, reason_code, currency_id) DO NOTHING
)
SELECT * FROM upd;
