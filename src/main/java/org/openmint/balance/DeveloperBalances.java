package org.openmint.balance;

import java.util.List;

/**
 * The list envelope of balances, credit limits and statements: {@code {"developerBalance": [...], "totalRecords": n}}.
 *
 * @param totalRecords how many there are in all, of which {@code developerBalance} is one page
 */
public record DeveloperBalances<T>(List<T> developerBalance, long totalRecords) {
}
