package org.openmint.transaction;

import java.util.List;
import java.util.Objects;

/** The MintCriteria body of {@code POST /transaction-search} (spec §8.3); unknown criteria are ignored. */
record TransactionSearchRequest(
        List<Criterion> devCriteria,
        List<Criterion> appCriteria,
        List<Criterion> prodCriteria,
        List<Criterion> pkgCriteria,
        List<Criterion> currCriteria,
        List<String> transactionTypes,
        String fromDate,
        String toDate) {

    static final TransactionSearchRequest EMPTY = new TransactionSearchRequest(null, null, null, null, null, null,
            null, null);

    /** One entity of a criterion list: {@code {"id": ..., "orgId": ...}}. */
    record Criterion(String id, String orgId) {
    }

    List<String> ids(List<Criterion> criteria) {
        return criteria == null
                ? List.of()
                : criteria.stream().filter(Objects::nonNull).map(Criterion::id).filter(Objects::nonNull).toList();
    }
}
