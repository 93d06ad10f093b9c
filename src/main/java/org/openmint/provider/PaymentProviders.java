package org.openmint.provider;

import java.util.List;

/** A page of payment providers: {@code {"provider": [...], "totalRecords": n}}. */
record PaymentProviders(List<PaymentProvider> provider, long totalRecords) {
}
