package org.openmint.balance;

import java.math.BigDecimal;

import org.openmint.currency.SupportedCurrency;

/**
 * A month of a prepaid balance (spec §6.3, Part I #19): {@code previousBalance} carried in,
 * {@code topups} and {@code usage} of the month, {@code currentTotalBalance = previousBalance + topups},
 * {@code currentBalance = currentTotalBalance − currentUsage}.
 */
public record StatementResponse(
        BigDecimal approxTaxRate,
        BigDecimal currentBalance,
        BigDecimal currentTotalBalance,
        BigDecimal currentUsage,
        String id,
        String month,
        BigDecimal previousBalance,
        SupportedCurrency supportedCurrency,
        BigDecimal tax,
        BigDecimal topups,
        BigDecimal usage,
        int year) {

    public StatementResponse {
        if (approxTaxRate != null && approxTaxRate.stripTrailingZeros().scale() <= 0) {
            approxTaxRate = approxTaxRate.setScale(0);
        }
    }
}
