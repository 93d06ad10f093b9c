package org.openmint.currency;

/**
 * Something that can hold a supported currency in use (balances, credit limits, rate plans); a
 * currency in use cannot be deleted (spec Part I #9). Features that use currencies provide a bean.
 */
public interface CurrencyUsage {

    /** Whether anything of this feature uses the currency; a short description of what, or null. */
    String usage(String org, String currencyId);
}
