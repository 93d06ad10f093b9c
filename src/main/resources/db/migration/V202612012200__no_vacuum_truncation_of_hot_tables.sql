-- Tables that every charge or reload updates, or deletes from, are read on every balance read and
-- charge. When autovacuum finds empty pages at the end of one, it truncates them under an ACCESS
-- EXCLUSIVE lock and a WAL flush; under load that held balance reads up to 130 ms (a VACUUM of balances
-- during bench/run's balance reads, bench/results/2026-12-01.md). The freed pages are refilled by the
-- next updates anyway, so these tables keep them: vacuum still reclaims dead rows inside the table.
ALTER TABLE balances SET (vacuum_truncate = false);
ALTER TABLE usage_counters SET (vacuum_truncate = false);
ALTER TABLE suspensions SET (vacuum_truncate = false);
ALTER TABLE idempotency_keys SET (vacuum_truncate = false);
