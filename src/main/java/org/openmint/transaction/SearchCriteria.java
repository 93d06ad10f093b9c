package org.openmint.transaction;

import java.time.Instant;
import java.util.List;

/** The filters of a transaction search; an empty list means any. */
record SearchCriteria(List<String> developerIds, List<String> appIds, List<String> productIds,
        List<String> packageIds, List<String> currencyIds, List<String> types, Instant from, Instant to) {
}
