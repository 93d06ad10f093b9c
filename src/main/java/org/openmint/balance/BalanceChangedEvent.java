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
}
