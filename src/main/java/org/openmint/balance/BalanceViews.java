package org.openmint.balance;

import java.util.List;
import java.util.Locale;

import org.openmint.currency.CurrencyService;
import org.openmint.currency.SupportedCurrency;
import org.openmint.developer.DeveloperAccount;
import org.openmint.developer.DeveloperService;
import org.openmint.money.Money;
import org.openmint.web.Paging;
import org.openmint.web.Timestamps;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Balances as the mint API shows them (spec §5, §6.1): a prepaid balance with its last top-up, a postpaid
 * developer's credit limit with this month's usage, and the lists of them.
 */
@Component
class BalanceViews {

    private final BalanceRepository balances;
    private final BalancePeriods periods;
    private final CurrencyService currencies;
    private final DeveloperService developers;

    BalanceViews(BalanceRepository balances, BalancePeriods periods, CurrencyService currencies,
            DeveloperService developers) {
        this.balances = balances;
        this.periods = periods;
        this.currencies = currencies;
        this.developers = developers;
    }

    /**
     * The account's balances (spec §6.1): prepaid balances, or for a postpaid developer its credit limits.
     *
     * @param currencyId only this currency when given
     */
    @Transactional(readOnly = true)
    DeveloperBalances<BalanceResponse> balances(DeveloperAccount account, Paging paging, String currencyId) {
        if (currencyId != null) {
            currencies.require(account.org(), currencyId);
        }
        List<BalanceResponse> items = periods.currentBalances(account).stream()
                .filter(row -> currencyId == null || row.currencyId().equals(currencyId))
                .map(row -> account.prepaid()
                        ? prepaid(account, row, currency(account, row))
                        : creditLimit(row, currency(account, row)))
                .toList();
        return new DeveloperBalances<>(paging.slice(items), items.size());
    }

    /** The postpaid developer's credit limits: {@code amount} = effective limit, {@code usage} = this period's. */
    @Transactional(readOnly = true)
    DeveloperBalances<BalanceResponse> creditLimits(DeveloperAccount account, Paging paging) {
        List<BalanceResponse> items = account.prepaid()
                ? List.of()
                : periods.currentBalances(account).stream().map(row -> creditLimit(row, currency(account, row)))
                        .toList();
        return new DeveloperBalances<>(paging.slice(items), items.size());
    }

    /** A prepaid balance with its most recent reload as {@code transaction}. */
    BalanceResponse prepaid(DeveloperAccount account, BalanceRow row, SupportedCurrency currency) {
        BalanceTransaction transaction = balances.latestReload(account.org(), row.id())
                .map(entry -> reload(account, entry, currency)).orElse(null);
        return new BalanceResponse(row.amount(), row.chargePerUsage(), row.id().toString(), row.isRecurring(),
                row.providerId(), row.recurringAmount(), row.replenishAmount(), currency, transaction, row.usage());
    }

    /** A postpaid credit limit: {@code amount} is the effective limit. */
    BalanceResponse creditLimit(BalanceRow row, SupportedCurrency currency) {
        return new BalanceResponse(row.effectiveLimit(currency), null, row.id().toString(), null, null, null, null,
                currency, null, row.usage());
    }

    SupportedCurrency currency(DeveloperAccount account, BalanceRow row) {
        return currencies.require(account.org(), row.currencyId());
    }

    private BalanceTransaction reload(DeveloperAccount account, LedgerEntry entry, SupportedCurrency currency) {
        String time = Timestamps.utc(entry.createdAt());
        boolean automatic = entry.type() == EntryType.AUTO_RELOAD;
        return new BalanceTransaction(1, currency.name().toUpperCase(Locale.ROOT),
                developers.mintView(account.org(), account.id()), time, entry.id().toString(),
                currency.virtualCurrency(),
                automatic ? "Recurring provider info : " + entry.referenceId() : entry.note(), entry.id().toString(),
                entry.amount(), Money.ZERO, time, "SUCCESS", "SUCCESS", automatic ? "PROVIDER_AUDIT" : "BALANCE", time,
                time);
    }
}
