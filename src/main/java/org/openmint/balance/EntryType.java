package org.openmint.balance;

/** What a ledger entry records. */
public enum EntryType {
    /** A manual reload: adds to the amount. */
    RELOAD,
    /** An automatic reload by the payment provider: adds to the amount. */
    AUTO_RELOAD,
    /** Usage of an API product: adds to the usage. */
    CHARGE,
    /** A rate plan's setup fee: adds to the usage. */
    SETUPFEES,
    /** A rate plan's recurring fee: adds to the usage. */
    RECURRINGFEES,
    /** A credit (positive or negative): subtracts from the usage. */
    CREDIT
}
