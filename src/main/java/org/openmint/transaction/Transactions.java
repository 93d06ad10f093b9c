package org.openmint.transaction;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The list envelope of transactions: {@code {"transaction": [...], "totalRecords": n}}.
 *
 * @param totalRecords how many match in all, of which {@code transaction} is one page
 */
@JsonPropertyOrder({"transaction", "totalRecords"})
record Transactions(List<TransactionView> transaction, long totalRecords) {
}
