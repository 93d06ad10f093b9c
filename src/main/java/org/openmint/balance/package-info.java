/**
 * Prepaid balances, postpaid credit limits and usage, automatic reloads and monthly statements, and
 * the insert-only ledger every change of them is written to (spec §5, §6, Part I #11-#17, #19).
 */
package org.openmint.balance;
