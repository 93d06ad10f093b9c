package org.openmint.balance;

import java.util.List;

/**
 * Published inside the transaction that changed several balances at once (charges committed
 * together), so that other features (suspension) can react to all of them in the same transaction.
 */
public record BalancesChangedEvent(List<BalanceChangedEvent> changes) {
}
