package org.openmint.balance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.openmint.currency.CurrencyService;
import org.openmint.developer.DeveloperAccount;
import org.openmint.money.Money;
import org.openmint.organization.BillingMonth;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Monthly statements of prepaid balances (spec §6.3, Part I #19), computed from each balance's figures and
 * its closed periods, for past, current and future months: {@code previousBalance} carried in, the month's
 * {@code topups} and {@code usage}, {@code currentTotalBalance = previousBalance + topups} and
 * {@code currentBalance = currentTotalBalance − currentUsage}.
 */
@Service
class StatementService {

    private final BalanceRepository balances;
    private final BalanceViews views;
    private final CurrencyService currencies;

    StatementService(BalanceRepository balances, BalanceViews views, CurrencyService currencies) {
        this.balances = balances;
        this.views = views;
        this.currencies = currencies;
    }

    /**
     * The statement of each balance of the account for the month, all on one page.
     *
     * @param currencyId only this currency when given
     * @throws org.openmint.error.InvalidRequestException when the month or year is missing or malformed
     * @throws org.openmint.error.ResourceNotFoundException when the currency does not exist
     */
    @Transactional(readOnly = true)
    DeveloperBalances<StatementResponse> statement(DeveloperAccount account, String billingMonth,
            String billingYear, String currencyId) {
        YearMonth month = BillingMonth.parse(billingMonth, billingYear).month();
        if (currencyId != null) {
            currencies.require(account.org(), currencyId);
        }
        List<StatementResponse> items = balances.findByDeveloper(account.org(), account.id()).stream()
                .filter(row -> currencyId == null || row.currencyId().equals(currencyId))
                .map(row -> line(account, row, month))
                .toList();
        return new DeveloperBalances<>(items, items.size());
    }

    private StatementResponse line(DeveloperAccount account, BalanceRow row, YearMonth month) {
        LocalDate period = month.atDay(1);
        BalanceRow figures;
        if (!period.isBefore(row.periodStart())) {
            figures = row.in(period, account.prepaid());
        } else {
            figures = balances.closedPeriodAtOrBefore(account.org(), row, period)
                    .map(closed -> closed.in(period, account.prepaid()))
                    .orElse(new BalanceRow(row.id(), row.developerId(), row.currencyId(), period, Money.ZERO,
                            Money.ZERO, Money.ZERO, null, false, false, null, null, null));
        }
        BigDecimal total = figures.opening().add(figures.reloads());
        return new StatementResponse(Money.ZERO, total.subtract(figures.usage()), total, figures.usage(),
                row.id().toString(), month.getMonth().name(), figures.opening(), views.currency(account, row),
                Money.ZERO, figures.reloads(), figures.usage(), month.getYear());
    }
}
