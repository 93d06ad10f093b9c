package org.openmint.balance;

/**
 * A usage charge that {@link BalanceService#chargeUsage} commits with others: the prepared charge, and the record of
 * its usage (its transaction row and the units it adds to its usage counter) that the same statement writes when
 * the charge is applied.
 */
public record UsageCharge(BalanceService.PendingCharge charge, UsageRecord usage) {

    /**
     * The record of a charge's usage, the caller's: written as JSON for the database's {@code record_usage()},
     * which alone reads its fields.
     */
    public interface UsageRecord {
    }
}
