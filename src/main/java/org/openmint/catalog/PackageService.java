package org.openmint.catalog;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.openmint.error.DuplicateEntityException;
import org.openmint.error.InvalidRequestException;
import org.openmint.error.ResourceNotFoundException;
import org.openmint.product.ProductService;
import org.openmint.web.Paging;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, lists and deletes API packages and changes their products (spec §9.1): a package holds at
 * least one product, keeps a product a rate plan detail prices, and is deleted only without rate plans.
 */
@Service
class PackageService {

    private static final Set<String> PACKAGE_STATUSES = Set.of("CREATED", "ACTIVE", "INACTIVE");

    private final PackageRepository packages;
    private final RatePlanRepository ratePlans;
    private final CatalogService catalog;
    private final ProductService products;
    private final Clock clock;

    PackageService(PackageRepository packages, RatePlanRepository ratePlans, CatalogService catalog,
            ProductService products, Clock clock) {
        this.packages = packages;
        this.ratePlans = ratePlans;
        this.catalog = catalog;
        this.products = products;
        this.clock = clock;
    }

    /** A page of the organization's packages in id order; with {@code monetized}, only those with a published plan. */
    @Transactional(readOnly = true)
    MonetizationPackages list(String org, boolean monetized, Paging paging) {
        CatalogViews views = catalog.views(org);
        Page<PackageEntity> page = monetized
                ? packages.findMonetizedByOrgId(org, paging.pageable(Sort.by("id")))
                : packages.findByOrgId(org, paging.pageable(Sort.by("id")));
        return new MonetizationPackages(page.getContent().stream().map(views::pkg).toList(),
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
    MonetizationPackage create(String org, PackageRequest request) {
        CatalogViews views = catalog.views(org);
        if (request == null) {
            throw new InvalidRequestException("Request body is missing");
        }
        if (request.organization() != null && request.organization().id() != null
                && !request.organization().id().equals(org)) {
            throw InvalidRequestException.forField("organization", request.organization().id(),
                    "Field [organization] must be the organization in the path");
        }
        String name = RequestFields.text("name", request.name(), null);
        String displayName = RequestFields.text("displayName", request.displayName(), null);
        String description = RequestFields.text("description", request.description(), null);
        String status = request.status() == null || request.status().isBlank()
                ? "CREATED"
                : request.status().trim().toUpperCase(Locale.ROOT);
        if (!PACKAGE_STATUSES.contains(status)) {
            throw InvalidRequestException.forField("status", request.status(),
                    "Field [status] must be one of " + PACKAGE_STATUSES.stream().sorted().toList());
        }
        List<String> productIds = productIds(org, request.product());
        String id = RequestFields.id("id", request.id(), RequestFields.slug(name));
        if (packages.existsById(new PackageEntity.Key(org, id))) {
            throw new DuplicateEntityException("MonetizationPackage", id);
        }
        PackageEntity entity = new PackageEntity(org, id, name, displayName, description, status, productIds,
                clock.instant());
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
    void delete(String org, String packageId) {
        catalog.requireOrganization(org);
        PackageEntity entity = catalog.findPackage(org, packageId);
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
        catalog.requireOrganization(org);
        PackageEntity entity = catalog.findPackage(org, packageId);
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
        catalog.requireOrganization(org);
        PackageEntity entity = catalog.findPackage(org, packageId);
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

    /** The names of the products a package body lists, each an existing product, at least one. */
    private List<String> productIds(String org, List<RatePlanView.Ref> refs) {
        if (refs == null || refs.isEmpty()) {
            throw InvalidRequestException.missing("product");
        }
        Set<String> productIds = new LinkedHashSet<>();
        for (RatePlanView.Ref ref : refs) {
            if (ref == null || ref.id() == null || ref.id().isBlank()) {
                throw InvalidRequestException.missing("product.id");
            }
            productIds.add(products.require(org, ref.id().trim()).name());
        }
        return List.copyOf(productIds);
    }
}
