package org.openmint.balance;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.openmint.MintProperties;
import org.openmint.currency.CurrencyService;
import org.openmint.currency.SupportedCurrency;
import org.openmint.developer.DeveloperAccount;
import org.openmint.developer.DeveloperService;
import org.openmint.error.ErrorCode;
import org.openmint.error.InvalidRequestException;
import org.openmint.error.MintException;
import org.openmint.error.ResourceNotFoundException;
import org.openmint.money.Money;
import org.openmint.organization.OrganizationService;
import org.openmint.provider.ProviderService;
import org.openmint.security.CurrentUser;
import org.openmint.web.Paging;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps every developer's and company's money: prepaid balances (reloads, automatic reloads,
 * charges, credits), postpaid credit limits and usage, and monthly statements. Each change of a
 * balance and its ledger rows are written together by one conditional statement, so concurrent
 * requests can neither lose an update nor pay with money that is not there.
 */
@Service
public class BalanceService {

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final BalanceRepository balances;
    private final CurrencyService currencies;
    private final OrganizationService organizations;
    private final DeveloperService developers;
    private final ProviderService providers;
    private final ApplicationEventPublisher events;
    private final MintProperties properties;
    private final Clock clock;

    BalanceService(BalanceRepository balances, CurrencyService currencies, OrganizationService organizations,
            DeveloperService developers, ProviderService providers, ApplicationEventPublisher events,
            MintProperties properties, Clock clock) {
        this.balances = balances;
        this.currencies = currencies;
        this.organizations = organizations;
        this.developers = developers;
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
        BalanceRow row = applyChange(account, currency.id(), EntryType.RELOAD, value, Money.ZERO, null,
                "Manual reload", idempotencyKey);
        return prepaidView(account, row, currency);
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
        String org = account.org();
        boolean prepaid = pending.prepaid();
        SupportedCurrency currency = pending.currency();
        LedgerEntry entry = pending.entry();
        Optional<BalanceRepository.Charged> charged = balances.charge(org, entry, prepaid, force,
                currency.creditLimit());
        if (charged.isEmpty()) {
            Optional<BalanceRow> locked = prepare(account, currency.id(), entry.periodStart(), prepaid,
                    !prepaid || force);
            if (locked.isEmpty()) {
                throw new InsufficientFundsException(currency.id(), Money.ZERO, entry.usage());
            }
            entry = entry.inPeriod(locked.get().periodStart());
            charged = balances.charge(org, entry, prepaid, force, currency.creditLimit());
            if (charged.isEmpty()) {
                BalanceRow row = locked.get();
                if (prepaid) {
                    throw new InsufficientFundsException(currency.id(), row.remaining(), entry.usage());
                }
                throw new CreditLimitExceededException(currency.id(), row.usage(),
                        effectiveLimit(row, currency), entry.usage());
            }
        }
        BalanceRow row = charged.get().balance();
        publish(account, row, currency, prepaid);
        return result(entry, charged.get());
    }

    /**
     * Checks a charge and writes its ledger entry down, without touching the balance: the caller's
     * part of a charge that a statement with {@link #chargeArguments} then applies, possibly on another thread.
     *
     * @param price the computed amount, zero or more, at most 4 decimals
     */
    public PendingCharge prepareCharge(DeveloperAccount account, String currencyId, BigDecimal price, EntryType type,
            boolean force, String reference, String note, String idempotencyKey) {
        if (price.signum() < 0 || price.stripTrailingZeros().scale() > Money.SCALE) {
            throw new IllegalArgumentException("A charge is zero or more with at most 4 decimals: " + price);
        }
        SupportedCurrency currency = currencies.require(account.org(), currencyId);
        LedgerEntry entry = entry(account, currency.id(), type, Money.ZERO, Money.round(price), period(account.org()),
                reference, note, idempotencyKey);
        return new PendingCharge(account, currency, isPrepaid(account), force, entry);
    }

    /**
     * The placeholders of the arguments that apply prepared usage charges ({@code charge_balances}' 17),
     * for a statement of another feature that calls {@code charge_balances} (or a function passing them
     * on to it) with {@link #chargeArguments}' values: group commit, where one statement applies many
     * charges together with rows of the caller's own.
     */
    public static final String CHARGE_ARGUMENTS = BalanceRepository.CHARGE_ARGUMENTS;

    /**
     * The values of {@link #CHARGE_ARGUMENTS} for these charges, applied one after another in one statement:
     * a charge that the balance cannot pay as it stands, whose balance does not exist or is still in an
     * earlier billing period, or whose account is suspended, is skipped and changes nothing ({@link #charge}
     * gives its outcome). A charge that leaves its balance exhausted suspends the account in the same
     * statement (so later charges of the account in it are skipped), which is why no
     * {@link BalanceChangedEvent} is published for them. Every element returns a row ({@link #chargeResult})
     * when it was charged.
     */
    public static List<Object> chargeArguments(List<PendingCharge> charges) {
        return BalanceRepository.chargeArguments(charges.stream()
                .map(c -> new BalanceRepository.Command(c.account().org(), c.entry(), c.prepaid(), c.force(),
                        c.currency().creditLimit(), true))
                .toList());
    }

    /**
     * The outcome of a charge of {@link #chargeArguments} from the row the statement returned for it;
     * its {@code ord} column is the charge's position, from 1.
     */
    public static ChargeResult chargeResult(PendingCharge charge, ResultSet row) throws SQLException {
        return result(charge.entry(), BalanceRepository.charged(row));
    }

    /** A charge checked and written down by {@link #prepareCharge}, not yet applied. */
    public record PendingCharge(DeveloperAccount account, SupportedCurrency currency, boolean prepaid, boolean force,
            LedgerEntry entry) {

        /** The id of the charge's ledger entry. */
        public UUID entryId() {
            return entry.id();
        }

        /** The moment the charge is recorded at. */
        public Instant at() {
            return entry.createdAt();
        }
    }

    private static ChargeResult result(LedgerEntry entry, BalanceRepository.Charged charged) {
        BalanceRow row = charged.balance();
        return new ChargeResult(entry.id(), row.id(), entry.createdAt(), row.amount(), row.usage(), row.remaining(),
                charged.autoReload());
    }

    /**
     * Credits the account in the currency: usage goes down by {@code amount} (a negative credit raises it).
     *
     * @param amount non-zero, at most 4 decimals
     */
    @Transactional
    public ChargeResult credit(DeveloperAccount account, String currencyId, BigDecimal amount, String reference,
            String note, String idempotencyKey) {
        SupportedCurrency currency = currencies.require(account.org(), currencyId);
        BigDecimal value = Money.parse("transactionAmount", amount);
        if (value.signum() == 0) {
            throw InvalidRequestException.forField("transactionAmount", amount, "A credit must not be zero");
        }
        LedgerEntry entry = entry(account, currency.id(), EntryType.CREDIT, Money.ZERO, value.negate(),
                period(account.org()), reference, note, idempotencyKey);
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
        if (isPrepaid(account)) {
            throw new InvalidRequestException("Developer [" + account.email()
                    + "] is prepaid: credit limits apply to postpaid developers only");
        }
        SupportedCurrency currency = activeCurrency(account.org(), currencyId, "supportedCurrencyId");
        BigDecimal limit = Money.parseNonNegative("amount", Money.parse("amount", amount));
        BalanceRow row = prepare(account, currency.id(), period(account.org()), false, true).orElseThrow();
        balances.updateCreditLimit(account.org(), row.id(), limit, clock.instant());
        BalanceRow updated = balances.find(account.org(), account.id(), currency.id()).orElseThrow();
        publish(account, updated, currency, false);
        return creditLimitView(updated, currency);
    }

    /**
     * Announces the account's balances as they stand in the current billing period, so that state
     * derived from them (suspensions) catches up with a month that has turned since their last change.
     */
    @Transactional
    public void refresh(DeveloperAccount account) {
        boolean prepaid = isPrepaid(account);
        for (BalanceRow row : current(account)) {
            publish(account, row, currency(account, row), prepaid);
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
                .map(row -> row.in(period(account.org()), true))
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

    /** The postpaid developer's credit limits: {@code amount} = effective limit, {@code usage} = this period's. */
    @Transactional(readOnly = true)
    public Map<String, Object> creditLimits(DeveloperAccount account, Paging paging) {
        List<BalanceResponse> items = isPrepaid(account)
                ? List.of()
                : current(account).stream().map(row -> creditLimitView(row, currency(account, row))).toList();
        return Paging.envelope("developerBalance", paging.slice(items), items.size());
    }

    /**
     * The account's balances (spec §6.1): prepaid balances, or for a postpaid developer its credit limits.
     *
     * @param currencyId only this currency when given
     */
    @Transactional(readOnly = true)
    public Map<String, Object> balances(DeveloperAccount account, Paging paging, String currencyId) {
        if (currencyId != null) {
            currencies.require(account.org(), currencyId);
        }
        boolean prepaid = isPrepaid(account);
        List<BalanceResponse> items = current(account).stream()
                .filter(row -> currencyId == null || row.currencyId().equals(currencyId))
                .map(row -> prepaid
                        ? prepaidView(account, row, currency(account, row))
                        : creditLimitView(row, currency(account, row)))
                .toList();
        return Paging.envelope("developerBalance", paging.slice(items), items.size());
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
        BalanceRow row = prepare(account, currency.id(), period(account.org()), true, true).orElseThrow();
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
                .in(period(account.org()), true);
        return prepaidView(account, updated, currency);
    }

    /** The settings of a recurring setup request. */
    public record RecurringSetup(String providerId, Boolean isRecurring, Boolean chargePerUsage,
            BigDecimal replenishAmount, BigDecimal recurringAmount) {
    }

    /**
     * The monthly statement of each balance of the account (spec §6.3, Part I #19), computed from
     * the balance's figures and its closed periods, for past, current and future months.
     */
    @Transactional(readOnly = true)
    public Map<String, Object> statement(DeveloperAccount account, String billingMonth, String billingYear,
            String currencyId) {
        YearMonth month = YearMonth.of(year(billingYear), month(billingMonth));
        if (currencyId != null) {
            currencies.require(account.org(), currencyId);
        }
        boolean prepaid = isPrepaid(account);
        LocalDate period = month.atDay(1);
        List<StatementResponse> items = balances.findByDeveloper(account.org(), account.id()).stream()
                .filter(row -> currencyId == null || row.currencyId().equals(currencyId))
                .map(row -> statementLine(account, row, period, prepaid, month))
                .toList();
        return Paging.envelope("developerBalance", items, items.size());
    }

    private StatementResponse statementLine(DeveloperAccount account, BalanceRow row, LocalDate period,
            boolean prepaid, YearMonth month) {
        BalanceRow figures;
        if (!period.isBefore(row.periodStart())) {
            figures = row.in(period, prepaid);
        } else {
            figures = balances.closedPeriodAtOrBefore(account.org(), row, period)
                    .map(closed -> closed.in(period, prepaid))
                    .orElse(new BalanceRow(row.id(), row.developerId(), row.currencyId(), period, Money.ZERO,
                            Money.ZERO, Money.ZERO, null, false, false, null, null, null));
        }
        BigDecimal total = figures.opening().add(figures.reloads());
        return new StatementResponse(Money.ZERO, total.subtract(figures.usage()), total, figures.usage(),
                row.id().toString(), month.getMonth().name(), figures.opening(), currency(account, row),
                Money.ZERO, figures.reloads(), figures.usage(), month.getYear());
    }

    private BalanceRow applyChange(DeveloperAccount account, String currencyId, EntryType type, BigDecimal amount,
            BigDecimal usage, String reference, String note, String idempotencyKey) {
        SupportedCurrency currency = currencies.require(account.org(), currencyId);
        return applyEntry(account, entry(account, currencyId, type, amount, usage, period(account.org()), reference,
                note, idempotencyKey), currency);
    }

    /** Applies an entry that needs no check, rolling the balance into the current period first if needed. */
    private BalanceRow applyEntry(DeveloperAccount account, LedgerEntry entry, SupportedCurrency currency) {
        boolean prepaid = isPrepaid(account);
        Optional<BalanceRow> applied = balances.apply(account.org(), entry);
        if (applied.isEmpty()) {
            BalanceRow locked = prepare(account, entry.currencyId(), entry.periodStart(), prepaid, true).orElseThrow();
            applied = balances.apply(account.org(), entry.inPeriod(locked.periodStart()));
        }
        BalanceRow row = applied.orElseThrow(() -> new IllegalStateException("Balance vanished under its lock"));
        publish(account, row, currency, prepaid);
        return row;
    }

    /**
     * Locks the balance, creating it first when {@code create}, and rolls it over into {@code period}
     * when it is still in an earlier one; empty when it does not exist and may not be created.
     */
    private Optional<BalanceRow> prepare(DeveloperAccount account, String currencyId, LocalDate period,
            boolean prepaid, boolean create) {
        String org = account.org();
        Instant now = clock.instant();
        if (create) {
            balances.createIfMissing(org, account.id(), currencyId, period, now);
        }
        Optional<BalanceRow> locked = balances.lock(org, account.id(), currencyId);
        if (locked.isEmpty() || !locked.get().periodStart().isBefore(period)) {
            return locked;
        }
        BalanceRow rolled = locked.get().in(period, prepaid);
        balances.rollOver(org, locked.get(), rolled, now);
        return Optional.of(rolled);
    }

    private LedgerEntry entry(DeveloperAccount account, String currencyId, EntryType type, BigDecimal amount,
            BigDecimal usage, LocalDate period, String reference, String note, String idempotencyKey) {
        return new LedgerEntry(UUID.randomUUID(), null, account.id(), currencyId, type, amount, usage, period,
                clock.instant(), CurrentUser.username(), idempotencyKey, reference, note);
    }

    private void publish(DeveloperAccount account, BalanceRow row, SupportedCurrency currency, boolean prepaid) {
        events.publishEvent(changed(account, row, currency, prepaid));
    }

    private static BalanceChangedEvent changed(DeveloperAccount account, BalanceRow row, SupportedCurrency currency,
            boolean prepaid) {
        return new BalanceChangedEvent(account.org(), account.id(), currency.id(), prepaid,
                prepaid ? row.remaining() : null, row.usage(), prepaid ? null : effectiveLimit(row, currency));
    }

    /** The account's balances as they stand in the current billing period. */
    private List<BalanceRow> current(DeveloperAccount account) {
        LocalDate period = period(account.org());
        boolean prepaid = isPrepaid(account);
        return balances.findByDeveloper(account.org(), account.id()).stream()
                .map(row -> row.in(period, prepaid)).toList();
    }

    private BalanceResponse prepaidView(DeveloperAccount account, BalanceRow row, SupportedCurrency currency) {
        BalanceTransaction transaction = balances.latestReload(account.org(), row.id())
                .map(entry -> transaction(account, entry, currency)).orElse(null);
        return new BalanceResponse(row.amount(), row.chargePerUsage(), row.id().toString(), row.isRecurring(),
                row.providerId(), row.recurringAmount(), row.replenishAmount(), currency, transaction, row.usage());
    }

    private static BalanceResponse creditLimitView(BalanceRow row, SupportedCurrency currency) {
        return new BalanceResponse(effectiveLimit(row, currency), null, row.id().toString(), null, null, null, null,
                currency, null, row.usage());
    }

    private BalanceTransaction transaction(DeveloperAccount account, LedgerEntry entry, SupportedCurrency currency) {
        String time = TIMESTAMP.format(entry.createdAt().atOffset(ZoneOffset.UTC));
        boolean automatic = entry.type() == EntryType.AUTO_RELOAD;
        return new BalanceTransaction(1, currency.name().toUpperCase(Locale.ROOT),
                developers.mintView(account.org(), account.id()), time, entry.id().toString(),
                currency.virtualCurrency(),
                automatic ? "Recurring provider info : " + entry.referenceId() : entry.note(), entry.id().toString(),
                entry.amount(), Money.ZERO, time, "SUCCESS", "SUCCESS", automatic ? "PROVIDER_AUDIT" : "BALANCE", time,
                time);
    }

    private static BigDecimal effectiveLimit(BalanceRow row, SupportedCurrency currency) {
        return row.creditLimit() != null ? row.creditLimit() : currency.creditLimit();
    }

    private SupportedCurrency currency(DeveloperAccount account, BalanceRow row) {
        return currencies.require(account.org(), row.currencyId());
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

    private static boolean isPrepaid(DeveloperAccount account) {
        return !"POSTPAID".equals(account.billingType());
    }

    private static void requirePrepaid(DeveloperAccount account, String what) {
        if (!isPrepaid(account)) {
            throw new InvalidRequestException("Developer [" + account.email()
                    + "] is postpaid: only prepaid balances can be " + what);
        }
    }

    /** The first day of the current billing month in the organization's timezone. */
    private LocalDate period(String org) {
        return YearMonth.now(clock.withZone(organizations.get(org).zone())).atDay(1);
    }

    private static Month month(String billingMonth) {
        if (billingMonth == null || billingMonth.isBlank()) {
            throw InvalidRequestException.missing("billingMonth");
        }
        String value = billingMonth.trim().toUpperCase(Locale.ROOT);
        try {
            return value.matches("\\d{1,2}") ? Month.of(Integer.parseInt(value)) : Month.valueOf(value);
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw InvalidRequestException.forField("billingMonth", billingMonth,
                    "Parameter [billingMonth] must be a month name such as OCTOBER");
        }
    }

    private static int year(String billingYear) {
        if (billingYear == null || billingYear.isBlank()) {
            throw InvalidRequestException.missing("billingYear");
        }
        if (!billingYear.trim().matches("\\d{4}")) {
            throw InvalidRequestException.forField("billingYear", billingYear,
                    "Parameter [billingYear] must be a 4-digit year");
        }
        return Integer.parseInt(billingYear.trim());
    }
}
