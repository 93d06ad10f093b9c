package org.openmint.catalog;

import org.openmint.web.Paging;
import org.openmint.web.QueryParameters;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.NativeWebRequest;

/** {@code /v1/mint/organizations/{org}/monetization-packages}: API packages and their products (spec §9.1). */
@RestController
@RequestMapping("/v1/mint/organizations/{org}/monetization-packages")
class PackageController {

    private final PackageService packages;
    private final CatalogService catalog;

    PackageController(PackageService packages, CatalogService catalog) {
        this.packages = packages;
        this.catalog = catalog;
    }

    /** Packages; with {@code monetized=true} only those with a published rate plan. */
    @GetMapping
    MonetizationPackages list(@PathVariable String org, Paging paging, NativeWebRequest request) {
        return packages.list(org, QueryParameters.bool(request, "monetized", false), paging);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    MonetizationPackage create(@PathVariable String org, @RequestBody PackageRequest request) {
        return packages.create(org, request);
    }

    @GetMapping("/{id}")
    MonetizationPackage get(@PathVariable String org, @PathVariable String id) {
        return catalog.packageView(org, id);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable String org, @PathVariable String id) {
        packages.delete(org, id);
    }

    /** Adds a product; a body ({@code {}} or product-specific plan details) is accepted and not used. */
    @PostMapping("/{id}/products/{productId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void addProduct(@PathVariable String org, @PathVariable String id, @PathVariable String productId,
            @RequestBody(required = false) Object ignored) {
        packages.addProduct(org, id, productId);
    }

    @DeleteMapping("/{id}/products/{productId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeProduct(@PathVariable String org, @PathVariable String id, @PathVariable String productId) {
        packages.removeProduct(org, id, productId);
    }
}
