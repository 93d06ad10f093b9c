package org.openmint.catalog;

import java.util.Map;

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

    private final CatalogService catalog;

    PackageController(CatalogService catalog) {
        this.catalog = catalog;
    }

    /** Packages; with {@code monetized=true} only those with a published rate plan. */
    @GetMapping
    Map<String, Object> list(@PathVariable String org, Paging paging, NativeWebRequest request) {
        return catalog.listPackages(org, QueryParameters.bool(request, "monetized", false), paging);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    MonetizationPackage create(@PathVariable String org, @RequestBody PackageRequest request) {
        return catalog.createPackage(org, request);
    }

    @GetMapping("/{id}")
    MonetizationPackage get(@PathVariable String org, @PathVariable String id) {
        return catalog.packageView(org, id);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable String org, @PathVariable String id) {
        catalog.deletePackage(org, id);
    }

    /** Adds a product; a body ({@code {}} or product-specific plan details) is accepted and not used. */
    @PostMapping("/{id}/products/{productId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void addProduct(@PathVariable String org, @PathVariable String id, @PathVariable String productId,
            @RequestBody(required = false) Object ignored) {
        catalog.addProduct(org, id, productId);
    }

    @DeleteMapping("/{id}/products/{productId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeProduct(@PathVariable String org, @PathVariable String id, @PathVariable String productId) {
        catalog.removeProduct(org, id, productId);
    }
}
