-- Reloads are BALANCE transactions to the transaction listing and search (spec §6.2, §8.3), without
-- writing anything more when a balance is reloaded: transaction_records is every row of transactions
-- plus every manual and automatic reload of the ledger, in the columns of transactions. A reload's
-- transaction id is its ledger entry's id; its rate is the amount added.

CREATE VIEW transaction_records AS
SELECT org_id, id, tx_type, developer_id, app_id, product_id, package_id, rate_plan_id, rate_plan_level, currency_id,
       batch_size, rated_units, rate, cust_att1, cust_att2, cust_att3, cust_att4, cust_att5, cust_att6, cust_att7,
       cust_att8, cust_att9, cust_att10, forced, notes, ledger_entry_id, created_at, created_by, idempotency_key
FROM transactions
UNION ALL
SELECT org_id, id, 'BALANCE', developer_id, NULL, NULL, NULL, NULL, NULL, currency_id,
       1, NULL, amount, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
       NULL, NULL, NULL, FALSE, note, id, created_at, created_by, idempotency_key
FROM ledger_entries
WHERE entry_type IN ('RELOAD', 'AUTO_RELOAD');

-- The search without a developer reads an organization's reloads newest first; a developer's are found
-- through ix_ledger_entries_developer.
CREATE INDEX ix_ledger_entries_reloads ON ledger_entries (org_id, created_at)
    WHERE entry_type IN ('RELOAD', 'AUTO_RELOAD');
