package org.openmint.transaction;

import org.openmint.balance.EntryType;

/** The kinds of transaction this service records, with the ledger entry each writes. */
public enum TransactionType {
    CHARGE(EntryType.CHARGE), SETUPFEES(EntryType.SETUPFEES), RECURRINGFEES(EntryType.RECURRINGFEES), CREDIT(
            EntryType.CREDIT);

    private final EntryType entryType;

    TransactionType(EntryType entryType) {
        this.entryType = entryType;
    }

    EntryType entryType() {
        return entryType;
    }
}
