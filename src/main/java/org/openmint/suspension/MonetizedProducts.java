package org.openmint.suspension;

import java.time.Instant;
import java.util.List;

/**
 * The API products an account is on, so that a suspension of the account in a currency is shown and
 * lifted per product (spec §10.2); the accepted-plans feature provides it.
 */
public interface MonetizedProducts {

    /**
     * The products of the rate plans in {@code currencyId} that price the account's usage at {@code at},
     * sorted, without repeats; empty for an unknown account or one on no such plan.
     */
    List<String> productsOf(String org, String accountId, String currencyId, Instant at);
}
