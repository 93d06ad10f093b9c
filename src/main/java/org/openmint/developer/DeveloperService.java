package org.openmint.developer;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

import org.openmint.attribute.Attribute;
import org.openmint.cache.ReferenceCache;
import org.openmint.category.DeveloperCategoryService;
import org.openmint.category.DeveloperRoleService;
import org.openmint.error.DuplicateEntityException;
import org.openmint.error.ErrorCode;
import org.openmint.error.InvalidRequestException;
import org.openmint.error.MintException;
import org.openmint.error.ResourceNotFoundException;
import org.openmint.organization.OrganizationProfile;
import org.openmint.organization.OrganizationService;
import org.openmint.security.CurrentUser;
import org.openmint.web.Paging;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers developers (core Edge API) and answers for every account that pays, developer or company:
 * its monetization view (spec §4) and the {@link DeveloperAccount} the other features work with.
 */
@Service
public class DeveloperService {

    /** Edge's limit on one list page. */
    static final int MAX_COUNT = 1000;

    private static final Pattern EMAIL = Pattern.compile("[^@\\s/]+@[^@\\s/]+\\.[^@\\s/]+");
    private static final int MAX_TEXT = 255;

    private final DeveloperRepository developers;
    private final OrganizationService organizations;
    private final List<DeveloperUsage> usages;
    private final DeveloperCategoryService categories;
    private final DeveloperRoleService roles;
    private final ReferenceCache cache;
    private final Clock clock;

    DeveloperService(DeveloperRepository developers, OrganizationService organizations, List<DeveloperUsage> usages,
            DeveloperCategoryService categories, DeveloperRoleService roles, ReferenceCache cache, Clock clock) {
        this.developers = developers;
        this.organizations = organizations;
        this.usages = usages;
        this.categories = categories;
        this.roles = roles;
        this.cache = cache;
        this.clock = clock;
    }

    /**
     * The developer with this email (any case) or id.
     *
     * @throws ResourceNotFoundException when the organization or the developer does not exist; companies are not found here
     */
    public DeveloperAccount requireDeveloper(String org, String emailOrId) {
        return cachedAccount("developer", org, emailOrId, this::findDeveloper);
    }

    /**
     * The company with this name (any case).
     *
     * @throws ResourceNotFoundException when the organization or the company does not exist
     */
    public DeveloperAccount requireCompany(String org, String companyName) {
        return cachedAccount("company", org, companyName, this::findCompany);
    }

    /**
     * The account a mint path names: the company with this name (any case) under {@code companies/},
     * else the developer with this email (any case) or id under {@code developers/}.
     *
     * @throws ResourceNotFoundException when the organization or the account does not exist
     */
    public DeveloperAccount requireNamed(String org, boolean company, String key) {
        return company ? requireCompany(org, key) : requireDeveloper(org, key);
    }

    /**
     * The account a parameter that may name either names: the developer with this email (any case) or id,
     * else the company with this name (any case).
     *
     * @throws ResourceNotFoundException (the developer's) when the organization or the account does not exist
     */
    public DeveloperAccount requireDeveloperOrCompany(String org, String reference) {
        // one lookup that finds either: a developer miss thrown inside a transaction would mark it rollback-only
        return cachedAccount("developer-or-company", org, reference,
                (o, key) -> developerIfAny(o, key).or(() -> developers.findCompanyByName(o, key))
                        .orElseThrow(() -> notFound("Developer", key)));
    }

    /**
     * The developer or company with this {@link DeveloperAccount#id()}.
     *
     * @throws ResourceNotFoundException when the organization or the account does not exist
     */
    public DeveloperAccount requireAccount(String org, String accountId) {
        return cachedAccount("account", org, accountId, this::findAccount);
    }

    /**
     * The mint view of the developer or company with this {@link DeveloperAccount#id()}, for embedding.
     *
     * @throws ResourceNotFoundException when the organization or the account does not exist
     */
    public MintDeveloper mintView(String org, String accountId) {
        return cache.get("account-view", org, accountId, () -> {
            OrganizationProfile organization = organizations.get(org);
            return toMint(findAccount(org, accountId), organization, new HashMap<>());
        });
    }

    /**
     * The mint view of the account a rate plan names (spec §9.2, embedded as the plan's {@code developer}): the
     * developer with this email (any case) or id, else the company with this name (any case), with its parent
     * company; when there is none, a view holding only the reference as its id.
     *
     * @throws ResourceNotFoundException when the organization does not exist
     */
    public MintDeveloper mintViewOfReference(String org, String reference) {
        return cache.get("reference-view", org, reference, () -> {
            OrganizationProfile organization = organizations.get(org);
            return developerIfAny(org, reference).or(() -> developers.findCompanyByName(org, reference))
                    .map(entity -> toMint(entity, organization, new HashMap<>()))
                    .orElseGet(() -> MintDeveloper.reference(reference));
        });
    }

    /** The account {@code find} finds by {@code key}, from the cache of {@code kind}; the organization is checked first. */
    private DeveloperAccount cachedAccount(String kind, String org, String key,
            BiFunction<String, String, DeveloperEntity> find) {
        return cache.get(kind, org, key, () -> {
            OrganizationProfile organization = organizations.get(org);
            return DeveloperAccount.of(find.apply(org, key), organization);
        });
    }

    /** A page of the organization's developers in the mint view, ordered by email. */
    @Transactional(readOnly = true)
    MintDevelopers mintDevelopers(String org, Paging paging) {
        OrganizationProfile organization = organizations.get(org);
        Page<DeveloperEntity> page = developers.findDevelopers(org, paging.pageable(Sort.unsorted()));
        Map<String, Optional<MintDeveloper>> parents = new HashMap<>();
        List<MintDeveloper> items = page.getContent().stream()
                .map(d -> toMint(d, organization, parents)).toList();
        return new MintDevelopers(items, page.getTotalElements());
    }

    /** A page of the organization's companies in the mint view, ordered by name (any case). */
    @Transactional(readOnly = true)
    MintCompanies mintCompanies(String org, Paging paging) {
        OrganizationProfile organization = organizations.get(org);
        Page<DeveloperEntity> page = developers.findCompanies(org, paging.pageable(Sort.unsorted()));
        return new MintCompanies(page.getContent().stream().map(c -> toMint(c, organization, null)).toList(),
                page.getTotalElements());
    }

    /** The mint view of a developer by email or id. */
    @Transactional(readOnly = true)
    MintDeveloper mintDeveloper(String org, String emailOrId) {
        OrganizationProfile organization = organizations.get(org);
        return toMint(findDeveloper(org, emailOrId), organization, new HashMap<>());
    }

    /** The mint view of a company by name. */
    @Transactional(readOnly = true)
    MintDeveloper mintCompany(String org, String companyName) {
        OrganizationProfile organization = organizations.get(org);
        return toMint(findCompany(org, companyName), organization, new HashMap<>());
    }

    /** A developer by email or id, in the core Edge view. */
    @Transactional(readOnly = true)
    DeveloperResponse get(String org, String emailOrId) {
        organizations.get(org);
        return DeveloperResponse.from(findDeveloper(org, emailOrId));
    }

    /**
     * Registers a developer, {@code active}, with a new UUID.
     *
     * @throws InvalidRequestException when a required field is missing, the email is invalid or a {@code MINT_*}
     *         attribute is invalid
     * @throws DuplicateEntityException when a developer with this email (any case) exists
     */
    @Transactional
    DeveloperResponse create(String org, DeveloperRequest request) {
        OrganizationProfile organization = organizations.get(org);
        DeveloperEntity.DeveloperFields fields = validate(request);
        List<Attribute> attributes = MintAttributes.validate(request.attributes(), organization);
        requireUniqueEmail(org, fields.email(), null);
        DeveloperEntity entity = DeveloperEntity.newDeveloper(org, clock.instant(), CurrentUser.username());
        entity.replaceDeveloper(fields, attributes, clock.instant(), CurrentUser.username());
        developers.saveAndFlush(entity);
        return DeveloperResponse.from(entity);
    }

    /**
     * Replaces a developer's profile, email included; attributes are replaced when given and kept when absent.
     *
     * @throws ResourceNotFoundException when the developer does not exist
     * @throws InvalidRequestException when a required field is missing or invalid
     * @throws DuplicateEntityException when another developer has the new email
     */
    @Transactional
    DeveloperResponse update(String org, String emailOrId, DeveloperRequest request) {
        OrganizationProfile organization = organizations.get(org);
        DeveloperEntity entity = lockDeveloper(org, emailOrId);
        DeveloperEntity.DeveloperFields fields = validate(request);
        List<Attribute> attributes = request.attributes() == null
                ? null
                : MintAttributes.validate(request.attributes(), organization);
        requireUniqueEmail(org, fields.email(), entity.id());
        entity.replaceDeveloper(fields, attributes, clock.instant(), CurrentUser.username());
        developers.flush();
        return DeveloperResponse.from(entity);
    }

    /**
     * Sets a developer's status from Edge's {@code action} parameter, {@code active} or {@code inactive}.
     *
     * @throws InvalidRequestException when the action is neither
     */
    @Transactional
    void setStatus(String org, String emailOrId, String action) {
        organizations.get(org);
        DeveloperEntity entity = lockDeveloper(org, emailOrId);
        entity.setStatus(status(action), clock.instant(), CurrentUser.username());
        developers.flush();
    }

    /**
     * Deletes a developer that nothing uses and returns it as it was.
     *
     * @throws ResourceNotFoundException when the developer does not exist
     * @throws MintException {@code mint.developerInUse} when a balance, ledger entry or plan uses it
     */
    @Transactional
    DeveloperResponse delete(String org, String emailOrId) {
        organizations.get(org);
        DeveloperEntity entity = lockDeveloper(org, emailOrId);
        DeveloperResponse deleted = DeveloperResponse.from(entity);
        deleteUnlessInUse(entity);
        return deleted;
    }

    /** Deletes an account locked by this transaction unless a {@link DeveloperUsage} reports it in use. */
    void deleteUnlessInUse(DeveloperEntity entity) {
        String kind = entity.company() ? "Company" : "Developer";
        for (DeveloperUsage usage : usages) {
            String what = usage.usage(entity.orgId(), entity.id().toString());
            if (what != null) {
                throw new MintException(ErrorCode.DEVELOPER_IN_USE,
                        kind + " [" + entity.key() + "] cannot be deleted: it is used by " + what);
            }
        }
        developers.delete(entity);
        developers.flush();
    }

    /** The company with this name, any case. */
    DeveloperEntity findCompany(String org, String companyName) {
        return developers.findCompanyByName(org, companyName).orElseThrow(() -> notFound("Company", companyName));
    }

    /**
     * The company with this name, locked until the transaction ends: changes and deletes of one account
     * run one after the other, each on the current row.
     */
    DeveloperEntity lockCompany(String org, String companyName) {
        return developers.findCompanyIdByName(org, companyName)
                .flatMap(id -> developers.findForUpdateByOrgIdAndId(org, id))
                .orElseThrow(() -> notFound("Company", companyName));
    }

    /** The developer with this email or id, locked until the transaction ends. */
    DeveloperEntity lockDeveloper(String org, String emailOrId) {
        Optional<UUID> id = emailOrId.contains("@")
                ? developers.findDeveloperIdByEmail(org, emailOrId)
                : uuid(emailOrId);
        return id.flatMap(developerId -> developers.findForUpdateByOrgIdAndId(org, developerId))
                .filter(d -> !d.company())
                .orElseThrow(() -> notFound("Developer", emailOrId));
    }

    /** The developer with this email or id; companies are not found here. */
    DeveloperEntity findDeveloper(String org, String emailOrId) {
        return developerIfAny(org, emailOrId).orElseThrow(() -> notFound("Developer", emailOrId));
    }

    private Optional<DeveloperEntity> developerIfAny(String org, String emailOrId) {
        if (emailOrId.contains("@")) {
            return developers.findDeveloperByEmail(org, emailOrId);
        }
        return uuid(emailOrId).flatMap(id -> developers.findByOrgIdAndId(org, id)).filter(d -> !d.company());
    }

    private DeveloperEntity findAccount(String org, String accountId) {
        return uuid(accountId).flatMap(id -> developers.findByOrgIdAndId(org, id))
                .orElseThrow(() -> notFound("Developer", accountId));
    }

    private static Optional<UUID> uuid(String value) {
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static ResourceNotFoundException notFound(String kind, String key) {
        return new ResourceNotFoundException(kind, key);
    }

    private void requireUniqueEmail(String org, String email, UUID exceptId) {
        developers.findDeveloperByEmail(org, email)
                .filter(other -> !other.id().equals(exceptId))
                .ifPresent(other -> {
                    throw new DuplicateEntityException("Developer with email [" + email + "] already exists");
                });
    }

    private static DeveloperEntity.DeveloperFields validate(DeveloperRequest request) {
        if (request == null) {
            throw new InvalidRequestException("Request body is missing");
        }
        String email = requiredText("email", request.email());
        if (!EMAIL.matcher(email).matches()) {
            throw InvalidRequestException.forField("email", email, "Field [email] is not a valid email address");
        }
        return new DeveloperEntity.DeveloperFields(email, requiredText("firstName", request.firstName()),
                requiredText("lastName", request.lastName()), requiredText("userName", request.userName()));
    }

    /** A required text field of at most 255 characters. */
    static String requiredText(String field, String value) {
        if (value == null || value.isBlank()) {
            throw InvalidRequestException.missing(field);
        }
        if (value.length() > MAX_TEXT) {
            throw InvalidRequestException.forField(field, null, "Field [" + field + "] is longer than " + MAX_TEXT
                    + " characters");
        }
        return value.trim();
    }

    /** The status an Edge {@code action} sets. */
    static String status(String action) {
        if (action != null && (action.equalsIgnoreCase("active") || action.equalsIgnoreCase("inactive"))) {
            return action.toLowerCase(Locale.ROOT);
        }
        throw InvalidRequestException.forField("action", action, "Parameter [action] must be active or inactive");
    }

    /** Edge's {@code count}, 1..1000. */
    static int checkCount(int count) {
        if (count < 1 || count > MAX_COUNT) {
            throw InvalidRequestException.forField("count", count,
                    "Parameter [count] must be between 1 and " + MAX_COUNT);
        }
        return count;
    }

    /** The mint view; {@code parents} caches companies by name, and is null to leave the parent out. */
    private MintDeveloper toMint(DeveloperEntity entity, OrganizationProfile organization,
            Map<String, Optional<MintDeveloper>> parents) {
        MintDeveloper parent = null;
        String companyId = entity.attributeOrNull(MintAttributes.COMPANY_ID);
        if (parents != null && !entity.company() && companyId != null) {
            parent = parents.computeIfAbsent(companyId.toLowerCase(Locale.ROOT), key -> developers
                    .findCompanyByName(entity.orgId(), companyId)
                    .map(company -> toMint(company, organization, null))).orElse(null);
        }
        return MintDeveloper.of(entity, organization, parent,
                categories.categoryOf(entity.orgId(), entity.attributeOrNull(MintAttributes.CATEGORY)),
                roles.rolesNamed(entity.orgId(),
                        MintAttributes.roleNames(entity.attributeOrNull(MintAttributes.ROLES))));
    }
}
