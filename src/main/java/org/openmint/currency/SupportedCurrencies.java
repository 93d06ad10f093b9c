package org.openmint.currency;

import java.util.List;

/** A page of supported currencies: {@code {"supportedCurrency": [...], "totalRecords": n}}. */
record SupportedCurrencies(List<SupportedCurrency> supportedCurrency, long totalRecords) {
}
