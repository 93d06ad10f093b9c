package org.openmint.category;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.openmint.cache.ReferenceCache;
import org.openmint.error.DuplicateEntityException;
import org.openmint.error.ErrorCode;
import org.openmint.error.InvalidRequestException;
import org.openmint.error.MintException;
import org.openmint.error.ResourceNotFoundException;
import org.openmint.organization.OrganizationService;
import org.openmint.web.Paging;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Manages an organization's developer categories (spec §14.1) and tells the other features what an id names. */
@Service
public class DeveloperCategoryService {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._~-]{1,255}");

    private final DeveloperCategoryRepository categories;
    private final OrganizationService organizations;
    private final List<CategoryUsage> usages;
    private final ReferenceCache cache;
    private final Clock clock;

    DeveloperCategoryService(DeveloperCategoryRepository categories, OrganizationService organizations,
            List<CategoryUsage> usages, ReferenceCache cache, Clock clock) {
        this.categories = categories;
        this.organizations = organizations;
        this.usages = usages;
        this.cache = cache;
        this.clock = clock;
    }

    /**
     * The category an account's {@code MINT_DEVELOPER_CATEGORY} names: in full when the organization has it,
     * else by its id alone, so that the account still shows what it was given; null for a null id.
     */
    public DeveloperCategory categoryOf(String org, String categoryId) {
        if (categoryId == null) {
            return null;
        }
        DeveloperCategory category = all(org).get(categoryId);
        return category != null ? category : DeveloperCategory.unknown(categoryId);
    }

    /** Every category of the organization by id, from the reference cache. */
    private Map<String, DeveloperCategory> all(String org) {
        return cache.get("developer-categories", org, "", () -> categories.findAllByOrgId(org).stream()
                .map(DeveloperCategoryEntity::toView)
                .collect(Collectors.toUnmodifiableMap(DeveloperCategory::id, Function.identity())));
    }

    /** A page of the organization's categories, ordered by name. */
    @Transactional(readOnly = true)
    DeveloperCategories list(String org, Paging paging) {
        organizations.get(org);
        Page<DeveloperCategoryEntity> page = categories.findByOrgId(org, paging.pageable(Sort.unsorted()));
        return new DeveloperCategories(page.getContent().stream().map(DeveloperCategoryEntity::toView).toList(),
                page.getTotalElements());
    }

    /**
     * One category of the organization.
     *
     * @throws ResourceNotFoundException when the organization or the category does not exist
     */
    @Transactional(readOnly = true)
    DeveloperCategory get(String org, String id) {
        organizations.get(org);
        return find(org, id).toView();
    }

    /**
     * Adds a category with a new UUID, or with the {@code id} the request gives when it is free.
     *
     * @throws InvalidRequestException when the name is missing or a field is invalid
     * @throws DuplicateEntityException when the id or the name (any case) already exists in the organization
     */
    @Transactional
    DeveloperCategory create(String org, DeveloperCategory request) {
        organizations.get(org);
        requireBody(request);
        String id = request.id() == null || request.id().isBlank() ? UUID.randomUUID().toString() : request.id();
        if (!ID.matcher(id).matches()) {
            throw InvalidRequestException.forField("id", id, "Field [id] may only hold letters, digits and . _ ~ -");
        }
        String name = Texts.name(request.name());
        String description = Texts.description(request.description());
        if (categories.existsById(new DeveloperCategoryEntity.Key(org, id))) {
            throw new DuplicateEntityException("DeveloperCategory", id);
        }
        requireUniqueName(org, name, null);
        DeveloperCategoryEntity entity = new DeveloperCategoryEntity(org, id, clock.instant());
        entity.replace(name, description, clock.instant());
        categories.saveAndFlush(entity);
        return entity.toView();
    }

    /**
     * Replaces a category's name and description.
     *
     * @throws ResourceNotFoundException when the category does not exist
     * @throws InvalidRequestException when the name is missing, a field is invalid or the body names another id
     * @throws DuplicateEntityException when another category has the name (any case)
     */
    @Transactional
    DeveloperCategory update(String org, String id, DeveloperCategory request) {
        organizations.get(org);
        DeveloperCategoryEntity entity = find(org, id);
        requireBody(request);
        if (request.id() != null && !request.id().equals(id)) {
            throw InvalidRequestException.forField("id", request.id(),
                    "Field [id] must match the developer category in the path");
        }
        String name = Texts.name(request.name());
        String description = Texts.description(request.description());
        requireUniqueName(org, name, id);
        entity.replace(name, description, clock.instant());
        categories.flush();
        return entity.toView();
    }

    /**
     * Deletes a category that nothing uses.
     *
     * @throws ResourceNotFoundException when the category does not exist
     * @throws MintException {@code mint.developerCategoryInUse} when a developer, company or rate plan uses it
     */
    @Transactional
    void delete(String org, String id) {
        organizations.get(org);
        DeveloperCategoryEntity entity = categories.findForUpdateByOrgIdAndId(org, id)
                .orElseThrow(() -> notFound(id));
        for (CategoryUsage usage : usages) {
            String what = usage.categoryUsage(org, id);
            if (what != null) {
                throw new MintException(ErrorCode.DEVELOPER_CATEGORY_IN_USE,
                        "Developer category [" + id + "] cannot be deleted: it is used by " + what);
            }
        }
        categories.delete(entity);
        categories.flush();
    }

    private DeveloperCategoryEntity find(String org, String id) {
        return categories.findByOrgIdAndId(org, id).orElseThrow(() -> notFound(id));
    }

    private static ResourceNotFoundException notFound(String id) {
        return new ResourceNotFoundException("DeveloperCategory", id);
    }

    private void requireUniqueName(String org, String name, String exceptId) {
        categories.findByOrgIdAndNameIgnoreCase(org, name)
                .filter(other -> !Objects.equals(other.id(), exceptId))
                .ifPresent(other -> {
                    throw new DuplicateEntityException("DeveloperCategory with name [" + name + "] already exists");
                });
    }

    private static void requireBody(DeveloperCategory request) {
        if (request == null) {
            throw new InvalidRequestException("Request body is missing");
        }
    }
}
