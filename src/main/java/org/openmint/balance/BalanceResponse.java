package org.openmint.balance;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.openmint.currency.SupportedCurrency;

/**
 * A balance as the mint API shows it (spec §6.1 PrepaidBalance): for a prepaid balance {@code amount}
 * and {@code usage} of the current billing period; for a postpaid credit limit {@code amount} = the
 * limit. Unset recurring settings and a missing last top-up are left out.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BalanceResponse(
        BigDecimal amount,
        Boolean chargePerUsage,
        String id,
        @JsonProperty("isRecurring") Boolean isRecurring,
        String providerId,
        BigDecimal recurringAmount,
        BigDecimal replenishAmount,
        SupportedCurrency supportedCurrency,
        BalanceTransaction transaction,
        BigDecimal usage) {
}
