package org.openmint.suspension;

import java.time.Instant;

/**
 * One suspension row: an account suspended for a reason in a currency, for one product or, with
 * {@code productId} null, for every product it is on in that currency; since when it has held.
 */
record SuspensionRow(String developerId, String reasonCode, String currencyId, String productId,
        Instant createdAt) {
}
