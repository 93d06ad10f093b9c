package org.openmint.catalog;

import java.util.List;

/**
 * A page of API packages ({@code GET .../monetization-packages}, spec §9.1).
 *
 * @param totalRecords how many there are in all pages
 */
record MonetizationPackages(List<MonetizationPackage> monetizationPackage, long totalRecords) {
}
