package org.openmint.suspension;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.openmint.balance.BalanceChangedEvent;
import org.openmint.developer.DeveloperAccount;
import org.openmint.developer.DeveloperService;
import org.openmint.error.ResourceNotFoundException;
import org.openmint.organization.OrganizationService;
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
    private final Clock clock;

    SuspensionService(SuspensionRepository suspensions, DeveloperService developers,
            OrganizationService organizations, Clock clock) {
        this.suspensions = suspensions;
        this.developers = developers;
        this.organizations = organizations;
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
     * The organization's suspended accounts, one entry per account and reason, oldest first.
     *
     * @throws ResourceNotFoundException when the organization does not exist
     */
    List<SuspendedDeveloperResponse> list(String org) {
        organizations.get(org);
        return suspensions.findByOrg(org).stream()
                .flatMap(row -> account(org, row.developerId()).stream()
                        .map(account -> SuspendedDeveloperResponse.of(org, developerKey(account), row)))
                .toList();
    }

    /**
     * The suspension of the developer (by email or id) or company (by name); when it is suspended for
     * several reasons, the oldest.
     *
     * @throws ResourceNotFoundException when the account does not exist or is not suspended
     */
    SuspendedDeveloperResponse get(String org, String developerOrCompany) {
        DeveloperAccount account = developers.requireDeveloperOrCompany(org, developerOrCompany);
        return suspensions.findByDeveloper(org, UUID.fromString(account.id())).stream().findFirst()
                .map(row -> SuspendedDeveloperResponse.of(org, developerKey(account), row))
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
