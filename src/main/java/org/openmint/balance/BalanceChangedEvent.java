package org.openmint.balance;

import java.math.BigDecimal;

/**
 * Published inside the transaction that changed a balance, so that other features (suspension)
 * can react in the same transaction.
 *
 * @param remaining prepaid: amount − usage; postpaid: null
 * @param usage the usage of the current billing period
 * @param creditLimit postpaid: the effective credit limit, null when unlimited
 */
public record BalanceChangedEvent(String org, String developerId, String currencyId, boolean prepaid,
        BigDecimal remaining, BigDecimal usage, BigDecimal creditLimit) {

    /** Whether the balance can no longer fund usage: nothing remaining, or the credit limit reached. */
    public boolean exhausted() {
        if (prepaid) {
            return remaining.signum() <= 0;
        }
        return creditLimit != null && usage.compareTo(creditLimit) >= 0;
    }
}
