/**
 * The in-process cache of read-mostly reference data (organizations, currencies, products, rate plans,
 * accounts, apps, accepted plans) that every metered call looks up; never balances or ledger rows.
 */
package org.openmint.cache;
