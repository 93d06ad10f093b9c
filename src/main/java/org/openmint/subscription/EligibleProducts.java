package org.openmint.subscription;

import java.util.List;

import org.openmint.product.MintProduct;

/**
 * A page of the products a developer or company may use ({@code GET .../eligible-products}, spec §15.3).
 *
 * @param totalRecords how many there are in all pages
 */
record EligibleProducts(List<MintProduct> product, long totalRecords) {
}
