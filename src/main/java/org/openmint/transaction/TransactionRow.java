package org.openmint.transaction;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/** A stored transaction. {@code custAtts} has 10 entries, null where not given. */
record TransactionRow(
        UUID id,
        TransactionType type,
        String developerId,
        UUID appId,
        String productId,
        String packageId,
        String ratePlanId,
        String ratePlanLevel,
        String currencyId,
        long batchSize,
        BigDecimal ratedUnits,
        BigDecimal rate,
        List<BigDecimal> custAtts,
        boolean forced,
        String notes,
        UUID ledgerEntryId,
        Instant createdAt,
        String createdBy,
        String idempotencyKey) {

    /** The custom attributes of a transaction that has none: 10 nulls. */
    static final List<BigDecimal> NO_CUSTOM_ATTRIBUTES = Collections.nCopies(10, null);
}
