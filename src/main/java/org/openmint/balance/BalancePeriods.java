package org.openmint.balance;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.openmint.developer.DeveloperAccount;
import org.openmint.organization.OrganizationService;
import org.springframework.stereotype.Component;

/**
 * Balances as they stand in the organization's current billing month (spec Part I #11): a balance still in an
 * earlier month is read with its figures carried over ({@link BalanceRow#in}) and rolled over, keeping the closed
 * month's figures, when it is next changed.
 */
@Component
class BalancePeriods {

    private final BalanceRepository balances;
    private final OrganizationService organizations;
    private final Clock clock;

    BalancePeriods(BalanceRepository balances, OrganizationService organizations, Clock clock) {
        this.balances = balances;
        this.organizations = organizations;
        this.clock = clock;
    }

    /** The first day of the organization's current billing month. */
    LocalDate current(String org) {
        return organizations.currentBillingPeriod(org);
    }

    /** The account's balances as they stand in the current billing period. */
    List<BalanceRow> currentBalances(DeveloperAccount account) {
        LocalDate period = current(account.org());
        return balances.findByDeveloper(account.org(), account.id()).stream()
                .map(row -> row.in(period, account.prepaid())).toList();
    }

    /**
     * Locks the balance, creating it first when {@code create}, and rolls it over into {@code period}
     * when it is still in an earlier one; empty when it does not exist and may not be created.
     */
    Optional<BalanceRow> lockInto(DeveloperAccount account, String currencyId, LocalDate period, boolean create) {
        String org = account.org();
        Instant now = clock.instant();
        if (create) {
            balances.createIfMissing(org, account.id(), currencyId, period, now);
        }
        Optional<BalanceRow> locked = balances.lock(org, account.id(), currencyId);
        if (locked.isEmpty() || !locked.get().periodStart().isBefore(period)) {
            return locked;
        }
        BalanceRow rolled = locked.get().in(period, account.prepaid());
        balances.rollOver(org, locked.get(), rolled, now);
        return Optional.of(rolled);
    }
}
