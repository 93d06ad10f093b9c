package org.openmint.transaction;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.openmint.error.InvalidRequestException;

/**
 * The body of {@code POST /transactions} (spec §8.1): usage (application, product, batchSize,
 * custAtt1..10) or a fee (type, developer, ratePlan, currency, rate).
 */
record CreateTransactionRequest(
        Ref application,
        Ref product,
        BigDecimal batchSize,
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
        String type,
        Ref developer,
        Ref currency,
        Ref ratePlan,
        BigDecimal rate) {

    /** A reference to another entity: {@code {"id": "..."}}. */
    record Ref(String id) {
    }

    /** custAtt1..custAtt10, null where not given. */
    List<BigDecimal> custAtts() {
        return Arrays.asList(custAtt1, custAtt2, custAtt3, custAtt4, custAtt5, custAtt6, custAtt7, custAtt8, custAtt9,
                custAtt10);
    }

    /** The id of a required reference, trimmed. */
    static String required(String field, Ref ref) {
        if (ref == null || ref.id() == null || ref.id().isBlank()) {
            throw InvalidRequestException.missing(field);
        }
        return ref.id().trim();
    }
}
