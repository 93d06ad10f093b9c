package org.openmint.tnc;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.openmint.catalog.PlanDates;
import org.openmint.developer.DeveloperAccount;
import org.openmint.developer.DeveloperService;
import org.openmint.error.InvalidRequestException;
import org.openmint.error.ResourceNotFoundException;
import org.openmint.organization.OrganizationProfile;
import org.openmint.organization.OrganizationService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Developers and companies accepting and declining T&Cs, and their history (spec §13.3, §13.4). Every accept
 * or decline appends an entry stamped with the server's time in UTC; the newest entry of an account for a
 * T&C says whether it is accepted. Nothing else reads it: acceptance is never enforced (spec Part I #21).
 */
@Service
class DeveloperTncService {

    private static final Set<String> ACTIONS = Set.of("ACCEPTED", "DECLINED");

    private final DeveloperTncRepository history;
    private final TncRepository tncs;
    private final DeveloperService developers;
    private final OrganizationService organizations;
    private final Clock clock;

    DeveloperTncService(DeveloperTncRepository history, TncRepository tncs, DeveloperService developers,
            OrganizationService organizations, Clock clock) {
        this.history = history;
        this.tncs = tncs;
        this.developers = developers;
        this.organizations = organizations;
        this.clock = clock;
    }

    /**
     * Records that the developer (by email or id) or company (by name) accepted or declined the T&C, now. Any T&C
     * may be accepted or declined, a future one included, as often as the account likes.
     *
     * @throws ResourceNotFoundException when the account or the T&C does not exist
     * @throws InvalidRequestException when {@code action} is neither ACCEPTED nor DECLINED, or {@code auditDate}
     *         is not a date
     */
    @Transactional
    DeveloperTnc recordAction(String org, boolean company, String accountKey, String tncId,
            DeveloperTncRequest request) {
        DeveloperAccount account = developers.requireNamed(org, company, accountKey);
        OrganizationProfile organization = organizations.get(org);
        String action = action(request);
        // Apigee keeps its own time whatever the client sends; a date that is no date is still an error
        PlanDates.parse("auditDate", request.auditDate(), ZoneOffset.UTC);
        // shared lock: the T&C cannot be deleted between this check and the commit of the entry
        TncEntity tnc = tncs.findForShareByOrgIdAndId(org, tncId).orElseThrow(() -> TncService.notFound(tncId));
        DeveloperTncEntity entry = history.saveAndFlush(
                new DeveloperTncEntity(org, UUID.fromString(account.id()), tnc.id(), action, clock.instant()));
        return entry.view(tnc.view(organization));
    }

    /**
     * The account's history, newest first; with {@code currentOnly} only the entries for the current T&C (none
     * when there is no current T&C).
     *
     * @throws ResourceNotFoundException when the account does not exist
     */
    @Transactional(readOnly = true)
    DeveloperTncs history(String org, boolean company, String accountKey, boolean currentOnly) {
        DeveloperAccount account = developers.requireNamed(org, company, accountKey);
        OrganizationProfile organization = organizations.get(org);
        UUID developerId = UUID.fromString(account.id());
        List<DeveloperTncEntity> entries;
        Map<String, Tnc> views;
        if (currentOnly) {
            Optional<TncEntity> current = tncs.findCurrent(org, clock.instant());
            if (current.isEmpty()) {
                return new DeveloperTncs(List.of(), 0);
            }
            entries = history.findHistory(org, developerId, current.get().id());
            views = Map.of(current.get().id(), current.get().view(organization));
        } else {
            entries = history.findHistory(org, developerId);
            views = tncs.findByOrgId(org).stream()
                    .collect(Collectors.toMap(TncEntity::id, tnc -> tnc.view(organization)));
        }
        List<DeveloperTnc> items = entries.stream().map(entry -> entry.view(views.get(entry.tncId()))).toList();
        return new DeveloperTncs(items, items.size());
    }

    private static String action(DeveloperTncRequest request) {
        if (request == null) {
            throw new InvalidRequestException("Request body is missing");
        }
        if (request.action() == null || request.action().isBlank()) {
            throw InvalidRequestException.missing("action");
        }
        String action = request.action().trim().toUpperCase(Locale.ROOT);
        if (!ACTIONS.contains(action)) {
            throw InvalidRequestException.forField("action", request.action(),
                    "Field [action] must be ACCEPTED or DECLINED");
        }
        return action;
    }
}
