package org.openmint.transaction;

import java.math.BigDecimal;
import java.util.List;

import org.openmint.app.App;
import org.openmint.developer.DeveloperAccount;
import org.openmint.product.ApiProduct;

/**
 * The usage a {@code POST /transactions} charge reports, read and checked up to its price ({@link UsageRating#read}):
 * the app, its API product and the app's owner, who pays.
 *
 * @param batchSize the number of calls, 1 or more
 * @param custAtts custAtt1..custAtt10, positive with at most 4 decimals, null where not given
 * @param force whether the checks that protect the owner's money are skipped
 */
record Usage(String org, App app, ApiProduct product, DeveloperAccount owner, long batchSize,
        List<BigDecimal> custAtts, boolean force) {
}
