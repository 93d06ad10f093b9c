package org.openmint.product;

import java.util.List;

import org.openmint.attribute.Attribute;
import org.openmint.error.InvalidRequestException;
import org.openmint.web.QueryParameters;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.NativeWebRequest;

/**
 * {@code /v1/organizations/{org}/apiproducts}: API products of the core Edge management API. As in Edge,
 * DELETE answers 200 with the deleted product, which Apigee's client reads back.
 */
@RestController
@RequestMapping("/v1/organizations/{org}/apiproducts")
class ApiProductController {

    private static final int MAX_COUNT = 1000;

    private final ProductService products;

    ApiProductController(ProductService products) {
        this.products = products;
    }

    /** Product names, or {@code {"apiProduct": [...]}} with {@code expand=true}. */
    @GetMapping
    Object list(@PathVariable String org, NativeWebRequest request) {
        boolean expand = QueryParameters.bool(request, "expand", false);
        int count = QueryParameters.integer(request, "count", MAX_COUNT);
        if (count < 1 || count > MAX_COUNT) {
            throw InvalidRequestException.forField("count", count,
                    "Parameter [count] must be between 1 and " + MAX_COUNT);
        }
        List<ApiProduct> found = products.list(org, QueryParameters.single(request, "attributename"),
                QueryParameters.single(request, "attributevalue"), QueryParameters.single(request, "startKey"), count);
        if (expand) {
            return new ApiProducts(found);
        }
        return found.stream().map(ApiProduct::name).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ApiProduct create(@PathVariable String org, @RequestBody ApiProductRequest request) {
        return products.create(org, request);
    }

    @GetMapping("/{name}")
    ApiProduct get(@PathVariable String org, @PathVariable String name) {
        return products.require(org, name);
    }

    @PutMapping("/{name}")
    ApiProduct replace(@PathVariable String org, @PathVariable String name, @RequestBody ApiProductRequest request) {
        return products.replace(org, name, request);
    }

    @DeleteMapping("/{name}")
    ApiProduct delete(@PathVariable String org, @PathVariable String name) {
        return products.delete(org, name);
    }

    @GetMapping("/{name}/attributes")
    ProductAttributes attributes(@PathVariable String org, @PathVariable String name) {
        return new ProductAttributes(products.require(org, name).attributes());
    }

    @PostMapping("/{name}/attributes")
    ProductAttributes replaceAttributes(@PathVariable String org, @PathVariable String name,
            @RequestBody ProductAttributes request) {
        if (request == null || request.attribute() == null) {
            throw InvalidRequestException.missing("attribute");
        }
        return new ProductAttributes(products.replaceAttributes(org, name, request.attribute()));
    }

    @GetMapping("/{name}/attributes/{attribute}")
    Attribute attribute(@PathVariable String org, @PathVariable String name,
            @PathVariable String attribute) {
        return products.attribute(org, name, attribute);
    }

    @PostMapping("/{name}/attributes/{attribute}")
    Attribute putAttribute(@PathVariable String org, @PathVariable String name,
            @PathVariable String attribute, @RequestBody ApiProductRequest.AttributeValue request) {
        if (request == null || request.value() == null) {
            throw InvalidRequestException.missing("value");
        }
        return products.putAttribute(org, name, attribute, request.value());
    }

    @DeleteMapping("/{name}/attributes/{attribute}")
    Attribute removeAttribute(@PathVariable String org, @PathVariable String name,
            @PathVariable String attribute) {
        return products.removeAttribute(org, name, attribute);
    }
}
