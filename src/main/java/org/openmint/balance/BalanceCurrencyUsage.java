package org.openmint.balance;

import org.openmint.currency.CurrencyUsage;
import org.springframework.stereotype.Component;

/** A currency that balances or credit limits use cannot be deleted. */
@Component
class BalanceCurrencyUsage implements CurrencyUsage {

    private final BalanceRepository balances;

    BalanceCurrencyUsage(BalanceRepository balances) {
        this.balances = balances;
    }

    @Override
    public String usage(String org, String currencyId) {
        long count = balances.countByCurrency(org, currencyId);
        return count == 0 ? null : count + " developer balance(s) or credit limit(s)";
    }
}
