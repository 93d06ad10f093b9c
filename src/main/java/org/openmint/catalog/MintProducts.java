package org.openmint.catalog;

import java.util.List;

import org.openmint.product.MintProduct;

/**
 * A page of the mint view of products ({@code GET .../products}, spec §9.1).
 *
 * @param totalRecords how many there are in all pages
 */
record MintProducts(List<MintProduct> product, long totalRecords) {
}
