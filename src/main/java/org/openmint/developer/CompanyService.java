package org.openmint.developer;

import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;

import org.openmint.attribute.Attribute;
import org.openmint.error.DuplicateEntityException;
import org.openmint.error.InvalidRequestException;
import org.openmint.error.MintException;
import org.openmint.error.ResourceNotFoundException;
import org.openmint.organization.OrganizationProfile;
import org.openmint.organization.OrganizationService;
import org.openmint.security.CurrentUser;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers companies through the core Edge API; a company pays like a developer (spec §4). */
@Service
class CompanyService {

    /** Company names as Apigee's naming guidelines allow them. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._$%-][A-Za-z0-9 ._$%-]{0,254}");

    private final DeveloperRepository developers;
    private final DeveloperService accounts;
    private final OrganizationService organizations;
    private final Clock clock;

    CompanyService(DeveloperRepository developers, DeveloperService accounts, OrganizationService organizations,
            Clock clock) {
        this.developers = developers;
        this.accounts = accounts;
        this.organizations = organizations;
        this.clock = clock;
    }

    /**
     * The organization's companies ordered by name, from {@code startKey} (inclusive) on, at most {@code count}:
     * their names, or with {@code expand} the full companies in {@code {"company": [...]}}.
     *
     * @throws InvalidRequestException when {@code count} is outside 1..1000
     */
    @Transactional(readOnly = true)
    Object list(String org, boolean expand, int count, String startKey) {
        organizations.get(org);
        List<DeveloperEntity> page = developers.findCompaniesFrom(org, startKey == null ? "" : startKey,
                Limit.of(DeveloperService.checkCount(count)));
        if (!expand) {
            return page.stream().map(DeveloperEntity::name).toList();
        }
        return new Companies(page.stream().map(CompanyResponse::from).toList());
    }

    /** A company by name, any case. */
    @Transactional(readOnly = true)
    CompanyResponse get(String org, String name) {
        organizations.get(org);
        return CompanyResponse.from(accounts.findCompany(org, name));
    }

    /**
     * Registers a company, {@code active}.
     *
     * @throws InvalidRequestException when the name is missing or invalid, or a {@code MINT_*} attribute is invalid
     * @throws DuplicateEntityException when a company with this name (any case) exists
     */
    @Transactional
    CompanyResponse create(String org, CompanyRequest request) {
        OrganizationProfile organization = organizations.get(org);
        if (request == null) {
            throw new InvalidRequestException("Request body is missing");
        }
        String name = DeveloperService.requiredText("name", request.name());
        if (!NAME.matcher(request.name()).matches()) {
            throw InvalidRequestException.forField("name", request.name(),
                    "Field [name] may only hold letters, digits, spaces and . _ $ % -");
        }
        String displayName = displayName(request);
        List<Attribute> attributes = MintAttributes.validate(request.attributes(), organization);
        if (developers.findCompanyByName(org, name).isPresent()) {
            throw new DuplicateEntityException("Company with name [" + name + "] already exists");
        }
        DeveloperEntity entity = DeveloperEntity.newCompany(org, name, clock.instant(), CurrentUser.username());
        entity.replaceCompany(displayName, attributes, clock.instant(), CurrentUser.username());
        developers.saveAndFlush(entity);
        return CompanyResponse.from(entity);
    }

    /**
     * Replaces a company's display name, and its attributes when given; the name cannot change.
     *
     * @throws ResourceNotFoundException when the company does not exist
     * @throws InvalidRequestException when the body names another company or an attribute is invalid
     */
    @Transactional
    CompanyResponse update(String org, String name, CompanyRequest request) {
        OrganizationProfile organization = organizations.get(org);
        DeveloperEntity entity = accounts.lockCompany(org, name);
        if (request == null) {
            throw new InvalidRequestException("Request body is missing");
        }
        if (request.name() != null && !request.name().equalsIgnoreCase(entity.name())) {
            throw InvalidRequestException.forField("name", request.name(),
                    "Field [name] must be the company in the path; a company cannot be renamed");
        }
        List<Attribute> attributes = request.attributes() == null
                ? null
                : MintAttributes.validate(request.attributes(), organization);
        entity.replaceCompany(displayName(request), attributes, clock.instant(), CurrentUser.username());
        developers.flush();
        return CompanyResponse.from(entity);
    }

    /** Sets a company's status from Edge's {@code action} parameter, {@code active} or {@code inactive}. */
    @Transactional
    void setStatus(String org, String name, String action) {
        organizations.get(org);
        DeveloperEntity entity = accounts.lockCompany(org, name);
        entity.setStatus(DeveloperService.status(action), clock.instant(), CurrentUser.username());
        developers.flush();
    }

    /**
     * Deletes a company that nothing uses and returns it as it was.
     *
     * @throws ResourceNotFoundException when the company does not exist
     * @throws MintException {@code mint.developerInUse} when a balance, ledger entry or plan uses it
     */
    @Transactional
    CompanyResponse delete(String org, String name) {
        organizations.get(org);
        DeveloperEntity entity = accounts.lockCompany(org, name);
        CompanyResponse deleted = CompanyResponse.from(entity);
        accounts.deleteUnlessInUse(entity);
        return deleted;
    }

    private static String displayName(CompanyRequest request) {
        if (request.displayName() == null || request.displayName().isBlank()) {
            return null;
        }
        return DeveloperService.requiredText("displayName", request.displayName());
    }
}
