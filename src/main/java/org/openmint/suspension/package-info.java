/**
 * Suspended developers and companies (spec §10, Part I #15): suspended with {@code INSUFFICIENT_FUNDS}
 * when a balance runs out or a credit limit is reached, lifted when that clears or by hand; shown and lifted per
 * product (spec §10.2).
 */
package org.openmint.suspension;
