package org.openmint.subscription;

import java.math.BigDecimal;

import org.openmint.balance.BalanceService;
import org.openmint.balance.InsufficientFundsException;
import org.openmint.catalog.RatePlan;
import org.openmint.developer.DeveloperAccount;
import org.openmint.money.Money;
import org.openmint.transaction.TransactionService;
import org.openmint.transaction.TransactionType;
import org.springframework.stereotype.Component;

/**
 * The fees of a plan that starts on the day it is accepted (spec §9.3): its setup fee, unless waived,
 * and, when the plan bills in advance, its first recurring fee. A prepaid account must be able to pay
 * both before anything changes.
 */
@Component
class AcceptanceFees {

    private final TransactionService transactions;
    private final BalanceService balances;

    AcceptanceFees(TransactionService transactions, BalanceService balances) {
        this.transactions = transactions;
        this.balances = balances;
    }

    /**
     * Checks that the account can pay the plan's fees now.
     *
     * @throws InsufficientFundsException when a prepaid account cannot pay them
     */
    void requireFunds(DeveloperAccount account, RatePlan plan, boolean waiveFees) {
        BigDecimal total = setUpFee(plan, waiveFees).add(recurringFee(plan));
        if (!account.prepaid() || total.signum() == 0) {
            return;
        }
        BalanceService.Funds funds = balances.funds(account, plan.currencyId());
        if (!funds.canPay(total)) {
            throw new InsufficientFundsException(plan.currencyId(), funds.remaining(), total);
        }
    }

    /** Charges the plan's fees, each one that is not 0 as its own transaction. */
    void charge(DeveloperAccount account, RatePlan plan, boolean waiveFees, String idempotencyKey) {
        charge(account, plan, TransactionType.SETUPFEES, setUpFee(plan, waiveFees), "Setup fee", idempotencyKey);
        charge(account, plan, TransactionType.RECURRINGFEES, recurringFee(plan), "Recurring fee", idempotencyKey);
    }

    private void charge(DeveloperAccount account, RatePlan plan, TransactionType type, BigDecimal fee, String what,
            String idempotencyKey) {
        if (fee.signum() > 0) {
            transactions.chargeFee(account, plan, type, plan.currencyId(), fee, false,
                    what + " of rate plan " + plan.id(), idempotencyKey);
        }
    }

    private static BigDecimal setUpFee(RatePlan plan, boolean waiveFees) {
        return waiveFees ? Money.ZERO : plan.setUpFee();
    }

    private static BigDecimal recurringFee(RatePlan plan) {
        return plan.advance() ? plan.recurringFee() : Money.ZERO;
    }
}
