package org.openmint.transaction;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.openmint.balance.BalanceService;
import org.openmint.balance.ChargeResult;
import org.openmint.catalog.CatalogService;
import org.openmint.catalog.RatePlan;
import org.openmint.currency.CurrencyService;
import org.openmint.currency.SupportedCurrency;
import org.openmint.developer.DeveloperAccount;
import org.openmint.developer.DeveloperService;
import org.openmint.error.ErrorCode;
import org.openmint.error.InvalidRequestException;
import org.openmint.error.MintException;
import org.openmint.error.ResourceNotFoundException;
import org.openmint.money.Money;
import org.openmint.organization.BillingMonth;
import org.openmint.organization.OrganizationService;
import org.openmint.security.CurrentUser;
import org.openmint.suspension.SuspensionService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records monetized transactions and moves balances for them (spec §7.1, §8, Part I #18): usage
 * priced by the owner's accepted rate plan ({@link UsageRating}), setup and recurring fees, credits.
 * Every transaction writes one ledger entry through {@link BalanceService}, so funds, credit limits,
 * automatic reloads and suspension apply to it. Finding transactions: {@link TransactionSearch}.
 */
@Service
public class TransactionService {

    private final TransactionRepository transactions;
    private final BalanceService balances;
    private final UsageRating rating;
    private final ChargeBatcher batcher;
    private final TransactionViews views;
    private final DeveloperService developers;
    private final CatalogService catalog;
    private final CurrencyService currencies;
    private final SuspensionService suspensions;
    private final OrganizationService organizations;
    private final PlanLookup plans;
    private final TransactionTemplate inTransaction;

    TransactionService(TransactionRepository transactions, BalanceService balances, UsageRating rating,
            ChargeBatcher batcher, TransactionViews views, DeveloperService developers, CatalogService catalog,
            CurrencyService currencies, SuspensionService suspensions, OrganizationService organizations,
            PlanLookup plans, PlatformTransactionManager transactionManager) {
        this.transactions = transactions;
        this.balances = balances;
        this.rating = rating;
        this.batcher = batcher;
        this.views = views;
        this.developers = developers;
        this.catalog = catalog;
        this.currencies = currencies;
        this.suspensions = suspensions;
        this.organizations = organizations;
        this.plans = plans;
        this.inTransaction = new TransactionTemplate(transactionManager);
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
        return record(account.org(), new TransactionRow(UUID.randomUUID(), type, account.id(), null, null,
                plan.packageId(), plan.id(), plan.type().name(), currencyId, 1, BigDecimal.ONE.setScale(Money.SCALE),
                Money.round(amount), TransactionRow.NO_CUSTOM_ATTRIBUTES, force, note, charged.entryId(),
                charged.at(), CurrentUser.username(), idempotencyKey));
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
            case "SETUPFEES", "RECURRINGFEES" -> fee(org, request, TransactionType.valueOf(type), force,
                    idempotencyKey);
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
        RatedUsage usage;
        BigDecimal price;
        BalanceService.PendingCharge pending;
        try {
            organizations.get(org);
            usage = rating.rate(rating.read(org, request, force));
            if (!usage.priced() || usage.pricedByCounter()) {
                return Optional.empty();
            }
            price = usage.price(BigDecimal.ZERO);
            pending = balances.prepareCharge(usage.usage().owner(), usage.currencyId(), price,
                    TransactionType.CHARGE.entryType(), force, usage.ratePlanId(), usage.note(), null);
        } catch (MintException refused) {
            return Optional.empty();
        }
        TransactionRow row = usage.row(price, pending.entryId(), pending.at(), null);
        TransactionRepository.Recording recording = new TransactionRepository.Recording(org, row, usage.units(),
                organizations.currentBillingPeriod(org));
        return batcher.charge(pending, recording).map(charged -> views.view(org, row));
    }

    private TransactionView charge(String org, CreateTransactionRequest request, boolean force, String key) {
        Usage read = rating.read(org, request, force);
        if (!force) {
            requireNotSuspended(read.owner());
        }
        RatedUsage usage = rating.rate(read);
        BigDecimal price = Money.ZERO;
        LocalDate countIn = null;
        if (usage.priced()) {
            LocalDate period = organizations.currentBillingPeriod(org);
            if (usage.pricedByCounter()) {
                price = usage.price(transactions.addUnits(org, read.owner().id(), usage.ratePlanId(),
                        read.product().name(), period, usage.units()));
            } else {
                // the price needs no counter: count the units in the statement that records the transaction
                price = usage.price(BigDecimal.ZERO);
                countIn = period;
            }
        }
        ChargeResult charged = balances.charge(read.owner(), usage.currencyId(), price,
                TransactionType.CHARGE.entryType(), force, usage.ratePlanId(), usage.note(), key);
        TransactionRow row = usage.row(price, charged.entryId(), charged.at(), key);
        transactions.record(List.of(new TransactionRepository.Recording(org, row,
                countIn == null ? null : usage.units(), countIn)));
        return views.view(org, row);
    }

    private TransactionView fee(String org, CreateTransactionRequest request, TransactionType type, boolean force,
            String key) {
        String developerId = CreateTransactionRequest.required("developer.id", request.developer());
        String planId = CreateTransactionRequest.required("ratePlan.id", request.ratePlan());
        String currencyId = CreateTransactionRequest.required("currency.id", request.currency());
        BigDecimal rate = Money.parseNonNegative("rate", request.rate());
        DeveloperAccount account = developers.requireDeveloperOrCompany(org, developerId);
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
        BillingMonth.parse(parameters.billingMonth(), parameters.billingYear());
        DeveloperAccount account = developers.requireDeveloperOrCompany(org,
                requiredText("developerId", parameters.developerId()));
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
        return record(org, new TransactionRow(UUID.randomUUID(), TransactionType.CREDIT, account.id(), null,
                productId, packageId, plan.id(), plan.type().name(), currency.id(), 1,
                BigDecimal.ONE.setScale(Money.SCALE), amount, TransactionRow.NO_CUSTOM_ATTRIBUTES, false, note,
                credited.entryId(), credited.at(), CurrentUser.username(), key));
    }

    /** The query parameters of a credit. */
    record CreditParameters(String billingMonth, String billingYear, String currencyId, String developerId,
            String transactionAmount, String transactionNote, String productId) {
    }

    private TransactionView record(String org, TransactionRow row) {
        transactions.record(List.of(new TransactionRepository.Recording(org, row, null, null)));
        return views.view(org, row);
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

    private static String requiredText(String field, String value) {
        if (value == null || value.isBlank()) {
            throw InvalidRequestException.missing(field);
        }
        return value.trim();
    }
}
