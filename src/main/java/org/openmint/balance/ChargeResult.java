package org.openmint.balance;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * The outcome of a charge or credit: the ledger entry written and the balance after it.
 *
 * @param autoReloaded the automatic reload the charge triggered, zero when none
 */
public record ChargeResult(UUID entryId, UUID balanceId, Instant at, BigDecimal amount, BigDecimal usage,
        BigDecimal remaining, BigDecimal autoReloaded) {
}
