package org.openmint.tnc;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.openmint.catalog.PlanDates;
import org.openmint.error.DuplicateEntityException;
import org.openmint.error.ErrorCode;
import org.openmint.error.InvalidRequestException;
import org.openmint.error.MintException;
import org.openmint.error.ResourceNotFoundException;
import org.openmint.organization.OrganizationProfile;
import org.openmint.organization.OrganizationService;
import org.openmint.web.Paging;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Manages an organization's terms and conditions (spec §13.1, §13.2, §13.4). Several may exist, for the
 * current and future versions; the current one is the one with the latest start that is not in the future.
 */
@Service
class TncService {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._~-]{1,255}");
    private static final int MAX_TEXT = 255;
    private static final int MAX_URL = 2048;

    private final TncRepository tncs;
    private final DeveloperTncRepository history;
    private final OrganizationService organizations;
    private final Clock clock;

    TncService(TncRepository tncs, DeveloperTncRepository history, OrganizationService organizations, Clock clock) {
        this.tncs = tncs;
        this.history = history;
        this.organizations = organizations;
        this.clock = clock;
    }

    /**
     * A page of the organization's T&Cs, earliest start first; with {@code currentOnly} only the current one
     * (none when every T&C starts later).
     *
     * @throws ResourceNotFoundException when the organization does not exist
     */
    @Transactional(readOnly = true)
    Tncs list(String org, boolean currentOnly, Paging paging) {
        OrganizationProfile organization = organizations.get(org);
        if (currentOnly) {
            List<Tnc> current = tncs.findCurrent(org, clock.instant()).map(t -> t.view(organization)).stream()
                    .toList();
            return new Tncs(paging.slice(current), current.size());
        }
        Page<TncEntity> page = tncs.findByOrgId(org, paging.pageable(Sort.by("startDate", "id")));
        return new Tncs(page.getContent().stream().map(t -> t.view(organization)).toList(),
                page.getTotalElements());
    }

    /**
     * One T&C of the organization.
     *
     * @throws ResourceNotFoundException when the organization or the T&C does not exist
     */
    @Transactional(readOnly = true)
    Tnc get(String org, String id) {
        OrganizationProfile organization = organizations.get(org);
        return find(org, id).view(organization);
    }

    /**
     * Adds a T&C; its id is the one given, else a new UUID.
     *
     * @throws InvalidRequestException when a field is missing or invalid
     * @throws DuplicateEntityException when a T&C with this id exists in the organization
     */
    @Transactional
    Tnc create(String org, TncRequest request) {
        OrganizationProfile organization = organizations.get(org);
        TncEntity.TncFields fields = validate(org, request, organization.zone());
        String id = request.id() == null || request.id().isBlank() ? UUID.randomUUID().toString() : request.id();
        if (!ID.matcher(id).matches()) {
            throw InvalidRequestException.forField("id", id, "Field [id] may only hold letters, digits and . _ ~ -");
        }
        if (tncs.existsById(new TncEntity.Key(org, id))) {
            throw new DuplicateEntityException("TermsAndConditions", id);
        }
        TncEntity entity = new TncEntity(org, id, clock.instant());
        entity.replace(fields, clock.instant());
        tncs.saveAndFlush(entity);
        return entity.view(organization);
    }

    /**
     * Replaces every field of a T&C (an absent {@code url} or {@code tncText} is cleared).
     *
     * @throws ResourceNotFoundException when the T&C does not exist
     * @throws InvalidRequestException when a field is missing or invalid, or {@code id} names another T&C
     */
    @Transactional
    Tnc update(String org, String id, TncRequest request) {
        OrganizationProfile organization = organizations.get(org);
        TncEntity entity = find(org, id);
        if (request != null && request.id() != null && !request.id().equals(id)) {
            throw InvalidRequestException.forField("id", request.id(), "Field [id] must match the T&C in the path");
        }
        entity.replace(validate(org, request, organization.zone()), clock.instant());
        tncs.flush();
        return entity.view(organization);
    }

    /**
     * Deletes a T&C that no developer or company has accepted or declined.
     *
     * @throws ResourceNotFoundException when the T&C does not exist
     * @throws MintException {@code mint.tncInUse} when a history entry records it
     */
    @Transactional
    void delete(String org, String id) {
        organizations.get(org);
        // locked first: an accept or decline of this T&C either commits before the check or finds it gone
        TncEntity entity = tncs.findForUpdateByOrgIdAndId(org, id).orElseThrow(() -> notFound(id));
        if (history.existsByOrgIdAndTncId(org, id)) {
            throw new MintException(ErrorCode.TNC_IN_USE, "Terms and conditions [" + id
                    + "] cannot be deleted: developers or companies have accepted or declined them");
        }
        tncs.delete(entity);
        tncs.flush();
    }

    private TncEntity find(String org, String id) {
        return tncs.findByOrgIdAndId(org, id).orElseThrow(() -> notFound(id));
    }

    static ResourceNotFoundException notFound(String id) {
        return new ResourceNotFoundException("TermsAndConditions", id);
    }

    private static TncEntity.TncFields validate(String org, TncRequest r, ZoneId zone) {
        if (r == null) {
            throw new InvalidRequestException("Request body is missing");
        }
        if (r.organization() != null && r.organization().id() != null && !r.organization().id().equals(org)) {
            throw InvalidRequestException.forField("organization", r.organization().id(),
                    "Field [organization] must be the organization in the path");
        }
        String version = r.version() == null ? null : r.version().trim();
        if (version == null || version.isEmpty()) {
            throw InvalidRequestException.missing("version");
        }
        if (version.length() > MAX_TEXT) {
            throw InvalidRequestException.forField("version", null,
                    "Field [version] is longer than " + MAX_TEXT + " characters");
        }
        if (r.startDate() == null || r.startDate().isBlank()) {
            throw InvalidRequestException.missing("startDate");
        }
        Instant startDate = PlanDates.parse("startDate", r.startDate(), zone);
        String url = r.url() == null || r.url().isBlank() ? null : r.url().trim();
        if (url != null && url.length() > MAX_URL) {
            throw InvalidRequestException.forField("url", null,
                    "Field [url] is longer than " + MAX_URL + " characters");
        }
        String text = r.tncText() == null || r.tncText().isBlank() ? null : r.tncText();
        return new TncEntity.TncFields(url, text, version, startDate);
    }
}
