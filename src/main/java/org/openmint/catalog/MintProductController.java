package org.openmint.catalog;

import org.openmint.product.MintProduct;
import org.openmint.web.Paging;
import org.openmint.web.QueryParameters;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.NativeWebRequest;

/** {@code /v1/mint/organizations/{org}/products}: the mint view of API products (spec §9.1). */
@RestController
@RequestMapping("/v1/mint/organizations/{org}/products")
class MintProductController {

    private final CatalogService catalog;

    MintProductController(CatalogService catalog) {
        this.catalog = catalog;
    }

    /** Products; {@code monetized} (default true) keeps only those with a published rate plan. */
    @GetMapping
    MintProducts list(@PathVariable String org, Paging paging, NativeWebRequest request) {
        return catalog.listProducts(org, QueryParameters.bool(request, "monetized", true), paging);
    }

    @GetMapping("/{id}")
    MintProduct get(@PathVariable String org, @PathVariable String id) {
        return catalog.productView(org, id);
    }
}
