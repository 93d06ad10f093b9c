package org.openmint.catalog;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.openmint.currency.CurrencyService;
import org.openmint.error.DuplicateEntityException;
import org.openmint.error.ErrorCode;
import org.openmint.error.ErrorContext;
import org.openmint.error.InvalidRequestException;
import org.openmint.error.MintException;
import org.openmint.error.ResourceNotFoundException;
import org.openmint.product.ApiProduct;
import org.openmint.product.ProductService;
import org.openmint.web.Paging;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, changes, lists and deletes the rate plans of API packages (spec §9.1, §9.2): a draft changes
 * freely and can be deleted; a published plan only takes a new end date and stays. A revision (Part III
 * §16) is a plan that takes over from its parent at its start date; publishing it ends the parent the day
 * before.
 */
@Service
class RatePlanService {

    private final RatePlanRepository ratePlans;
    private final CatalogService catalog;
    private final ProductService products;
    private final CurrencyService currencies;
    private final Clock clock;

    RatePlanService(RatePlanRepository ratePlans, CatalogService catalog, ProductService products,
            CurrencyService currencies, Clock clock) {
        this.ratePlans = ratePlans;
        this.catalog = catalog;
        this.products = products;
        this.currencies = currencies;
        this.clock = clock;
    }

    /** A page of every rate plan of the organization, in id order. */
    @Transactional(readOnly = true)
    RatePlans listAll(String org, Paging paging) {
        CatalogViews views = catalog.views(org);
        Page<RatePlanEntity> page = ratePlans.findByOrgId(org, paging.pageable(Sort.by("id")));
        return new RatePlans(page.getContent().stream().map(views::plan).toList(), page.getTotalElements());
    }

    /**
     * A page of a package's rate plans in id order: with {@code current} only published plans that have not
     * ended, with {@code standardOnly} only STANDARD plans, private plans only with {@code showPrivate}.
     *
     * @throws ResourceNotFoundException when the package does not exist
     */
    @Transactional(readOnly = true)
    RatePlans list(String org, String packageId, boolean current, boolean showPrivate, boolean standardOnly,
            Paging paging) {
        CatalogViews views = catalog.views(org);
        PackageEntity pkg = catalog.findPackage(org, packageId);
        Instant now = clock.instant();
        List<RatePlanEntity> plans = ratePlans.findByOrgIdAndPackageId(org, pkg.id(), Sort.by("id")).stream()
                .filter(p -> !current || p.published() && (p.fields().endDate() == null
                        || p.fields().endDate().isAfter(now)))
                .filter(p -> showPrivate || !p.fields().isPrivate())
                .filter(p -> !standardOnly || p.fields().type().equals("STANDARD"))
                .toList();
        return new RatePlans(paging.slice(plans).stream().map(views::plan).toList(), plans.size());
    }

    /**
     * One rate plan of a package.
     *
     * @throws ResourceNotFoundException when the package or the plan (in that package) does not exist
     */
    @Transactional(readOnly = true)
    RatePlanView get(String org, String packageId, String id) {
        CatalogViews views = catalog.views(org);
        return views.plan(find(org, packageId, id));
    }

    /**
     * Adds a rate plan to a package; its id defaults to {@code {packageId}_{name}}, the name in lower case
     * with dashes for spaces.
     *
     * @throws ResourceNotFoundException when the package or the currency does not exist
     * @throws InvalidRequestException when a field is missing or invalid
     * @throws DuplicateEntityException when a plan with this id exists in the organization
     */
    @Transactional
    RatePlanView create(String org, String packageId, RatePlanRequest request) {
        CatalogViews views = catalog.views(org);
        PackageEntity pkg = catalog.findPackage(org, packageId);
        RatePlanEntity.PlanFields fields = RatePlanRules.validate(request, context(views, pkg), null);
        String id = RequestFields.id("id", request.id(), pkg.id() + "_" + RequestFields.slug(fields.name()));
        if (ratePlans.existsById(new RatePlanEntity.Key(org, id))) {
            throw new DuplicateEntityException("RatePlan", id);
        }
        RatePlanEntity plan = new RatePlanEntity(org, id, pkg.id(), clock.instant());
        plan.replace(fields, clock.instant());
        ratePlans.saveAndFlush(plan);
        return views.plan(plan);
    }

    /**
     * Replaces a draft plan, or changes the end date of a published one: in its body, fields left out keep
     * their value and every other field must stay as it is.
     *
     * @throws ResourceNotFoundException when the package, the plan or the currency does not exist
     * @throws InvalidRequestException when a field is missing or invalid, or a published plan would change
     *         more than its end date
     */
    @Transactional
    RatePlanView update(String org, String packageId, String id, RatePlanRequest request) {
        CatalogViews views = catalog.views(org);
        RatePlanEntity plan = find(org, packageId, id);
        if (request != null && request.id() != null && !request.id().equals(plan.id())) {
            throw InvalidRequestException.forField("id", request.id(),
                    "Field [id] must match the rate plan in the path");
        }
        PackageEntity pkg = catalog.findPackage(org, plan.packageId());
        if (plan.published()) {
            RatePlanEntity.PlanFields current = plan.fields();
            RatePlanEntity.PlanFields requested = RatePlanRules.validate(request, context(views, pkg), current);
            String changed = firstDifference(current, requested.withEndDate(current.endDate()));
            if (changed != null) {
                throw new MintException(ErrorCode.INVALID_REQUEST, "RatePlan [" + plan.id()
                        + "] is published: only its endDate can change, not " + changed,
                        List.of(new ErrorContext(changed, null)));
            }
            plan.changeEndDate(requested.endDate(), clock.instant());
        } else {
            plan.replace(RatePlanRules.validate(request, context(views, pkg), null), clock.instant());
            if (plan.parentRatePlanId() != null) {
                revised(views, catalog.findRatePlan(org, plan.parentRatePlanId()), plan);
            }
        }
        ratePlans.flush();
        return views.plan(plan);
    }

    /**
     * Adds a revision of a plan (Part III §16): the body is a full rate plan whose absent fields are the
     * parent's; its id, unless the body gives one (the PHP client does not), is {@code {parentId}-rev} (then
     * {@code -rev2}, ...), and its package the parent's. Published, it ends the parent the day before it starts.
     *
     * @throws ResourceNotFoundException when the package, the plan or the currency does not exist
     * @throws InvalidRequestException when a field is missing or invalid
     * @throws MintException {@code mint.invalidRevisionStartDate} when it starts too early (§16 rule 2)
     * @throws DuplicateEntityException when a plan with the given id exists, or it is published and the parent
     *         already has a published revision
     */
    @Transactional
    RatePlanView revise(String org, String packageId, String parentId, RatePlanRequest request) {
        CatalogViews views = catalog.views(org);
        RatePlanEntity parent = find(org, packageId, parentId);
        PackageEntity pkg = catalog.findPackage(org, parent.packageId());
        RatePlanEntity.PlanFields fields = RatePlanRules.validate(request, context(views, pkg),
                RatePlanRevisionRules.inherited(parent.fields()));
        String id = RequestFields.id("id", request.id(), revisionId(org, parent.id()));
        if (ratePlans.existsById(new RatePlanEntity.Key(org, id))) {
            throw new DuplicateEntityException("RatePlan", id);
        }
        RatePlanEntity revision = new RatePlanEntity(org, id, pkg.id(), parent.id(), clock.instant());
        revision.replace(fields, clock.instant());
        revised(views, parent, revision);
        ratePlans.saveAndFlush(revision);
        return views.plan(revision);
    }

    /** Checks a new or changed revision's start and, when it is published, ends its parent the day before. */
    private void revised(CatalogViews views, RatePlanEntity parent, RatePlanEntity revision) {
        ZoneId zone = views.organization().zone();
        RatePlanEntity.PlanFields fields = revision.fields();
        Optional<RatePlanEntity> published = ratePlans
                .findByOrgIdAndParentRatePlanIdAndPublishedTrue(parent.orgId(), parent.id())
                .filter(other -> !other.id().equals(revision.id()));
        if (fields.published() && published.isPresent()) {
            throw new DuplicateEntityException("RatePlan [" + parent.id() + "] already has a published revision ["
                    + published.get().id() + "]");
        }
        boolean endSetByRevision = published.isPresent() && parent.fields().endDate() != null
                && parent.fields().endDate().equals(
                        RatePlanRevisionRules.parentEnd(published.get().fields().startDate(), zone));
        RatePlanRevisionRules.checkStart(parent.fields(), endSetByRevision, fields.startDate(), clock.instant(),
                zone);
        if (fields.published() && parent.fields().endDate() == null) {
            parent.changeEndDate(RatePlanRevisionRules.parentEnd(fields.startDate(), zone), clock.instant());
        }
    }

    /** {@code {parentId}-rev}, or the first of {@code -rev2}, {@code -rev3}, ... that is free. */
    private String revisionId(String org, String parentId) {
        String id = parentId + "-rev";
        for (int n = 2; ratePlans.existsById(new RatePlanEntity.Key(org, id)); n++) {
            id = parentId + "-rev" + n;
        }
        return id;
    }

    /**
     * Deletes a draft plan.
     *
     * @throws ResourceNotFoundException when the package or the plan does not exist
     * @throws MintException {@code mint.invalidRequest} when the plan is published
     */
    @Transactional
    void delete(String org, String packageId, String id) {
        catalog.requireOrganization(org);
        RatePlanEntity plan = find(org, packageId, id);
        if (plan.published()) {
            throw new MintException(ErrorCode.INVALID_REQUEST,
                    "RatePlan [" + plan.id() + "] is published and cannot be deleted",
                    List.of(new ErrorContext("published", "true")));
        }
        if (ratePlans.existsByOrgIdAndParentRatePlanId(org, plan.id())) {
            throw new MintException(ErrorCode.INVALID_REQUEST,
                    "RatePlan [" + plan.id() + "] has revisions and cannot be deleted",
                    List.of(new ErrorContext("id", plan.id())));
        }
        ratePlans.delete(plan);
        ratePlans.flush();
    }

    private RatePlanEntity find(String org, String packageId, String id) {
        catalog.requireOrganization(org);
        PackageEntity pkg = catalog.findPackage(org, packageId);
        RatePlanEntity plan = catalog.findRatePlan(org, id);
        if (!plan.packageId().equals(pkg.id())) {
            throw new ResourceNotFoundException("RatePlan", id);
        }
        return plan;
    }

    private RatePlanRules.Context context(CatalogViews views, PackageEntity pkg) {
        String org = views.organization().id();
        Map<String, Integer> customAttributes = new HashMap<>();
        for (String productId : pkg.productIds()) {
            ApiProduct product = products.require(org, productId);
            for (int n = 1; n <= ApiProduct.MAX_CUSTOM_ATTRIBUTES; n++) {
                String name = product.customAttributeName(n);
                if (name != null && !name.isBlank()) {
                    customAttributes.putIfAbsent(name.trim(), n);
                }
            }
        }
        return new RatePlanRules.Context(org, views.organization().zone(), pkg.id(), new HashSet<>(pkg.productIds()),
                customAttributes, id -> currencies.require(org, id));
    }

    /** The name of the first field whose value differs, or null when none does. */
    private static String firstDifference(RatePlanEntity.PlanFields a, RatePlanEntity.PlanFields b) {
        for (RecordComponent component : RatePlanEntity.PlanFields.class.getRecordComponents()) {
            try {
                if (!Objects.equals(component.getAccessor().invoke(a), component.getAccessor().invoke(b))) {
                    return component.getName().equals("details") ? "ratePlanDetails" : component.getName();
                }
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException(e);
            }
        }
        return null;
    }
}
