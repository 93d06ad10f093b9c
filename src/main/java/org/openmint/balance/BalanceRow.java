package org.openmint.balance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.openmint.currency.SupportedCurrency;
import org.openmint.money.Money;

/** A balance as stored: the figures of its billing period and its settings. */
record BalanceRow(
        UUID id,
        String developerId,
        String currencyId,
        LocalDate periodStart,
        BigDecimal opening,
        BigDecimal reloads,
        BigDecimal usage,
        BigDecimal creditLimit,
        boolean isRecurring,
        boolean chargePerUsage,
        String providerId,
        BigDecimal recurringAmount,
        BigDecimal replenishAmount) {

    /** Money available in the period: the remaining carried in plus the period's reloads. */
    BigDecimal amount() {
        return opening.add(reloads);
    }

    BigDecimal remaining() {
        return amount().subtract(usage);
    }

    /** The credit limit that applies to this postpaid balance: its own, else the currency's (null: none). */
    BigDecimal effectiveLimit(SupportedCurrency currency) {
        return creditLimit != null ? creditLimit : currency.creditLimit();
    }

    /**
     * The figures as they stand in {@code period}: a later period opens with the remaining carried
     * over (prepaid) or nothing owed (postpaid, invoiced separately) and no reloads or usage yet.
     */
    BalanceRow in(LocalDate period, boolean prepaid) {
        if (!periodStart.isBefore(period)) {
            return this;
        }
        return new BalanceRow(id, developerId, currencyId, period, prepaid ? remaining() : Money.ZERO, Money.ZERO,
                Money.ZERO, creditLimit, isRecurring, chargePerUsage, providerId, recurringAmount, replenishAmount);
    }
}
