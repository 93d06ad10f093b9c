-- A balance's latest reload (shown with the balance) is found among its reloads only: without this
-- index the lookup walks back through every newer charge of the balance, which grows with usage.
CREATE INDEX ix_ledger_entries_balance_reloads ON ledger_entries (org_id, balance_id, created_at DESC, id DESC)
    WHERE entry_type IN ('RELOAD', 'AUTO_RELOAD');
