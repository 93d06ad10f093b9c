package org.openmint.balance;

import java.math.BigDecimal;

import org.openmint.error.ErrorCode;
import org.openmint.error.MintException;

/** A postpaid charge that would take usage above the effective credit limit ({@code mint.creditLimitExceeded}). */
public class CreditLimitExceededException extends MintException {

    public CreditLimitExceededException(String currencyId, BigDecimal usage, BigDecimal limit, BigDecimal price) {
        super(ErrorCode.CREDIT_LIMIT_EXCEEDED, "Credit limit of " + limit.toPlainString() + " "
                + currencyId.toUpperCase(java.util.Locale.ROOT) + " exceeded: usage is " + usage.toPlainString()
                + ", charge is [" + price.toPlainString() + "]");
    }
}
