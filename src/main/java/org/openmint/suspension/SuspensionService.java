package org.openmint.suspension;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.openmint.balance.BalanceChangedEvent;
import org.openmint.developer.DeveloperAccount;
import org.openmint.developer.DeveloperService;
import org.openmint.error.InvalidRequestException;
import org.openmint.error.ResourceNotFoundException;
import org.openmint.organization.OrganizationService;
import org.openmint.product.ProductService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Suspends developers and companies whose money runs out and lifts the suspension when it is back
 * (spec §10, Part I #15), and answers whether an account is suspended.
 */
@Service
public class SuspensionService {

    private final SuspensionRepository suspensions;
    private final DeveloperService developers;
    private final OrganizationService organizations;
    private final ProductService products;
    private final MonetizedProducts monetized;
    private final Clock clock;

    SuspensionService(SuspensionRepository suspensions, DeveloperService developers,
            OrganizationService organizations, ProductService products, MonetizedProducts monetized, Clock clock) {
        this.suspensions = suspensions;
        this.developers = developers;
        this.organizations = organizations;
        this.products = products;
        this.monetized = monetized;
        this.clock = clock;
    }

    /**
     * Whether the account is suspended for any reason: such an account may not be charged without
     * {@code force}. False for an account or organization that does not exist; throws nothing.
     *
     * @param developerAccountId the account's {@link DeveloperAccount#id()}
     */
    @Transactional(readOnly = true)
    public boolean isSuspended(String org, String developerAccountId) {
        return uuid(developerAccountId).map(id -> suspensions.isSuspended(org, id)).orElse(false);
    }

    /**
     * Keeps the {@code INSUFFICIENT_FUNDS} suspension of the balance's currency in step with the
     * balance, in the transaction that changed it: present while the balance is exhausted (the database's
     * {@code balance_exhausted} rule, which group-committed charges apply too), gone once it is not.
     * Concurrent changes that exhaust the same balance leave one suspension.
     */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void balanceChanged(BalanceChangedEvent event) {
        suspensions.keepInStep(event.org(), UUID.fromString(event.developerId()), event.currencyId(),
                event.prepaid(), event.remaining(), event.usage(), event.creditLimit(), clock.instant());
    }

    // The read and lift below are not @Transactional: looking an account up as a developer and then as a
    // company must not run inside a transaction, which the first miss would mark rollback-only; each
    // of their reads and writes is one statement.

    /**
     * The organization's suspended accounts, one entry per account, product and reason, oldest first (see
     * {@link #entries}).
     *
     * @throws ResourceNotFoundException when the organization does not exist
     */
    List<SuspendedDeveloperResponse> list(String org) {
        organizations.get(org);
        return entries(org, suspensions.findByOrg(org));
    }

    /**
     * The suspension of the developer (by email or id) or company (by name); when it is suspended for
     * several products or reasons, the oldest.
     *
     * @throws ResourceNotFoundException when the account does not exist or is not suspended
     */
    SuspendedDeveloperResponse get(String org, String developerOrCompany) {
        DeveloperAccount account = developers.requireDeveloperOrCompany(org, developerOrCompany);
        return entries(org, suspensions.findByDeveloper(org, UUID.fromString(account.id()))).stream().findFirst()
                .orElseThrow(() -> notSuspended(developerOrCompany));
    }

    /**
     * Lifts every suspension of the developer (by email or id) or company (by name) by hand. A balance
     * that is still exhausted suspends the account again at its next change.
     *
     * @throws ResourceNotFoundException when the account does not exist or is not suspended
     */
    void lift(String org, String developerOrCompany) {
        DeveloperAccount account = developers.requireDeveloperOrCompany(org, developerOrCompany);
        if (suspensions.liftAll(org, UUID.fromString(account.id())) == 0) {
            throw notSuspended(developerOrCompany);
        }
    }

    /**
     * Lifts every account's suspensions for one product (spec §10.2), given as {@code {org}@@@{product}} (the
     * {@code prodId} of a suspension) or as the product's name: an account suspended for every product it is
     * on stays suspended for its other products. Answers the suspensions lifted, as {@link #list} showed
     * them; none when no account was suspended for the product. A balance that is still exhausted suspends
     * the account again, for every product, at its next change.
     *
     * @throws InvalidRequestException when the id names another organization
     * @throws ResourceNotFoundException when the organization or the product does not exist
     */
    List<SuspendedDeveloperResponse> liftProduct(String org, String suspendedProductId) {
        organizations.get(org);
        String productId = products.require(org, productName(org, suspendedProductId)).name();
        Instant now = clock.instant();
        List<SuspensionRow> lifted = new ArrayList<>();
        for (SuspensionRow row : suspensions.findByOrg(org)) {
            if (row.productId() != null) {
                continue;
            }
            List<String> on = monetized.productsOf(org, row.developerId(), row.currencyId(), now);
            if (on.contains(productId)) {
                suspensions.narrow(org, row, on.stream().filter(other -> !other.equals(productId)).toList());
                lifted.add(forProduct(row, productId));
            }
        }
        lifted.addAll(suspensions.liftProduct(org, productId));
        lifted.sort(Comparator.comparing(SuspensionRow::createdAt));
        return entries(org, lifted);
    }

    /**
     * The entries of these rows (oldest first), one per account, product and reason, since its oldest row: a
     * row for every product of an account becomes one entry per product the account is on in its currency,
     * or one without a product when it is on none. Rows of accounts deleted meanwhile are left out.
     */
    private List<SuspendedDeveloperResponse> entries(String org, List<SuspensionRow> rows) {
        Instant now = clock.instant();
        Map<List<String>, SuspensionRow> entries = new LinkedHashMap<>();
        for (SuspensionRow row : rows) {
            List<String> productIds = row.productId() != null
                    ? List.of(row.productId())
                    : monetized.productsOf(org, row.developerId(), row.currencyId(), now);
            if (productIds.isEmpty()) {
                entries.putIfAbsent(Arrays.asList(row.developerId(), null, row.reasonCode()), row);
            }
            for (String productId : productIds) {
                entries.putIfAbsent(Arrays.asList(row.developerId(), productId, row.reasonCode()),
                        forProduct(row, productId));
            }
        }
        Map<String, Optional<DeveloperAccount>> accounts = new HashMap<>();
        return entries.values().stream()
                .flatMap(row -> accounts.computeIfAbsent(row.developerId(), id -> account(org, id)).stream()
                        .map(account -> SuspendedDeveloperResponse.of(org, developerKey(account), row)))
                .toList();
    }

    private static SuspensionRow forProduct(SuspensionRow row, String productId) {
        return new SuspensionRow(row.developerId(), row.reasonCode(), row.currencyId(), productId,
                row.createdAt());
    }

    /** The product of {@code {org}@@@{product}}, or the text itself without {@code @@@}. */
    private static String productName(String org, String suspendedProductId) {
        int separator = suspendedProductId.indexOf("@@@");
        if (separator < 0) {
            return suspendedProductId;
        }
        if (!suspendedProductId.substring(0, separator).equals(org)) {
            throw InvalidRequestException.forField("prodId", suspendedProductId,
                    "Field [prodId] must be " + org + "@@@{product}");
        }
        return suspendedProductId.substring(separator + 3);
    }

    /** The account with this id; empty when it was deleted meanwhile. */
    private Optional<DeveloperAccount> account(String org, String accountId) {
        try {
            return Optional.of(developers.requireAccount(org, accountId));
        } catch (ResourceNotFoundException deleted) {
            return Optional.empty();
        }
    }

    /** How mint names the account inside ids: the developer's id, or the company's name. */
    private static String developerKey(DeveloperAccount account) {
        return account.company() ? account.name() : account.id();
    }

    private static ResourceNotFoundException notSuspended(String developerOrCompany) {
        return new ResourceNotFoundException("Suspended developer", developerOrCompany);
    }

    private static Optional<UUID> uuid(String value) {
        try {
            return Optional.ofNullable(value).map(UUID::fromString);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
