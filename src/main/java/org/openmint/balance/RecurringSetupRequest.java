package org.openmint.balance;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonAlias;

/**
 * The body of {@code developer-balances/recurring-setup} (spec §6.4), in all the forms the SDKs send;
 * flags may be booleans or the strings "true"/"false".
 */
record RecurringSetupRequest(
        @JsonAlias("providerID") String providerId,
        Boolean isRecurring,
        Boolean chargePerUsage,
        BigDecimal replenishAmount,
        BigDecimal recurringAmount) {

    BalanceService.RecurringSetup toSetup() {
        return new BalanceService.RecurringSetup(providerId, isRecurring, chargePerUsage, replenishAmount,
                recurringAmount);
    }
}
