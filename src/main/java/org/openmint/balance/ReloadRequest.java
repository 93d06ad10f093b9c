package org.openmint.balance;

import java.math.BigDecimal;

/** The body of a reload: {@code {"amount": 1000, "supportedCurrency": {"id": "usd"}}}. */
record ReloadRequest(BigDecimal amount, CurrencyRef supportedCurrency) {

    /** A reference to a supported currency. */
    record CurrencyRef(String id) {
    }
}
