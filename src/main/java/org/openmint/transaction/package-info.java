/**
 * Monetized transactions (spec §7.1, §8): usage charged through {@code POST /transactions} and priced by
 * the owner's accepted rate plan, setup and recurring fees, credits; their listing and search.
 */
package org.openmint.transaction;
