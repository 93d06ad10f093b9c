package org.openmint.transaction;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.openmint.app.MintApplication;
import org.openmint.developer.MintDeveloper;
import org.openmint.product.MintProduct;

/**
 * A transaction as the mint API shows it (spec §8.2): {@code currency} is the upper-case ISO code,
 * {@code rate} the money charged or credited, {@code ratedVolume} the units rated; times in UTC.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TransactionView(
        MintApplication application,
        long batchSize,
        String currency,
        BigDecimal custAtt1,
        BigDecimal custAtt2,
        BigDecimal custAtt3,
        BigDecimal custAtt4,
        BigDecimal custAtt5,
        BigDecimal custAtt6,
        BigDecimal custAtt7,
        BigDecimal custAtt8,
        BigDecimal custAtt9,
        BigDecimal custAtt10,
        MintDeveloper developer,
        String endTime,
        String id,
        @JsonProperty("isVirtualCurrency") boolean isVirtualCurrency,
        String notes,
        String pkgId,
        MintProduct product,
        String providerTxId,
        BigDecimal rate,
        String ratePlanLevel,
        BigDecimal ratedVolume,
        BigDecimal revenueShareAmount,
        String startTime,
        String status,
        String txProviderStatus,
        String type,
        String utcEndTime,
        String utcStartTime) {
}
