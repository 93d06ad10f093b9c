package org.openmint.balance;

import org.openmint.developer.DeveloperUsage;
import org.springframework.stereotype.Component;

/** A developer or company with balances (and so ledger entries) cannot be deleted. */
@Component
class BalanceDeveloperUsage implements DeveloperUsage {

    private final BalanceRepository balances;

    BalanceDeveloperUsage(BalanceRepository balances) {
        this.balances = balances;
    }

    @Override
    public String usage(String org, String developerId) {
        return balances.developerHasBalances(org, developerId) ? "balances and ledger entries" : null;
    }
}
