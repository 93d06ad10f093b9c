package org.openmint.balance;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One ledger row: a change of a balance's amount or usage, never updated or deleted. */
record LedgerEntry(
        UUID id,
        UUID balanceId,
        String developerId,
        String currencyId,
        EntryType type,
        BigDecimal amount,
        BigDecimal usage,
        LocalDate periodStart,
        Instant createdAt,
        String createdBy,
        String idempotencyKey,
        String referenceId,
        String note) {

    /** The same entry, counted in another billing period. */
    LedgerEntry inPeriod(LocalDate period) {
        return new LedgerEntry(id, balanceId, developerId, currencyId, type, amount, usage, period, createdAt,
                createdBy, idempotencyKey, referenceId, note);
    }
}
