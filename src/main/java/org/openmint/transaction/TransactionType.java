package org.openmint.transaction;

import org.openmint.balance.EntryType;

/**
 * The kinds of transaction this service shows, with the ledger entry each writes. BALANCE is a reload (manual or
 * automatic) of a prepaid balance: listed from the ledger (view {@code transaction_records}), never recorded here.
 */
public enum TransactionType {
    CHARGE(EntryType.CHARGE),
    SETUPFEES(EntryType.SETUPFEES),
    RECURRINGFEES(EntryType.RECURRINGFEES),
    CREDIT(
            EntryType.CREDIT),
    BALANCE(EntryType.RELOAD);

    private final EntryType entryType;

    TransactionType(EntryType entryType) {
        this.entryType = entryType;
    }

    EntryType entryType() {
        return entryType;
    }
}
