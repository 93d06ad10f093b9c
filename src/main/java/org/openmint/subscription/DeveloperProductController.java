package org.openmint.subscription;

import org.openmint.catalog.RatePlanView;
import org.openmint.web.Paging;
import org.openmint.web.QueryParameters;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.NativeWebRequest;

/**
 * The products of a developer or company (spec §15.3, §15.4): {@code eligible-products}, and
 * {@code products/{product}/rate-plan-by-developer-product}, the one rate plan that prices its use of a product.
 */
@RestController
@RequestMapping("/v1/mint/organizations/{org}/{kind:developers|companies}/{id}")
class DeveloperProductController {

    private final DeveloperProductService products;

    DeveloperProductController(DeveloperProductService products) {
        this.products = products;
    }

    @GetMapping("/eligible-products")
    EligibleProducts eligible(@PathVariable String org, @PathVariable String kind, @PathVariable String id,
            Paging paging) {
        return products.eligibleProducts(org, company(kind), id, paging);
    }

    /** Also with a trailing slash, as Apigee's older PHP SDK calls it; {@code showPrivate} (default false). */
    @GetMapping({"/products/{product}/rate-plan-by-developer-product",
            "/products/{product}/rate-plan-by-developer-product/"})
    RatePlanView ratePlan(@PathVariable String org, @PathVariable String kind, @PathVariable String id,
            @PathVariable String product, NativeWebRequest request) {
        return products.ratePlanForProduct(org, company(kind), id, product,
                QueryParameters.bool(request, "showPrivate", false));
    }

    private static boolean company(String kind) {
        return kind.equals("companies");
    }
}
