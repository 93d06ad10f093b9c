package org.openmint.transaction;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.openmint.app.App;
import org.openmint.app.AppService;
import org.openmint.balance.BalanceService;
import org.openmint.balance.ChargeResult;
import org.openmint.catalog.CatalogService;
import org.openmint.catalog.Pricing;
import org.openmint.catalog.RatePlan;
import org.openmint.catalog.RatePlanDetail;
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
import org.openmint.product.ApiProduct;
import org.openmint.security.CurrentUser;
import org.openmint.suspension.SuspensionService;
import org.openmint.web.Paging;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records monetized transactions and moves balances for them (spec §7.1, §8, Part I #18): usage
 * priced by the owner's accepted rate plan, setup and recurring fees, credits. Every transaction
 * writes one ledger entry through {@link BalanceService}, so funds, credit limits, automatic reloads
 * and suspension apply to it.
 */
@Service
public class TransactionService {

    static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final int MAX_LIMIT = 1000;
    private static final BigDecimal MAX_BATCH_SIZE = BigDecimal.valueOf(1_000_000_000_000L);

    private final TransactionRepository transactions;
    private final BalanceService balances;
    private final DeveloperService developers;
    private final AppService apps;
    private final CatalogService catalog;
    private final CurrencyService currencies;
    private final SuspensionService suspensions;
    private final OrganizationService organizations;
    private final PlanLookup plans;
    private final ChargeBatcher batcher;
    private final TransactionTemplate inTransaction;
    private final Clock clock;

    TransactionService(TransactionRepository transactions, BalanceService balances, DeveloperService developers,
            AppService apps, CatalogService catalog, CurrencyService currencies, SuspensionService suspensions,
            OrganizationService organizations, PlanLookup plans, ChargeBatcher batcher,
            PlatformTransactionManager transactionManager, Clock clock) {
        this.transactions = transactions;
        this.balances = balances;
        this.developers = developers;
        this.apps = apps;
        this.catalog = catalog;
        this.currencies = currencies;
        this.suspensions = suspensions;
        this.organizations = organizations;
        this.plans = plans;
        this.batcher = batcher;
        this.inTransaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /**
     * Charges a rate plan's setup or recurring fee to the account and records it as a transaction.
     *
     * @throws org.openmint.balance.InsufficientFundsException when a prepaid account cannot pay it (unless force)
     */
    @Transactional
    public TransactionView chargeFee(DeveloperAccount account, RatePlan plan, TransactionType type, String currencyId,
            BigDecimal amount, boolean force, String note, String idempotencyKey) {
        if (type != TransactionType.SETUPFEES && type != TransactionType.RECURRINGFEES) {
            throw new IllegalArgumentException("Not a fee: " + type);
        }
        ChargeResult charged = balances.charge(account, currencyId, amount, type.entryType(), force, plan.id(), note,
                idempotencyKey);
        TransactionRow row = new TransactionRow(UUID.randomUUID(), type, account.id(), null, null, plan.packageId(),
                plan.id(), plan.type().name(), currencyId, 1, BigDecimal.ONE.setScale(Money.SCALE), Money.round(amount),
                noCustomAttributes(), force, note, charged.entryId(), charged.at(), CurrentUser.username(),
                idempotencyKey);
        transactions.insert(account.org(), row);
        return view(account.org(), row, new Views());
    }

    /**
     * {@code POST /transactions}: usage (CHARGE) or a fee (SETUPFEES, RECURRINGFEES). A usage charge
     * without an Idempotency-Key, outside a transaction, whose price needs no usage counter, is committed
     * together with concurrent ones ({@link ChargeBatcher}); every other request, and any charge the
     * batch cannot apply as it stands, runs in a transaction of its own.
     */
    TransactionView create(String org, CreateTransactionRequest request, boolean force, String idempotencyKey) {
        if (idempotencyKey == null && request != null && (request.type() == null || "CHARGE".equalsIgnoreCase(
                request.type().trim())) && !TransactionSynchronizationManager.isActualTransactionActive()) {
            Optional<TransactionView> batched = chargeBatched(org, request, force);
            if (batched.isPresent()) {
                return batched.get();
            }
        }
        return inTransaction.execute(status -> createInTransaction(org, request, force, idempotencyKey));
    }

    private TransactionView createInTransaction(String org, CreateTransactionRequest request, boolean force,
            String idempotencyKey) {
        organizations.get(org);
        if (request == null) {
            throw new InvalidRequestException("Request body is missing");
        }
        String type = request.type() == null ? "CHARGE" : request.type().trim().toUpperCase(Locale.ROOT);
        return switch (type) {
            case "CHARGE" -> charge(org, request, force, idempotencyKey);
            case "SETUPFEES", "RECURRINGFEES" ->
                fee(org, request, TransactionType.valueOf(type), force, idempotencyKey);
            default -> throw InvalidRequestException.forField("type", request.type(),
                    "Field [type] must be CHARGE, SETUPFEES or RECURRINGFEES");
        };
    }

    /**
     * The charge committed with concurrent ones; empty, having changed nothing, when it must take the
     * regular path: it is refused (which the regular path reports, in its order of checks), its price
     * depends on the usage counter, no plan prices it, or the batch could not apply it as it stands.
     */
    private Optional<TransactionView> chargeBatched(String org, CreateTransactionRequest request, boolean force) {
        Usage usage;
        BigDecimal price;
        BalanceService.PendingCharge pending;
        try {
            organizations.get(org);
            usage = usage(org, request, force);
            usage.requireAcceptedPlan();
            if (usage.detail() == null || Pricing.dependsOnCounter(usage.detail())) {
                return Optional.empty();
            }
            price = Pricing.price(usage.detail(), BigDecimal.ZERO, usage.units());
            pending = balances.prepareCharge(usage.owner(), usage.currencyId(), price,
                    TransactionType.CHARGE.entryType(), force, usage.plan().id(), usage.note(), null);
        } catch (MintException refused) {
            return Optional.empty();
        }
        TransactionRow row = usage.row(price, pending.entryId(), pending.at(), null);
        return batcher.charge(pending, new TransactionRepository.Counted(org, row, usage.units(), period(org)))
                .map(charged -> view(org, row, new Views()));
    }

    private TransactionView charge(String org, CreateTransactionRequest request, boolean force, String key) {
        Usage usage = usage(org, request, force);
        if (!force) {
            requireNotSuspended(usage.owner());
        }
        usage.requireAcceptedPlan();
        RatePlanDetail detail = usage.detail();
        BigDecimal price = Money.ZERO;
        LocalDate countIn = null;
        if (detail != null) {
            LocalDate period = period(org);
            if (Pricing.dependsOnCounter(detail)) {
                BigDecimal before = transactions.addUnits(org, usage.owner().id(), usage.plan().id(),
                        usage.product().name(), period, usage.units());
                price = Pricing.price(detail, before, usage.units());
            } else {
                // the price needs no counter: count the units in the statement that records the transaction
                price = Pricing.price(detail, BigDecimal.ZERO, usage.units());
                countIn = period;
            }
        }
        RatePlan plan = usage.plan();
        ChargeResult charged = balances.charge(usage.owner(), usage.currencyId(), price,
                TransactionType.CHARGE.entryType(), force, plan == null ? null : plan.id(), usage.note(), key);
        TransactionRow row = usage.row(price, charged.entryId(), charged.at(), key);
        if (countIn == null) {
            transactions.insert(org, row);
        } else {
            transactions.insertCounting(org, row, usage.units(), countIn);
        }
        return view(org, row, new Views());
    }

    /**
     * Reads and checks a usage charge up to its price, changing nothing: the fields, the app, product and
     * owner, the product's place in the app (unless force), the accepted plan in effect and the custom
     * attributes. The owner's suspension is checked by the caller, between the product and the plan.
     */
    private Usage usage(String org, CreateTransactionRequest request, boolean force) {
        String appId = required("application.id", request.application());
        String productId = required("product.id", request.product());
        long batchSize = batchSize(request.batchSize());
        List<BigDecimal> custAtts = custAtts(request);
        App app = apps.requireApp(org, appId);
        ApiProduct product = catalog.requireProduct(org, productId);
        DeveloperAccount owner = developers.requireAccount(org, app.ownerAccountId());
        if (!force && app.apiProducts().stream().noneMatch(p -> p.equalsIgnoreCase(product.name()))) {
            throw InvalidRequestException.forField("product.id", productId,
                    "API product [" + product.name() + "] is not a product of app [" + app.name() + "]");
        }
        return new Usage(org, app, product, owner, batchSize, custAtts, force);
    }

    /** A usage charge read by {@link #usage}, with the owner's accepted plan in effect for the product. */
    private final class Usage {
        private final String org;
        private final App app;
        private final ApiProduct product;
        private final DeveloperAccount owner;
        private final long batchSize;
        private final List<BigDecimal> custAtts;
        private final boolean force;
        private final RatePlan plan;
        private final RatePlanDetail detail;
        private BigDecimal units;
        private String currencyId;

        Usage(String org, App app, ApiProduct product, DeveloperAccount owner, long batchSize,
                List<BigDecimal> custAtts, boolean force) {
            this.org = org;
            this.app = app;
            this.product = product;
            this.owner = owner;
            this.batchSize = batchSize;
            this.custAtts = custAtts;
            this.force = force;
            this.plan = plans.activePlan(org, owner.id(), product.name(), clock.instant())
                    .map(ActivePlan::ratePlan).orElse(null);
            this.detail = plan == null ? null : plan.detailFor(product.name()).orElse(null);
        }

        /**
         * Checks that a plan prices the usage (unless force) and the custom attributes, and works out
         * the rated units and the currency.
         */
        void requireAcceptedPlan() {
            if (plan == null && !force) {
                throw new MintException(ErrorCode.NO_CURRENT_PUBLISHABLE_ENTITY, "Developer [" + owner.email()
                        + "] has no accepted rate plan in effect for API product [" + product.name() + "]");
            }
            units = BigDecimal.valueOf(batchSize);
            if (detail != null && !detail.ratesOnVolume()) {
                BigDecimal value = custAtts.get(detail.customAttribute() - 1);
                if (value == null) {
                    throw InvalidRequestException.missing("custAtt" + detail.customAttribute());
                }
                units = units.multiply(value);
            }
            requireDefinedCustomAttributes(custAtts, detail, product);
            currencyId = plan == null ? defaultCurrency(org) : plan.currencyId();
        }

        DeveloperAccount owner() {
            return owner;
        }

        ApiProduct product() {
            return product;
        }

        RatePlan plan() {
            return plan;
        }

        RatePlanDetail detail() {
            return detail;
        }

        BigDecimal units() {
            return units;
        }

        String currencyId() {
            return currencyId;
        }

        String note() {
            return "Usage of " + product.name();
        }

        TransactionRow row(BigDecimal price, UUID entryId, Instant at, String key) {
            return new TransactionRow(UUID.randomUUID(), TransactionType.CHARGE, owner.id(),
                    UUID.fromString(app.appId()), product.name(), plan == null ? null : plan.packageId(),
                    plan == null ? null : plan.id(), plan == null ? null : plan.type().name(), currencyId, batchSize,
                    Money.round(units), price, custAtts, force, null, entryId, at, CurrentUser.username(), key);
        }
    }

    private LocalDate period(String org) {
        return YearMonth.now(clock.withZone(organizations.get(org).zone())).atDay(1);
    }

    private TransactionView fee(String org, CreateTransactionRequest request, TransactionType type, boolean force,
            String key) {
        String developerId = required("developer.id", request.developer());
        String planId = required("ratePlan.id", request.ratePlan());
        String currencyId = required("currency.id", request.currency());
        BigDecimal rate = Money.parseNonNegative("rate", request.rate());
        DeveloperAccount account = account(org, developerId);
        RatePlan plan = catalog.requireRatePlan(org, planId);
        SupportedCurrency currency = currencies.require(org, currencyId);
        if (!force) {
            if (!plans.hasAccepted(org, account.id(), plan.id())) {
                throw new MintException(ErrorCode.NO_CURRENT_PUBLISHABLE_ENTITY,
                        "Developer [" + account.email() + "] has not accepted rate plan [" + plan.id() + "]");
            }
            requireNotSuspended(account);
        }
        return chargeFee(account, plan, type, currency.id(), rate, force, type.name() + " of " + plan.id(), key);
    }

    /**
     * Issues a credit (positive or negative) to a developer for a rate plan (spec §7.1): usage goes
     * down by the amount.
     */
    @Transactional
    TransactionView credit(String org, String packageId, String planId, CreditParameters parameters, String key) {
        organizations.get(org);
        catalog.packageView(org, packageId);
        RatePlan plan = catalog.requireRatePlan(org, planId);
        if (!plan.packageId().equals(packageId)) {
            throw new ResourceNotFoundException("RatePlan", planId);
        }
        billingMonth(parameters.billingMonth(), parameters.billingYear());
        DeveloperAccount account = account(org, requiredText("developerId", parameters.developerId()));
        SupportedCurrency currency = currencies.require(org, requiredText("currencyId", parameters.currencyId()));
        String note = requiredText("transactionNote", parameters.transactionNote());
        BigDecimal amount = Money.parse("transactionAmount", parameters.transactionAmount());
        String productId = null;
        if (parameters.productId() != null && !parameters.productId().isBlank()) {
            productId = catalog.requireProduct(org, parameters.productId()).name();
            if (!plan.coversProduct(productId)) {
                throw InvalidRequestException.forField("productId", parameters.productId(),
                        "API product [" + productId + "] is not in package [" + packageId + "]");
            }
        }
        ChargeResult credited = balances.credit(account, currency.id(), amount, plan.id(), note, key);
        TransactionRow row = new TransactionRow(UUID.randomUUID(), TransactionType.CREDIT, account.id(), null,
                productId, packageId, plan.id(), plan.type().name(), currency.id(), 1,
                BigDecimal.ONE.setScale(Money.SCALE), amount, noCustomAttributes(), false, note, credited.entryId(),
                credited.at(), CurrentUser.username(), key);
        transactions.insert(org, row);
        return view(org, row, new Views());
    }

    /** The query parameters of a credit. */
    record CreditParameters(String billingMonth, String billingYear, String currencyId, String developerId,
            String transactionAmount, String transactionNote, String productId) {
    }

    /**
     * A developer's transactions in a time window (spec §8.3): {@code utctime <= time < utctime2}, at
     * most one minute wide; without {@code utctime2} {@code utctime ± 5 s}; without either, now ± 5 s.
     */
    @Transactional(readOnly = true)
    Map<String, Object> listForDeveloper(String org, String developerId, String utctime, String utctime2,
            String productId, String limit) {
        organizations.get(org);
        DeveloperAccount account = account(org, developerId);
        Instant start = utctime == null || utctime.isBlank() ? null : time("utctime", utctime);
        Instant end = utctime2 == null || utctime2.isBlank() ? null : time("utctime2", utctime2);
        Instant from;
        Instant to;
        if (start == null && end == null) {
            Instant now = clock.instant();
            from = now.minusSeconds(5);
            to = now.plusSeconds(5);
        } else if (end == null || start == null) {
            Instant at = start == null ? end : start;
            from = at.minusSeconds(5);
            to = at.plusSeconds(5);
        } else {
            from = start.isAfter(end) ? end : start;
            to = start.isAfter(end) ? start : end;
            if (from.equals(to)) {
                to = from.plusSeconds(1);
            }
            if (Duration.between(from, to).compareTo(Duration.ofMinutes(1)) > 0) {
                throw InvalidRequestException.forField("utctime2", utctime2,
                        "Parameter [utctime2] may be at most one minute after [utctime]");
            }
        }
        int max = limit == null || limit.isBlank() ? MAX_LIMIT : parseLimit(limit);
        String product = productId == null || productId.isBlank()
                ? null
                : catalog.requireProduct(org, productId).name();
        List<TransactionRow> rows = transactions.findByDeveloper(org, account.id(), from, to, product, max);
        return envelope(org, rows, rows.size());
    }

    /** {@code POST /transaction-search}: the transactions matching the criteria, newest first, paged. */
    @Transactional(readOnly = true)
    Map<String, Object> search(String org, TransactionSearchRequest request, Paging paging) {
        organizations.get(org);
        TransactionSearchRequest criteria = request == null ? TransactionSearchRequest.EMPTY : request;
        List<String> developerIds = new ArrayList<>();
        for (String id : criteria.ids(criteria.devCriteria())) {
            developerIds.add(accountIfExists(org, id).map(DeveloperAccount::id).orElse(null));
        }
        if (developerIds.contains(null)) {
            throw noneFound();
        }
        List<String> appIds = criteria.ids(criteria.appCriteria());
        if (appIds.stream().anyMatch(id -> !isUuid(id))) {
            throw noneFound();
        }
        List<String> types = criteria.transactionTypes() == null
                ? List.of()
                : criteria.transactionTypes().stream().map(t -> t == null ? "" : t.trim().toUpperCase(Locale.ROOT))
                        .toList();
        Instant from = criteria.fromDate() == null ? null : time("fromDate", criteria.fromDate());
        Instant to = criteria.toDate() == null ? null : time("toDate", criteria.toDate()).plusSeconds(1);
        SearchCriteria search = new SearchCriteria(developerIds, appIds, criteria.ids(criteria.prodCriteria()),
                criteria.ids(criteria.pkgCriteria()),
                criteria.ids(criteria.currCriteria()).stream().map(c -> c.toLowerCase(Locale.ROOT)).toList(), types,
                from, to);
        TransactionRepository.Page page = transactions.search(org, search, paging.all() ? null : paging.size(),
                paging.all() ? 0 : (long) (paging.page() - 1) * paging.size());
        return envelope(org, page.rows(), page.total());
    }

    private Map<String, Object> envelope(String org, List<TransactionRow> rows, long total) {
        if (total == 0) {
            throw noneFound();
        }
        Views views = new Views();
        return Paging.envelope("transaction", rows.stream().map(row -> view(org, row, views)).toList(), total);
    }

    private static MintException noneFound() {
        return new MintException(ErrorCode.NO_SUCH_RESOURCE,
                "Did not find any Transaction that matches the search criteria");
    }

    /** Views of the entities transactions embed, looked up once per request. */
    private final class Views {
        private final Map<String, Object> cache = new HashMap<>();

        @SuppressWarnings("unchecked")
        <T> T get(String key, java.util.function.Supplier<T> lookup) {
            return (T) cache.computeIfAbsent(key, k -> lookup.get());
        }
    }

    private TransactionView view(String org, TransactionRow row, Views views) {
        SupportedCurrency currency = views.get("currency:" + row.currencyId(),
                () -> currencies.require(org, row.currencyId()));
        String time = TIMESTAMP.format(row.createdAt().atOffset(ZoneOffset.UTC));
        List<BigDecimal> c = row.custAtts();
        return new TransactionView(
                row.appId() == null
                        ? null
                        : views.get("app:" + row.appId(),
                                () -> apps.mintView(org, row.appId().toString())),
                row.batchSize(), currency.name().toUpperCase(Locale.ROOT),
                c.get(0), c.get(1), c.get(2), c.get(3), c.get(4), c.get(5), c.get(6), c.get(7), c.get(8), c.get(9),
                views.get("developer:" + row.developerId(), () -> developers.mintView(org, row.developerId())),
                time, row.id().toString(), currency.virtualCurrency(), row.notes(), row.packageId(),
                row.productId() == null
                        ? null
                        : views.get("product:" + row.productId(),
                                () -> catalog.productView(org, row.productId())),
                row.ledgerEntryId().toString(), row.rate(), row.ratePlanLevel(), row.ratedUnits(), Money.ZERO, time,
                "SUCCESS", "SUCCESS", row.type().name(), time, time);
    }

    private void requireNotSuspended(DeveloperAccount account) {
        if (suspensions.isSuspended(account.org(), account.id())) {
            // a suspension from an earlier billing month may have cleared with the month: look again
            balances.refresh(account);
            if (suspensions.isSuspended(account.org(), account.id())) {
                throw new MintException(ErrorCode.DEVELOPER_SUSPENDED, "Developer [" + account.email()
                        + "] is suspended: INSUFFICIENT_FUNDS");
            }
        }
    }

    private String defaultCurrency(String org) {
        String code = organizations.get(org).currency().toLowerCase(Locale.ROOT);
        return currencies.currencyNames(org).stream().filter(name -> name.equalsIgnoreCase(code)).findFirst()
                .map(name -> currencies.require(org, name.toLowerCase(Locale.ROOT)).id())
                .orElseThrow(() -> new InvalidRequestException(
                        "No rate plan prices this usage and the organization's default currency is not supported"));
    }

    private DeveloperAccount account(String org, String developerOrCompany) {
        return accountIfExists(org, developerOrCompany)
                .orElseThrow(() -> new ResourceNotFoundException("Developer", developerOrCompany));
    }

    private Optional<DeveloperAccount> accountIfExists(String org, String developerOrCompany) {
        try {
            return Optional.of(developers.requireDeveloper(org, developerOrCompany));
        } catch (ResourceNotFoundException notADeveloper) {
            try {
                return Optional.of(developers.requireCompany(org, developerOrCompany));
            } catch (ResourceNotFoundException notACompany) {
                return Optional.empty();
            }
        }
    }

    private static void requireDefinedCustomAttributes(List<BigDecimal> custAtts, RatePlanDetail detail,
            ApiProduct product) {
        for (int n = 1; n <= custAtts.size(); n++) {
            if (custAtts.get(n - 1) == null) {
                continue;
            }
            String attribute = ApiProduct.CUSTOM_ATTRIBUTE_PREFIX + n;
            boolean ratedOn = detail != null && detail.customAttribute() == n;
            boolean defined = product.attributes() != null && product.attributes().stream()
                    .anyMatch(a -> attribute.equals(a.name()));
            if (!ratedOn && !defined) {
                throw InvalidRequestException.forField("custAtt" + n, custAtts.get(n - 1).toPlainString(),
                        "Custom attribute " + n + " is not defined by the product's transaction recording policy "
                                + "or its rate plan");
            }
        }
    }

    private static List<BigDecimal> custAtts(CreateTransactionRequest request) {
        List<BigDecimal> values = new ArrayList<>();
        List<BigDecimal> given = request.custAtts();
        for (int n = 1; n <= given.size(); n++) {
            BigDecimal value = given.get(n - 1);
            values.add(value == null ? null : Money.parsePositive("custAtt" + n, value));
        }
        return values;
    }

    private static List<BigDecimal> noCustomAttributes() {
        List<BigDecimal> none = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            none.add(null);
        }
        return none;
    }

    private static long batchSize(BigDecimal batchSize) {
        if (batchSize == null) {
            return 1;
        }
        BigDecimal value = batchSize.stripTrailingZeros();
        if (value.scale() > 0 || value.signum() <= 0 || value.compareTo(MAX_BATCH_SIZE) > 0) {
            throw InvalidRequestException.forField("batchSize", batchSize,
                    "Field [batchSize] must be a whole number from 1 to " + MAX_BATCH_SIZE.toPlainString());
        }
        return value.longValueExact();
    }

    private static int parseLimit(String limit) {
        try {
            int value = Integer.parseInt(limit.trim());
            if (value >= 1 && value <= MAX_LIMIT) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw InvalidRequestException.forField("limit", limit, "Parameter [limit] must be from 1 to " + MAX_LIMIT);
    }

    private static Instant time(String field, String value) {
        String text = value.trim().replace('T', ' ');
        try {
            if (text.length() == 10) {
                return LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC);
            }
            return LocalDateTime.parse(text, TIMESTAMP).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw InvalidRequestException.forField(field, value, "Field [" + field + "] must be YYYY-MM-DD HH:mm:ss");
        }
    }

    private static void billingMonth(String month, String year) {
        String m = requiredText("billingMonth", month).toUpperCase(Locale.ROOT);
        String y = requiredText("billingYear", year);
        boolean validMonth;
        try {
            java.time.Month.valueOf(m);
            validMonth = true;
        } catch (IllegalArgumentException e) {
            validMonth = m.matches("0?[1-9]|1[0-2]");
        }
        if (!validMonth) {
            throw InvalidRequestException.forField("billingMonth", month, "Parameter [billingMonth] must be a month");
        }
        if (!y.matches("\\d{4}")) {
            throw InvalidRequestException.forField("billingYear", year,
                    "Parameter [billingYear] must be a 4-digit year");
        }
    }

    private static boolean isUuid(String value) {
        try {
            UUID.fromString(value);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String required(String field, CreateTransactionRequest.Ref ref) {
        if (ref == null || ref.id() == null || ref.id().isBlank()) {
            throw InvalidRequestException.missing(field);
        }
        return ref.id().trim();
    }

    private static String requiredText(String field, String value) {
        if (value == null || value.isBlank()) {
            throw InvalidRequestException.missing(field);
        }
        return value.trim();
    }
}
