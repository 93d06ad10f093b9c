package org.openmint.catalog;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.openmint.cache.ReferenceCache;
import org.openmint.currency.CurrencyService;
import org.openmint.currency.SupportedCurrency;
import org.openmint.error.DuplicateEntityException;
import org.openmint.error.InvalidRequestException;
import org.openmint.error.ResourceNotFoundException;
import org.openmint.money.Money;
import org.openmint.organization.OrganizationProfile;
import org.openmint.organization.OrganizationService;
import org.openmint.product.ApiProduct;
import org.openmint.product.MintProduct;
import org.openmint.product.ProductService;
import org.openmint.web.Paging;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalog: API packages of products and the rate plans that price them (spec §9.1, §9.2). Other
 * features read products, packages and rate plans here, as records to validate and price with and as
 * views to embed in their responses.
 */
@Service
public class CatalogService {

    /** Ids of packages and rate plans: what a URL path segment carries without trouble. */
    static final Pattern ID = Pattern.compile("[A-Za-z0-9._$%~@-][A-Za-z0-9 ._$%~@-]{0,254}");
    private static final Set<String> PACKAGE_STATUSES = Set.of("CREATED", "ACTIVE", "INACTIVE");

    private final PackageRepository packages;
    private final RatePlanRepository ratePlans;
    private final ProductService products;
    private final CurrencyService currencies;
    private final OrganizationService organizations;
    private final ReferenceCache cache;
    private final Clock clock;

    CatalogService(PackageRepository packages, RatePlanRepository ratePlans, ProductService products,
            CurrencyService currencies, OrganizationService organizations, ReferenceCache cache, Clock clock) {
        this.packages = packages;
        this.ratePlans = ratePlans;
        this.products = products;
        this.currencies = currencies;
        this.organizations = organizations;
        this.cache = cache;
        this.clock = clock;
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
        Views views = views(org);
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
            return toRatePlan(plan, findPackage(org, plan.packageId()));
        });
    }

    /**
     * The view of a rate plan as {@code GET .../rate-plans/{id}} shows it, to embed in responses.
     *
     * @throws ResourceNotFoundException when the organization or the plan does not exist
     */
    @Transactional(readOnly = true)
    public RatePlanView ratePlanView(String org, String ratePlanId) {
        Views views = views(org);
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
            plans.add(toRatePlan(plan, pkg));
        }
        return plans;
    }

    /** A page of the organization's products in the mint view; with {@code monetized}, only those with a published plan. */
    @Transactional(readOnly = true)
    Map<String, Object> listProducts(String org, boolean monetized, Paging paging) {
        OrganizationProfile organization = organizations.get(org);
        List<String> ids = monetized
                ? packages.findMonetizedProductIds(org).stream().sorted().toList()
                : products.names(org).stream().sorted().toList();
        return Paging.envelope("product", products.mintViews(org, organization, paging.slice(ids)), ids.size());
    }

    /** A page of the organization's packages in id order; with {@code monetized}, only those with a published plan. */
    @Transactional(readOnly = true)
    Map<String, Object> listPackages(String org, boolean monetized, Paging paging) {
        Views views = views(org);
        Page<PackageEntity> page = monetized
                ? packages.findMonetizedByOrgId(org, paging.pageable(Sort.by("id")))
                : packages.findByOrgId(org, paging.pageable(Sort.by("id")));
        return Paging.envelope("monetizationPackage", page.getContent().stream().map(views::pkg).toList(),
                page.getTotalElements());
    }

    /**
     * Adds an API package of existing products; its id defaults to its name in lower case with dashes for spaces.
     *
     * @throws InvalidRequestException when a field is missing or invalid
     * @throws ResourceNotFoundException when a product does not exist
     * @throws DuplicateEntityException when a package with this id exists
     */
    @Transactional
    MonetizationPackage createPackage(String org, PackageRequest request) {
        Views views = views(org);
        if (request == null) {
            throw new InvalidRequestException("Request body is missing");
        }
        if (request.organization() != null && request.organization().id() != null
                && !request.organization().id().equals(org)) {
            throw InvalidRequestException.forField("organization", request.organization().id(),
                    "Field [organization] must be the organization in the path");
        }
        String name = requiredText("name", request.name());
        String displayName = requiredText("displayName", request.displayName());
        String description = requiredText("description", request.description());
        String status = request.status() == null || request.status().isBlank()
                ? "CREATED"
                : request.status().trim().toUpperCase(Locale.ROOT);
        if (!PACKAGE_STATUSES.contains(status)) {
            throw InvalidRequestException.forField("status", request.status(),
                    "Field [status] must be one of " + PACKAGE_STATUSES.stream().sorted().toList());
        }
        if (request.product() == null || request.product().isEmpty()) {
            throw InvalidRequestException.missing("product");
        }
        Set<String> productIds = new LinkedHashSet<>();
        for (RatePlanView.Ref ref : request.product()) {
            if (ref == null || ref.id() == null || ref.id().isBlank()) {
                throw InvalidRequestException.missing("product.id");
            }
            productIds.add(products.require(org, ref.id().trim()).name());
        }
        String id = id("id", request.id(), slug(name));
        if (packages.existsById(new PackageEntity.Key(org, id))) {
            throw new DuplicateEntityException("MonetizationPackage", id);
        }
        PackageEntity entity = new PackageEntity(org, id, name, displayName, description, status,
                List.copyOf(productIds), clock.instant());
        packages.saveAndFlush(entity);
        return views.pkg(entity);
    }

    /**
     * Deletes a package that has no rate plans.
     *
     * @throws ResourceNotFoundException when the package does not exist
     * @throws InvalidRequestException when it has rate plans
     */
    @Transactional
    void deletePackage(String org, String packageId) {
        requireOrganization(org);
        PackageEntity entity = findPackage(org, packageId);
        if (ratePlans.existsByOrgIdAndPackageId(org, entity.id())) {
            throw InvalidRequestException.forField("id", entity.id(),
                    "MonetizationPackage [" + entity.id() + "] has rate plans and cannot be deleted");
        }
        packages.delete(entity);
        packages.flush();
    }

    /**
     * Adds an existing product to a package.
     *
     * @throws ResourceNotFoundException when the package or the product does not exist
     * @throws DuplicateEntityException when the package already holds the product
     */
    @Transactional
    void addProduct(String org, String packageId, String productId) {
        requireOrganization(org);
        PackageEntity entity = findPackage(org, packageId);
        String name = products.require(org, productId).name();
        if (!entity.addProduct(name, clock.instant())) {
            throw new DuplicateEntityException("Product [" + name + "] is already part of monetization package ["
                    + entity.id() + "]");
        }
        packages.flush();
    }

    /**
     * Removes a product from a package; the last product stays, and so does one a rate plan detail prices.
     *
     * @throws ResourceNotFoundException when the package does not exist or does not hold the product
     * @throws InvalidRequestException when it is the package's last product or a rate plan detail is specific to it
     */
    @Transactional
    void removeProduct(String org, String packageId, String productId) {
        requireOrganization(org);
        PackageEntity entity = findPackage(org, packageId);
        String name = entity.productIds().stream().filter(p -> p.equals(productId)).findFirst()
                .or(() -> entity.productIds().stream().filter(p -> p.equalsIgnoreCase(productId)).findFirst())
                .orElseThrow(() -> new ResourceNotFoundException("Product", productId));
        if (entity.productIds().size() == 1) {
            throw InvalidRequestException.forField("product", name,
                    "Product [" + name + "] is the last product of monetization package [" + entity.id() + "]");
        }
        List<String> plans = ratePlans.findIdsWithDetailForProduct(org, entity.id(), name);
        if (!plans.isEmpty()) {
            throw InvalidRequestException.forField("product", name,
                    "Product [" + name + "] has product-specific details in rate plans " + plans);
        }
        entity.removeProduct(name, clock.instant());
        packages.flush();
    }

    /** The views of one organization's catalog, reading each package and currency once. */
    Views views(String org) {
        return new Views(org, organizations.get(org));
    }

    PackageEntity findPackage(String org, String packageId) {
        return packages.findByOrgIdAndId(org, packageId)
                .orElseThrow(() -> new ResourceNotFoundException("MonetizationPackage", packageId));
    }

    RatePlanEntity findRatePlan(String org, String ratePlanId) {
        return ratePlans.findByOrgIdAndId(org, ratePlanId)
                .orElseThrow(() -> new ResourceNotFoundException("RatePlan", ratePlanId));
    }

    void requireOrganization(String org) {
        if (!organizations.exists(org)) {
            throw new ResourceNotFoundException("Organization", org);
        }
    }

    /** A package or rate plan id: the one given, or one made from the name. */
    static String id(String field, String given, String made) {
        String id = given == null || given.isBlank() ? made : given.trim();
        if (!ID.matcher(id).matches()) {
            throw InvalidRequestException.forField(field, id, given == null || given.isBlank()
                    ? "Cannot make an id from the name; give an id of letters, digits and . _ - $ % ~ @"
                    : "Field [" + field + "] may only hold letters, digits, spaces and . _ - $ % ~ @");
        }
        return id;
    }

    /** The name as Apigee turns it into an id: lower case, dashes for spaces. */
    static String slug(String name) {
        return name.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", "-");
    }

    private static String requiredText(String field, String value) {
        if (value == null || value.isBlank()) {
            throw InvalidRequestException.missing(field);
        }
        if (value.length() > 255 && !field.equals("description")) {
            throw InvalidRequestException.forField(field, null, "Field [" + field + "] is longer than 255 characters");
        }
        return value.trim();
    }

    private static RatePlan toRatePlan(RatePlanEntity entity, PackageEntity pkg) {
        RatePlanEntity.PlanFields f = entity.fields();
        List<RatePlanDetail> details = new ArrayList<>();
        for (RatePlanDetailEntity detail : entity.details()) {
            details.add(toDetail(detail, f.freemiumUnit()));
        }
        return new RatePlan(entity.id(), f.name(), f.displayName(), entity.packageId(), pkg.productIds(),
                RatePlan.Type.valueOf(f.type()), f.developerId(), f.developerCategoryId(), f.published(),
                f.isPrivate(), f.startDate(), f.endDate(), f.currencyId(), f.setUpFee(),
                f.recurringFee() == null ? Money.ZERO : f.recurringFee(),
                f.earlyTerminationFee() == null ? Money.ZERO : f.earlyTerminationFee(), f.advance(), f.prorate(),
                f.frequencyDuration(), f.frequencyDurationType(), f.recurringType(), f.recurringStartUnit(),
                f.contractDuration(), f.contractDurationType(), f.paymentDueDays(), f.freemiumUnit(),
                List.copyOf(details));
    }

    /** A detail as pricing reads it; a detail without free units takes the plan's. */
    private static RatePlanDetail toDetail(RatePlanDetailEntity entity, Long planFreemiumUnit) {
        RatePlanEntity.DetailFields d = entity.fields();
        List<String> rateIds = entity.rateIds();
        List<RatePlanDetail.Band> rates = new ArrayList<>();
        List<RatePlanDetail.Band> shares = new ArrayList<>();
        for (int i = 0; i < d.rates().size(); i++) {
            RatePlanEntity.RateFields rate = d.rates().get(i);
            if (rate.type().equals("RATECARD")) {
                rates.add(new RatePlanDetail.Band(rateIds.get(i), rate.startUnit(), rate.endUnit(), rate.rate()));
            } else {
                shares.add(new RatePlanDetail.Band(rateIds.get(i), rate.startUnit(), rate.endUnit(), rate.revshare()));
            }
        }
        rates.sort(Comparator.comparingLong(RatePlanDetail.Band::startUnit));
        shares.sort(Comparator.comparingLong(RatePlanDetail.Band::startUnit));
        long freemium = d.freemiumUnit() == 0 && planFreemiumUnit != null ? planFreemiumUnit : d.freemiumUnit();
        return new RatePlanDetail(entity.id(), RatePlanDetail.Type.valueOf(d.type()),
                RatePlanDetail.MeteringType.valueOf(d.meteringType()), d.ratingParameter(),
                d.customAttribute() == null ? 0 : d.customAttribute(), d.productId(), d.currencyId(), d.duration(),
                d.durationType(), freemium, d.freemiumDuration(), d.freemiumDurationType(),
                d.aggregateFreemiumCounters(), d.aggregateStandardCounters(), List.copyOf(rates), List.copyOf(shares));
    }

    /** Builds the views of one organization's packages and rate plans. */
    final class Views {

        private final String org;
        private final OrganizationProfile organization;
        private final Map<String, MonetizationPackage> packageViews = new HashMap<>();
        private final Map<String, SupportedCurrency> currencyViews = new HashMap<>();

        private Views(String org, OrganizationProfile organization) {
            this.org = org;
            this.organization = organization;
        }

        OrganizationProfile organization() {
            return organization;
        }

        MonetizationPackage pkg(PackageEntity entity) {
            return packageViews.computeIfAbsent(entity.id(), id -> new MonetizationPackage(entity.description(),
                    entity.displayName(), entity.id(), entity.name(), organization,
                    products.mintViews(org, organization, entity.productIds()), entity.status()));
        }

        SupportedCurrency currency(String currencyId) {
            return currencyViews.computeIfAbsent(currencyId, id -> currencies.require(org, id));
        }

        RatePlanView plan(RatePlanEntity entity) {
            MonetizationPackage pkg = packageViews.containsKey(entity.packageId())
                    ? packageViews.get(entity.packageId())
                    : pkg(findPackage(org, entity.packageId()));
            RatePlanEntity.PlanFields f = entity.fields();
            List<RatePlanView.Detail> details = new ArrayList<>();
            for (RatePlanDetailEntity detail : entity.details()) {
                details.add(detail(detail));
            }
            return new RatePlanView(f.advance(), f.contractDuration(), f.contractDurationType(),
                    currency(f.currencyId()), f.customPaymentTerm(), f.description(),
                    f.developerId() == null ? null : new RatePlanView.Ref(f.developerId()),
                    f.developerCategoryId() == null ? null : new RatePlanView.Ref(f.developerCategoryId()),
                    f.displayName(), f.earlyTerminationFee(), PlanDates.format(f.endDate(), organization.zone()),
                    f.freemiumDuration(), f.freemiumDurationType(), f.freemiumUnit(), f.frequencyDuration(),
                    f.frequencyDurationType(), entity.id(), f.isPrivate(), f.keepOriginalStartDate(), pkg, f.name(),
                    organization, f.paymentDueDays(), f.prorate(), f.published(), details, f.recurringFee(),
                    f.recurringStartUnit(), f.recurringType(), f.setUpFee(),
                    PlanDates.format(f.startDate(), organization.zone()), f.type());
        }

        private RatePlanView.Detail detail(RatePlanDetailEntity entity) {
            RatePlanEntity.DetailFields d = entity.fields();
            List<String> rateIds = entity.rateIds();
            List<RatePlanView.Rate> rates = new ArrayList<>();
            for (int i = 0; i < d.rates().size(); i++) {
                RatePlanEntity.RateFields rate = d.rates().get(i);
                rates.add(new RatePlanView.Rate(rate.endUnit(), rateIds.get(i), rate.rate(), rate.revshare(),
                        rate.startUnit(), rate.type()));
            }
            MintProduct product = d.productId() == null
                    ? null
                    : products.mintViews(org, organization, List.of(d.productId())).get(0);
            return new RatePlanView.Detail(d.aggregateFreemiumCounters(), d.aggregateStandardCounters(),
                    d.aggregateTransactions(), currency(d.currencyId()), d.customPaymentTerm(), d.duration(),
                    d.durationType(), d.freemiumDuration(), d.freemiumDurationType(), d.freemiumUnit(), entity.id(),
                    d.meteringType(), organization, d.paymentDueDays(), product, rates, d.ratingParameter(),
                    d.ratingParameterUnit(), d.revenueType(), d.type());
        }
    }
}
