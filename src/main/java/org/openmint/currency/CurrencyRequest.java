package org.openmint.currency;

import java.math.BigDecimal;

/**
 * The body of a currency create or replace (spec §3). {@code virtualCurrency} may come as a boolean
 * or as the string "true"/"false"; {@code minimumRecurringAmount} of older clients is accepted and ignored.
 */
record CurrencyRequest(
        String id,
        String name,
        String displayName,
        String description,
        OrganizationRef organization,
        String status,
        Boolean virtualCurrency,
        BigDecimal creditLimit,
        BigDecimal minimumTopupAmount,
        BigDecimal minimumRecurringAmount) {

    /** A reference to an organization: {@code {"id": "..."}}. */
    record OrganizationRef(String id) {
    }
}
