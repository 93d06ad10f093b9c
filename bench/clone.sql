-- Clones the developer :'template' (seeded over the API: attributes, an app with its product and
-- credential, a reloaded balance with its ledger row, the accepted plan) into developers
-- dev<:first>..dev<:last>@bench.example, row for row, with fresh ids, names and credentials: the state
-- the same API calls would leave, in seconds instead of minutes. Run with psql -v template=... -v first=... -v last=...
\set ON_ERROR_STOP on
BEGIN;
CREATE TEMP TABLE clone ON COMMIT DROP AS
SELECT g AS n, 'dev' || lpad(g::text, 5, '0') || '@bench.example' AS email,
       gen_random_uuid() AS developer_id, gen_random_uuid() AS app_id, gen_random_uuid() AS balance_id,
       gen_random_uuid() AS accepted_id
FROM generate_series(:first, :last) g;

CREATE TEMP TABLE template ON COMMIT DROP AS
SELECT d.id AS developer_id, a.id AS app_id, b.id AS balance_id
FROM developers d JOIN apps a ON a.org_id = d.org_id AND a.developer_id = d.id
JOIN balances b ON b.org_id = d.org_id AND b.developer_id = d.id
WHERE d.org_id = 'bench' AND d.email = :'template';

INSERT INTO developers (org_id, id, is_company, email, name, first_name, last_name, user_name, display_name, status,
                        version, created_at, created_by, updated_at, updated_by)
SELECT d.org_id, c.developer_id, d.is_company, c.email, d.name, d.first_name, d.last_name, split_part(c.email, '@', 1),
       d.display_name, d.status, d.version, now(), d.created_by, now(), d.updated_by
FROM developers d JOIN template t ON d.id = t.developer_id, clone c WHERE d.org_id = 'bench';

INSERT INTO developer_attributes (org_id, developer_id, position, name, value)
SELECT a.org_id, c.developer_id, a.position, a.name, a.value
FROM developer_attributes a JOIN template t ON a.developer_id = t.developer_id, clone c WHERE a.org_id = 'bench';

INSERT INTO apps (org_id, id, developer_id, is_company, name, callback_url, status, scopes, version, created_at,
                  created_by, updated_at, updated_by)
SELECT a.org_id, c.app_id, c.developer_id, a.is_company, a.name, a.callback_url, a.status, a.scopes, a.version, now(),
       a.created_by, now(), a.updated_by
FROM apps a JOIN template t ON a.id = t.app_id, clone c WHERE a.org_id = 'bench';

INSERT INTO app_attributes (org_id, app_id, position, name, value)
SELECT a.org_id, c.app_id, a.position, a.name, a.value
FROM app_attributes a JOIN template t ON a.app_id = t.app_id, clone c WHERE a.org_id = 'bench';

INSERT INTO app_products (org_id, app_id, product_name, position, status)
SELECT p.org_id, c.app_id, p.product_name, p.position, p.status
FROM app_products p JOIN template t ON p.app_id = t.app_id, clone c WHERE p.org_id = 'bench';

INSERT INTO app_credentials (org_id, consumer_key, app_id, consumer_secret, status, issued_at, expires_at)
SELECT k.org_id, substr(md5(random()::text) || md5(random()::text), 1, 32), c.app_id,
       substr(md5(random()::text), 1, 16), k.status, now(), k.expires_at
FROM app_credentials k JOIN template t ON k.app_id = t.app_id, clone c WHERE k.org_id = 'bench';

INSERT INTO balances (org_id, id, developer_id, currency_id, period_start, opening, reloads, usage, credit_limit,
                      is_recurring, charge_per_usage, provider_id, recurring_amount, replenish_amount, created_at,
                      updated_at)
SELECT b.org_id, c.balance_id, c.developer_id, b.currency_id, b.period_start, b.opening, b.reloads, b.usage,
       b.credit_limit, b.is_recurring, b.charge_per_usage, b.provider_id, b.recurring_amount, b.replenish_amount,
       now(), now()
FROM balances b JOIN template t ON b.id = t.balance_id, clone c WHERE b.org_id = 'bench';

INSERT INTO ledger_entries (org_id, id, balance_id, developer_id, currency_id, entry_type, amount, usage, period_start,
                            created_at, created_by, idempotency_key, reference_id, note)
SELECT l.org_id, gen_random_uuid(), c.balance_id, c.developer_id, l.currency_id, l.entry_type, l.amount, l.usage,
       l.period_start, now(), l.created_by, l.idempotency_key, l.reference_id, l.note
FROM ledger_entries l JOIN template t ON l.balance_id = t.balance_id, clone c WHERE l.org_id = 'bench';

INSERT INTO accepted_rate_plans (org_id, id, developer_id, rate_plan_id, start_date, end_date, quota_target, version,
                                 created_at, updated_at)
SELECT a.org_id, c.accepted_id, c.developer_id, a.rate_plan_id, a.start_date, a.end_date, a.quota_target, a.version,
       now(), now()
FROM accepted_rate_plans a JOIN template t ON a.developer_id = t.developer_id, clone c WHERE a.org_id = 'bench';
COMMIT;
