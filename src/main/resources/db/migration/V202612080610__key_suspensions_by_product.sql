-- Suspensions per developer and product (spec §10.2: a record id is {org}-{devId}-{prodId}-null-{REASON}).
--
-- 1. suspensions.product_id: the API product a suspension is for, or '' for every product of the account in its
--    currency, which is what the balance rule (balance_exhausted) suspends: charge_balances() and
--    suspension/SuspensionRepository insert those. Lifting the suspensions of one product
--    (POST /suspended-developers/unsuspend-by-product/{org}@@@{product}) turns an account's '' row into one row
--    per other product it is on and drops it, so its other products stay suspended. An account is suspended while
--    any of its rows exists, as before.
-- 2. The key takes the product: (org, developer, reason, currency, product).
-- 3. charge_balances() with the conflict target of its suspension insert naming the new key (it inserts the ''
--    product, as before), and as cheap as before issue #12: it orders its charges by round once and runs its one
--    set-based statement over each round's slice of that array (a batch of many charges of one account no longer
--    numbers the whole batch again in every round), carries each charge as one composite instead of joining the
--    input again in every step, and uses generic plans (a custom plan per round cost three times as much on a hot
--    balance). Same signature, same results.

ALTER TABLE suspensions ADD COLUMN product_id VARCHAR(255) NOT NULL DEFAULT '';

ALTER TABLE suspensions DROP CONSTRAINT pk_suspensions;
-- also serves the lookups by account (isSuspended, GET and DELETE one) and the foreign key to developers
ALTER TABLE suspensions
    ADD CONSTRAINT pk_suspensions PRIMARY KEY (org_id, developer_id, reason_code, currency_id, product_id);

-- unsuspend-by-product finds the rows of one product
CREATE INDEX ix_suspensions_product ON suspensions (org_id, product_id);

-- Charges balances: see V202612071900__one_copy_of_the_charge_rules.sql for the contract.
CREATE OR REPLACE FUNCTION charge_balances(p_charges JSONB)
RETURNS TABLE (ord INTEGER, id UUID, developer_id UUID, currency_id VARCHAR, period_start DATE,
               opening NUMERIC, reloads NUMERIC, usage NUMERIC, credit_limit NUMERIC, is_recurring BOOLEAN,
               charge_per_usage BOOLEAN, provider_id VARCHAR, recurring_amount NUMERIC, replenish_amount NUMERIC,
               auto_reload NUMERIC)
LANGUAGE plpgsql VOLATILE
SET plan_cache_mode = force_generic_plan
AS $$
#variable_conflict use_column
DECLARE
    -- the charges in the order of their round (round k holds the k-th charge of each account), then of ord
    charges balance_charge[];
    round_of INTEGER[];
    n INTEGER;
    lo INTEGER := 1;
    hi INTEGER;
BEGIN
    SELECT array_agg(x.c ORDER BY x.k, x.i), array_agg(x.k ORDER BY x.k, x.i), count(*)
    INTO charges, round_of, n
    FROM (SELECT jsonb_populate_record(NULL::balance_charge, e.charge || jsonb_build_object('ord', e.i)) AS c, e.i,
                 CAST(row_number() OVER (PARTITION BY e.charge ->> 'org', e.charge ->> 'developer' ORDER BY e.i)
                      AS INTEGER) AS k
          FROM jsonb_array_elements(p_charges) WITH ORDINALITY AS e(charge, i)) x;
    WHILE lo <= n LOOP
        hi := lo;
        WHILE hi < n AND round_of[hi + 1] = round_of[lo] LOOP
            hi := hi + 1;
        END LOOP;
        RETURN QUERY
        WITH old AS (
            SELECT x AS c, b.id, b.opening, b.reloads, b.usage, b.credit_limit,
                   CASE WHEN x.prepaid AND b.is_recurring
                             AND b.opening + b.reloads - b.usage - x.price < b.replenish_amount
                        THEN b.recurring_amount ELSE 0 END AS auto_reload
            FROM unnest(charges[lo:hi]) x
            JOIN balances b ON b.org_id = x.org AND b.developer_id = x.developer AND b.currency_id = x.currency
                           AND b.period_start = x.period
            WHERE NOT (x.unless_suspended AND EXISTS (
                SELECT 1 FROM suspensions s WHERE s.org_id = x.org AND s.developer_id = x.developer))
            ORDER BY b.org_id, b.developer_id
            FOR UPDATE OF b
        ), upd AS (
            UPDATE balances b
            SET usage = b.usage + (old.c).price, reloads = b.reloads + old.auto_reload, updated_at = (old.c).now
            FROM old
            WHERE b.org_id = (old.c).org AND b.id = old.id
              AND ((old.c).force OR CASE WHEN (old.c).prepaid
                  THEN old.opening + old.reloads + old.auto_reload - old.usage - (old.c).price >= 0
                  ELSE COALESCE(old.credit_limit, (old.c).currency_limit) IS NULL
                       OR old.usage + (old.c).price <= COALESCE(old.credit_limit, (old.c).currency_limit) END)
            RETURNING old.c, b.id, b.developer_id, b.currency_id, b.period_start, b.opening, b.reloads, b.usage,
                      b.credit_limit, b.is_recurring, b.charge_per_usage, b.provider_id, b.recurring_amount,
                      b.replenish_amount, old.auto_reload
        ), charge AS (
            INSERT INTO ledger_entries (org_id, id, balance_id, developer_id, currency_id, entry_type, amount, usage,
                                        period_start, created_at, created_by, idempotency_key, reference_id, note)
            SELECT (upd.c).org, (upd.c).entry_id, upd.id, (upd.c).developer, (upd.c).currency, (upd.c).type, 0,
                   (upd.c).price, (upd.c).period, (upd.c).now, (upd.c).usr, (upd.c).key, (upd.c).reference,
                   (upd.c).note
            FROM upd
        ), reload AS (
            INSERT INTO ledger_entries (org_id, id, balance_id, developer_id, currency_id, entry_type, amount, usage,
                                        period_start, created_at, created_by, idempotency_key, reference_id, note)
            SELECT (upd.c).org, (upd.c).reload_id, upd.id, (upd.c).developer, (upd.c).currency, 'AUTO_RELOAD',
                   upd.auto_reload, 0, (upd.c).period, (upd.c).now, (upd.c).usr, (upd.c).key, upd.provider_id,
                   'Automatic reload'
            FROM upd WHERE upd.auto_reload > 0
        ), exhausted AS (
            INSERT INTO suspensions (org_id, developer_id, reason_code, currency_id, created_at)
            SELECT (upd.c).org, (upd.c).developer, 'INSUFFICIENT_FUNDS', (upd.c).currency, (upd.c).now
            FROM upd
            WHERE (upd.c).unless_suspended
              AND balance_exhausted((upd.c).prepaid, upd.opening + upd.reloads - upd.usage, upd.usage,
                                    COALESCE(upd.credit_limit, (upd.c).currency_limit))
            ON CONFLICT (org_id, developer_id, reason_code, currency_id, product_id) DO NOTHING
        )
        SELECT (upd.c).ord, upd.id, upd.developer_id, upd.currency_id, upd.period_start, upd.opening, upd.reloads,
               upd.usage, upd.credit_limit, upd.is_recurring, upd.charge_per_usage, upd.provider_id,
               upd.recurring_amount, upd.replenish_amount, upd.auto_reload
        FROM upd;
        lo := hi + 1;
    END LOOP;
END
$$;
