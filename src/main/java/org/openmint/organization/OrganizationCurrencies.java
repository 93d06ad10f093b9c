package org.openmint.organization;

import java.util.List;

/** What the organization feature needs to know of its supported currencies: their ISO names. */
public interface OrganizationCurrencies {

    /** The names ({@code USD}, ...) of the organization's supported currencies. */
    List<String> currencyNames(String org);
}
