package org.openmint.balance;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The most recent top-up of a balance, shown as a transaction (spec §6.1, §8.2); times in UTC. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BalanceTransaction(
        int batchSize,
        String currency,
        Object developer,
        String endTime,
        String id,
        @JsonProperty("isVirtualCurrency") boolean isVirtualCurrency,
        String notes,
        String providerTxId,
        BigDecimal rate,
        BigDecimal revenueShareAmount,
        String startTime,
        String status,
        String txProviderStatus,
        String type,
        String utcEndTime,
        String utcStartTime) {
}
