package org.openmint.balance;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.openmint.MintProperties;
import org.openmint.currency.CurrencyService;
import org.openmint.currency.SupportedCurrency;
import org.openmint.developer.DeveloperAccount;
import org.openmint.error.ErrorCode;
import org.openmint.error.InvalidRequestException;
import org.openmint.error.MintException;
import org.openmint.error.ResourceNotFoundException;
import org.openmint.money.Money;
import org.openmint.provider.ProviderService;
import org.openmint.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps every developer's and company's money: prepaid balances (reloads, automatic reloads,
 * charges, credits) and postpaid credit limits and usage. Each change of a balance and its ledger rows
 * are written together by one conditional statement, so concurrent requests can neither lose an update
 * nor pay with money that is not there. Reads: {@link BalanceViews}; monthly statements: {@link StatementService}.
 */
@Service
public class BalanceService {

    private final BalanceRepository balances;
    private final BalancePeriods periods;
    private final BalanceViews views;
    private final CurrencyService currencies;
    private final ProviderService providers;
    private final ApplicationEventPublisher events;
    private final MintProperties properties;
    private final Clock clock;

    BalanceService(BalanceRepository balances, BalancePeriods periods, BalanceViews views,
            CurrencyService currencies, ProviderService providers, ApplicationEventPublisher events,
            MintProperties properties, Clock clock) {
        this.balances = balances;
        this.periods = periods;
        this.views = views;
        this.currencies = currencies;
        this.providers = providers;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Adds money to a prepaid balance, creating it at zero first if needed (spec §6.2).
     *
     * @throws InvalidRequestException when the account is postpaid, the currency inactive or the amount not positive
     * @throws MintException {@code mint.topupAmountBelowMinimum} below the currency's minimum top-up
     */
    @Transactional
    public BalanceResponse reload(DeveloperAccount account, String currencyId, BigDecimal amount,
            String idempotencyKey) {
        requirePrepaid(account, "reloaded");
        SupportedCurrency currency = activeCurrency(account.org(), currencyId, "supportedCurrency.id");
        BigDecimal value = Money.parsePositive("amount", amount);
        if (properties.enforceMinimumTopup() && currency.minimumTopupAmount() != null
                && value.compareTo(currency.minimumTopupAmount()) < 0) {
            throw new MintException(ErrorCode.TOPUP_AMOUNT_BELOW_MINIMUM, "Top-up amount " + value.toPlainString()
                    + " is below the minimum top-up amount [" + currency.minimumTopupAmount().toPlainString() + "]");
        }
        LedgerEntry entry = entry(account, currency.id(), EntryType.RELOAD, value, Money.ZERO, null,
                "Manual reload", idempotencyKey);
        return views.prepaid(account, applyEntry(account, entry, currency), currency);
    }

    /**
     * Charges usage or a fee to the account's balance in the currency (prepaid: refused below zero;
     * postpaid: refused above the effective credit limit) unless {@code force}; a prepaid charge
     * that leaves less than the replenish amount triggers the automatic reload in the same transaction.
     *
     * @param price the computed amount, zero or more, at most 4 decimals
     * @throws InsufficientFundsException when a prepaid balance cannot pay it
     * @throws CreditLimitExceededException when postpaid usage would pass the limit
     */
    @Transactional
    public ChargeResult charge(DeveloperAccount account, String currencyId, BigDecimal price, EntryType type,
            boolean force, String reference, String note, String idempotencyKey) {
        PendingCharge pending = prepareCharge(account, currencyId, price, type, force, reference, note,
                idempotencyKey);
        SupportedCurrency currency = pending.currency();
        LedgerEntry entry = pending.entry();
        Optional<BalanceRepository.Charged> charged = balances.charge(command(pending, false, null));
        if (charged.isEmpty()) {
            boolean prepaid = account.prepaid();
            Optional<BalanceRow> locked = periods.lockInto(account, currency.id(), entry.periodStart(),
                    !prepaid || force);
            if (locked.isEmpty()) {
                throw new InsufficientFundsException(currency.id(), Money.ZERO, entry.usage());
            }
            pending = pending.inPeriod(locked.get().periodStart());
            entry = pending.entry();
            charged = balances.charge(command(pending, false, null));
            if (charged.isEmpty()) {
                BalanceRow row = locked.get();
                if (prepaid) {
                    throw new InsufficientFundsException(currency.id(), row.remaining(), entry.usage());
                }
                throw new CreditLimitExceededException(currency.id(), row.usage(), row.effectiveLimit(currency),
                        entry.usage());
            }
        }
        publish(account, charged.get().balance(), currency);
        return result(entry, charged.get());
    }

    /**
     * Checks a charge and writes its ledger entry down, without touching the balance: a charge that
     * {@link #chargeUsage} then applies with others, possibly on another thread.
     *
     * @param price the computed amount, zero or more, at most 4 decimals
     * @throws org.openmint.error.ResourceNotFoundException when the currency does not exist
     */
    public PendingCharge prepareCharge(DeveloperAccount account, String currencyId, BigDecimal price, EntryType type,
            boolean force, String reference, String note, String idempotencyKey) {
        if (price.signum() < 0 || price.stripTrailingZeros().scale() > Money.SCALE) {
            throw new IllegalArgumentException("A charge is zero or more with at most 4 decimals: " + price);
        }
        SupportedCurrency currency = currencies.require(account.org(), currencyId);
        LedgerEntry entry = entry(account, currency.id(), type, Money.ZERO, Money.round(price), reference, note,
                idempotencyKey);
        return new PendingCharge(account, currency, force, entry);
    }

    /**
     * Applies usage charges together, in their order, and records the usage of each one applied, in one statement
     * committed on its own (call it outside any transaction): a charge sees the ones before it. A charge whose
     * account is suspended, whose balance cannot pay it as it stands, or whose balance does not exist or is still in
     * an earlier billing period is skipped: it changes nothing and its result is empty ({@link #charge} gives its
     * exact outcome). A charge that leaves its balance exhausted suspends the account in the same statement, so that
     * the account's later charges are skipped.
     *
     * @return element i is the outcome of charge i
     */
    @Transactional(propagation = Propagation.NEVER)
    public List<Optional<ChargeResult>> chargeUsage(List<UsageCharge> charges) {
        List<Optional<BalanceRepository.Charged>> charged = balances.chargeUsage(charges.stream()
                .map(charge -> command(charge.charge(), true, charge.usage())).toList());
        List<Optional<ChargeResult>> results = new ArrayList<>(charges.size());
        for (int i = 0; i < charges.size(); i++) {
            LedgerEntry entry = charges.get(i).charge().entry();
            results.add(charged.get(i).map(applied -> result(entry, applied)));
        }
        return results;
    }

    /** A charge checked and written down by {@link #prepareCharge}, not yet applied. */
    public record PendingCharge(DeveloperAccount account, SupportedCurrency currency, boolean force,
            LedgerEntry entry) {

        /** The id of the charge's ledger entry. */
        public UUID entryId() {
            return entry.id();
        }

        /** The moment the charge is recorded at. */
        public Instant at() {
            return entry.createdAt();
        }

        PendingCharge inPeriod(LocalDate period) {
            return new PendingCharge(account, currency, force, entry.inPeriod(period));
        }
    }

    /**
     * Credits the account in the currency: usage goes down by {@code amount} (a negative credit raises it).
     *
     * @param amount non-zero, at most 4 decimals
     * @throws InvalidRequestException when the amount is zero or malformed
     */
    @Transactional
    public ChargeResult credit(DeveloperAccount account, String currencyId, BigDecimal amount, String reference,
            String note, String idempotencyKey) {
        SupportedCurrency currency = currencies.require(account.org(), currencyId);
        BigDecimal value = Money.parse("transactionAmount", amount);
        if (value.signum() == 0) {
            throw InvalidRequestException.forField("transactionAmount", amount, "A credit must not be zero");
        }
        LedgerEntry entry = entry(account, currency.id(), EntryType.CREDIT, Money.ZERO, value.negate(), reference,
                note, idempotencyKey);
        BalanceRow row = applyEntry(account, entry, currency);
        return new ChargeResult(entry.id(), row.id(), entry.createdAt(), row.amount(), row.usage(), row.remaining(),
                Money.ZERO);
    }

    /**
     * Sets a postpaid developer's own credit limit in a currency, overriding the currency's (spec §5).
     *
     * @throws InvalidRequestException when the developer is prepaid, the currency inactive or the amount negative
     */
    @Transactional
    public BalanceResponse setCreditLimit(DeveloperAccount account, String currencyId, String amount) {
        if (account.prepaid()) {
            throw new InvalidRequestException("Developer [" + account.email()
                    + "] is prepaid: credit limits apply to postpaid developers only");
        }
        SupportedCurrency currency = activeCurrency(account.org(), currencyId, "supportedCurrencyId");
        BigDecimal limit = Money.parseNonNegative("amount", Money.parse("amount", amount));
        BalanceRow row = periods.lockInto(account, currency.id(), periods.current(account.org()), true)
                .orElseThrow();
        balances.updateCreditLimit(account.org(), row.id(), limit, clock.instant());
        BalanceRow updated = balances.find(account.org(), account.id(), currency.id()).orElseThrow();
        publish(account, updated, currency);
        return views.creditLimit(updated, currency);
    }

    /**
     * Announces the account's balances as they stand in the current billing period, so that state
     * derived from them (suspensions) catches up with a month that has turned since their last change.
     */
    @Transactional
    public void refresh(DeveloperAccount account) {
        for (BalanceRow row : periods.currentBalances(account)) {
            publish(account, row, views.currency(account, row));
        }
    }

    /**
     * What a prepaid account has in the currency now, read without changing anything: the remaining
     * balance of the current billing period (zero without a balance) and the automatic reload that a
     * charge leaving less than the replenish amount would add (zero when automatic reloads are off).
     */
    @Transactional(readOnly = true)
    public Funds funds(DeveloperAccount account, String currencyId) {
        return balances.find(account.org(), account.id(), currencyId)
                .map(row -> row.in(periods.current(account.org()), true))
                .map(row -> new Funds(row.remaining(),
                        row.isRecurring() && row.recurringAmount() != null ? row.recurringAmount() : Money.ZERO))
                .orElse(new Funds(Money.ZERO, Money.ZERO));
    }

    /**
     * The money of a prepaid balance.
     *
     * @param remaining the remaining balance of the current billing period
     * @param automaticReload what an automatic reload adds, zero when they are off
     */
    public record Funds(BigDecimal remaining, BigDecimal automaticReload) {

        /**
         * Whether charges totalling {@code amount} can be paid: the remaining balance, topped up by the
         * automatic reload the charges trigger, covers them.
         */
        public boolean canPay(BigDecimal amount) {
            return amount.compareTo(remaining.add(automaticReload)) <= 0;
        }
    }

    /**
     * Turns the automatic reload of a prepaid balance on, changes it or turns it off (spec §6.4):
     * {@code isRecurring} false or {@code chargePerUsage} true turns it off.
     *
     * @throws ResourceNotFoundException when the payment provider does not exist
     * @throws InvalidRequestException when a required setting is missing or invalid
     */
    @Transactional
    public BalanceResponse recurringSetup(DeveloperAccount account, String currencyId, RecurringSetup setup) {
        requirePrepaid(account, "set up for automatic reloads");
        SupportedCurrency currency = activeCurrency(account.org(), currencyId, "supportedCurrencyId");
        if (setup == null) {
            throw new InvalidRequestException("Request body is missing");
        }
        boolean disable = Boolean.FALSE.equals(setup.isRecurring()) || Boolean.TRUE.equals(setup.chargePerUsage())
                || setup.isRecurring() == null && setup.recurringAmount() == null;
        LocalDate period = periods.current(account.org());
        BalanceRow row = periods.lockInto(account, currency.id(), period, true).orElseThrow();
        if (disable) {
            balances.updateRecurring(account.org(), row.id(), false, Boolean.TRUE.equals(setup.chargePerUsage()),
                    setup.providerId() == null ? row.providerId() : setup.providerId(), null, null, clock.instant());
        } else {
            if (setup.providerId() == null || setup.providerId().isBlank()) {
                throw InvalidRequestException.missing("providerId");
            }
            providers.require(account.org(), setup.providerId());
            BigDecimal replenish = Money.parseNonNegative("replenishAmount", setup.replenishAmount());
            BigDecimal recurring = Money.parsePositive("recurringAmount", setup.recurringAmount());
            if (currency.minimumTopupAmount() != null && recurring.compareTo(currency.minimumTopupAmount()) < 0) {
                throw InvalidRequestException.forField("recurringAmount", recurring.toPlainString(),
                        "Field [recurringAmount] must be at least the minimum top-up amount "
                                + currency.minimumTopupAmount().toPlainString());
            }
            balances.updateRecurring(account.org(), row.id(), true, false, setup.providerId(), recurring, replenish,
                    clock.instant());
        }
        BalanceRow updated = balances.find(account.org(), account.id(), currency.id()).orElseThrow()
                .in(period, true);
        return views.prepaid(account, updated, currency);
    }

    /** The settings of a recurring setup request. */
    public record RecurringSetup(String providerId, Boolean isRecurring, Boolean chargePerUsage,
            BigDecimal replenishAmount, BigDecimal recurringAmount) {
    }

    /** Applies an entry that needs no check, rolling the balance into the current period first if needed. */
    private BalanceRow applyEntry(DeveloperAccount account, LedgerEntry entry, SupportedCurrency currency) {
        Optional<BalanceRow> applied = balances.apply(account.org(), entry);
        if (applied.isEmpty()) {
            BalanceRow locked = periods.lockInto(account, entry.currencyId(), entry.periodStart(), true)
                    .orElseThrow();
            applied = balances.apply(account.org(), entry.inPeriod(locked.periodStart()));
        }
        BalanceRow row = applied.orElseThrow(() -> new IllegalStateException("Balance vanished under its lock"));
        publish(account, row, currency);
        return row;
    }

    /** A new ledger entry of the account in the current billing period, by the current user, now. */
    private LedgerEntry entry(DeveloperAccount account, String currencyId, EntryType type, BigDecimal amount,
            BigDecimal usage, String reference, String note, String idempotencyKey) {
        return new LedgerEntry(UUID.randomUUID(), null, account.id(), currencyId, type, amount, usage,
                periods.current(account.org()), clock.instant(), CurrentUser.username(), idempotencyKey, reference,
                note);
    }

    private static BalanceRepository.Command command(PendingCharge charge, boolean together,
            UsageCharge.UsageRecord usage) {
        return new BalanceRepository.Command(charge.account().org(), charge.entry(), charge.account().prepaid(),
                charge.force(), charge.currency().creditLimit(), together, usage);
    }

    private static ChargeResult result(LedgerEntry entry, BalanceRepository.Charged charged) {
        BalanceRow row = charged.balance();
        return new ChargeResult(entry.id(), row.id(), entry.createdAt(), row.amount(), row.usage(), row.remaining(),
                charged.autoReload());
    }

    private void publish(DeveloperAccount account, BalanceRow row, SupportedCurrency currency) {
        boolean prepaid = account.prepaid();
        events.publishEvent(new BalanceChangedEvent(account.org(), account.id(), currency.id(), prepaid,
                prepaid ? row.remaining() : null, row.usage(), prepaid ? null : row.effectiveLimit(currency)));
    }

    private SupportedCurrency activeCurrency(String org, String currencyId, String field) {
        if (currencyId == null || currencyId.isBlank()) {
            throw InvalidRequestException.missing(field);
        }
        SupportedCurrency currency = currencies.require(org, currencyId);
        if (!currency.active()) {
            throw InvalidRequestException.forField(field, currencyId,
                    "Supported currency [" + currencyId + "] is INACTIVE");
        }
        return currency;
    }

    private static void requirePrepaid(DeveloperAccount account, String what) {
        if (!account.prepaid()) {
            throw new InvalidRequestException("Developer [" + account.email()
                    + "] is postpaid: only prepaid balances can be " + what);
        }
    }
}
