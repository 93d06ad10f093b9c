package org.openmint.catalog;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.openmint.cache.ReferenceCache;
import org.openmint.category.DeveloperCategoryService;
import org.openmint.currency.CurrencyService;
import org.openmint.developer.DeveloperService;
import org.openmint.error.ResourceNotFoundException;
import org.openmint.organization.OrganizationProfile;
import org.openmint.organization.OrganizationService;
import org.openmint.product.ApiProduct;
import org.openmint.product.MintProduct;
import org.openmint.product.ProductService;
import org.openmint.web.Paging;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalog as other features read it: API products, packages and the rate plans that price them
 * (spec §9.1, §9.2), as records to validate and price with and as views to embed in their responses.
 * Packages change in {@link PackageService}, rate plans in {@link RatePlanService}.
 */
@Service
public class CatalogService {

    private final PackageRepository packages;
    private final RatePlanRepository ratePlans;
    private final ProductService products;
    private final CurrencyService currencies;
    private final OrganizationService organizations;
    private final DeveloperService developers;
    private final DeveloperCategoryService categories;
    private final ReferenceCache cache;

    CatalogService(PackageRepository packages, RatePlanRepository ratePlans, ProductService products,
            CurrencyService currencies, OrganizationService organizations, DeveloperService developers,
            DeveloperCategoryService categories, ReferenceCache cache) {
        this.packages = packages;
        this.ratePlans = ratePlans;
        this.products = products;
        this.currencies = currencies;
        this.organizations = organizations;
        this.developers = developers;
        this.categories = categories;
        this.cache = cache;
    }

    /**
     * The API product with this id (its name, in any case).
     *
     * @throws ResourceNotFoundException when the organization or the product does not exist
     */
    public ApiProduct requireProduct(String org, String productIdOrName) {
        return products.require(org, productIdOrName);
    }

    /**
     * The mint view of a product, to embed in responses.
     *
     * @throws ResourceNotFoundException when the organization or the product does not exist
     */
    public MintProduct productView(String org, String productId) {
        return products.mintView(org, productId);
    }

    /**
     * The view of an API package, with its products and the organization.
     *
     * @throws ResourceNotFoundException when the organization or the package does not exist
     */
    @Transactional(readOnly = true)
    public MonetizationPackage packageView(String org, String packageId) {
        CatalogViews views = views(org);
        return views.pkg(findPackage(org, packageId));
    }

    /**
     * The rate plan with this id, to validate and price with.
     *
     * @throws ResourceNotFoundException ({@code RatePlan with id [x] does not exist}) when the organization
     *         or the plan does not exist
     */
    public RatePlan requireRatePlan(String org, String ratePlanId) {
        return cache.get("rate-plan", org, ratePlanId, () -> {
            requireOrganization(org);
            RatePlanEntity plan = findRatePlan(org, ratePlanId);
            return RatePlan.from(plan, findPackage(org, plan.packageId()).productIds());
        });
    }

    /**
     * The plan that prices usage at {@code at} for an account that accepted {@code ratePlanId}: that plan
     * while it is in effect, and from its start date its published revision, which replaces it (Part III
     * §16), and so on down the revisions. Empty when none of them is in effect then.
     *
     * @throws ResourceNotFoundException when the organization or the plan does not exist
     */
    public Optional<RatePlan> ratePlanInEffect(String org, String ratePlanId, Instant at) {
        return revisionChain(org, ratePlanId).inEffectAt(at);
    }

    /**
     * The end date of the plan's last published revision, or of the plan when it has none: an account on the plan
     * is priced by its revisions up to then (Part III §16). Null when the last one has no end.
     *
     * @throws ResourceNotFoundException when the organization or the plan does not exist
     */
    public Instant revisionsEndDate(String org, String ratePlanId) {
        List<RatePlan> plans = revisionChain(org, ratePlanId).plans();
        return plans.get(plans.size() - 1).endDate();
    }

    private RevisionChain revisionChain(String org, String ratePlanId) {
        return cache.get("rate-plan-revisions", org, ratePlanId, () -> {
            requireOrganization(org);
            List<RatePlan> chain = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            Optional<RatePlanEntity> next = Optional.of(findRatePlan(org, ratePlanId));
            while (next.isPresent() && seen.add(next.get().id())) {
                RatePlanEntity plan = next.get();
                chain.add(RatePlan.from(plan, findPackage(org, plan.packageId()).productIds()));
                next = ratePlans.findByOrgIdAndParentRatePlanIdAndPublishedTrue(org, plan.id());
            }
            return new RevisionChain(List.copyOf(chain), organizations.get(org).zone());
        });
    }

    /**
     * The plan's id, then the id of the plan it revises, and so on up the revisions (Part III §16): the plans
     * whose developers the plan prices when it is in effect. Just the id for a plan that does not exist.
     */
    @Transactional(readOnly = true)
    public List<String> ratePlanAndRevised(String org, String ratePlanId) {
        List<String> ids = new ArrayList<>(List.of(ratePlanId));
        Optional<RatePlanEntity> plan = ratePlans.findByOrgIdAndId(org, ratePlanId);
        while (plan.isPresent() && plan.get().parentRatePlanId() != null
                && !ids.contains(plan.get().parentRatePlanId())) {
            ids.add(plan.get().parentRatePlanId());
            plan = ratePlans.findByOrgIdAndId(org, plan.get().parentRatePlanId());
        }
        return List.copyOf(ids);
    }

    /**
     * The view of a rate plan as {@code GET .../rate-plans/{id}} shows it, to embed in responses.
     *
     * @throws ResourceNotFoundException when the organization or the plan does not exist
     */
    @Transactional(readOnly = true)
    public RatePlanView ratePlanView(String org, String ratePlanId) {
        CatalogViews views = views(org);
        return views.plan(findRatePlan(org, ratePlanId));
    }

    /**
     * Every rate plan (draft, published, ended) of every package that holds the product, in id order;
     * callers pick the ones in effect ({@link RatePlan#inEffectAt}).
     *
     * @throws ResourceNotFoundException when the organization or the product does not exist
     */
    @Transactional(readOnly = true)
    public List<RatePlan> ratePlansForProduct(String org, String productId) {
        ApiProduct product = products.require(org, productId);
        List<String> packageIds = packages.findIdsByOrgIdAndProductId(org, product.name());
        if (packageIds.isEmpty()) {
            return List.of();
        }
        Map<String, PackageEntity> byId = new HashMap<>();
        List<RatePlan> plans = new ArrayList<>();
        for (RatePlanEntity plan : ratePlans.findByOrgIdAndPackageIdIn(org, packageIds, Sort.by("id"))) {
            PackageEntity pkg = byId.computeIfAbsent(plan.packageId(), id -> findPackage(org, id));
            plans.add(RatePlan.from(plan, pkg.productIds()));
        }
        return plans;
    }

    /** Whether a package holds the product (its name). */
    @Transactional(readOnly = true)
    public boolean inAnyPackage(String org, String productName) {
        return !packages.findIdsByOrgIdAndProductId(org, productName).isEmpty();
    }

    /**
     * The names of the organization's products that no published rate plan prices: those in no package with a
     * published plan (spec §15.3).
     *
     * @throws ResourceNotFoundException when the organization does not exist
     */
    @Transactional(readOnly = true)
    public Set<String> productsWithoutPublishedPlan(String org) {
        requireOrganization(org);
        Set<String> names = new HashSet<>(products.names(org));
        names.removeAll(packages.findMonetizedProductIds(org));
        return names;
    }

    /**
     * The mint views of these products of the organization, in this order.
     *
     * @throws ResourceNotFoundException when the organization or a product does not exist
     */
    @Transactional(readOnly = true)
    public List<MintProduct> productViews(String org, List<String> productNames) {
        return products.mintViews(org, organizations.get(org), productNames);
    }

    /** A page of the organization's products in the mint view; with {@code monetized}, only those with a published plan. */
    @Transactional(readOnly = true)
    MintProducts listProducts(String org, boolean monetized, Paging paging) {
        OrganizationProfile organization = organizations.get(org);
        List<String> ids = monetized
                ? packages.findMonetizedProductIds(org).stream().sorted().toList()
                : products.names(org).stream().sorted().toList();
        return new MintProducts(products.mintViews(org, organization, paging.slice(ids)), ids.size());
    }

    /** The views of one organization's catalog, reading each package and currency once. */
    CatalogViews views(String org) {
        return new CatalogViews(org, organizations.get(org), products, currencies, id -> findPackage(org, id),
                reference -> developers.mintViewOfReference(org, reference), id -> categories.categoryOf(org, id),
                id -> findRatePlan(org, id));
    }

    /**
     * The package with this id.
     *
     * @throws ResourceNotFoundException when it does not exist
     */
    PackageEntity findPackage(String org, String packageId) {
        return packages.findByOrgIdAndId(org, packageId)
                .orElseThrow(() -> new ResourceNotFoundException("MonetizationPackage", packageId));
    }

    /**
     * The rate plan with this id.
     *
     * @throws ResourceNotFoundException when it does not exist
     */
    RatePlanEntity findRatePlan(String org, String ratePlanId) {
        return ratePlans.findByOrgIdAndId(org, ratePlanId)
                .orElseThrow(() -> new ResourceNotFoundException("RatePlan", ratePlanId));
    }

    /**
     * Checks that the organization exists.
     *
     * @throws ResourceNotFoundException when it does not
     */
    void requireOrganization(String org) {
        if (!organizations.exists(org)) {
            throw new ResourceNotFoundException("Organization", org);
        }
    }
}
