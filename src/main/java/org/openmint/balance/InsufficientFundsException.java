package org.openmint.balance;

import java.math.BigDecimal;

import org.openmint.error.ErrorCode;
import org.openmint.error.MintException;

/** A prepaid balance that cannot pay a charge ({@code mint.insufficientFunds}); the required amount ends the message. */
public class InsufficientFundsException extends MintException {

    public InsufficientFundsException(String currencyId, BigDecimal remaining, BigDecimal required) {
        super(ErrorCode.INSUFFICIENT_FUNDS, "Insufficient funds in " + currencyId.toUpperCase(java.util.Locale.ROOT)
                + ": remaining balance is " + remaining.toPlainString() + ", required amount is ["
                + required.toPlainString() + "]");
    }
}
