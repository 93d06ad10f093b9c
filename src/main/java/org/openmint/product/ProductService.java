package org.openmint.product;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.openmint.attribute.Attribute;
import org.openmint.attribute.Attributes;
import org.openmint.cache.ReferenceCache;
import org.openmint.error.DuplicateEntityException;
import org.openmint.error.InvalidRequestException;
import org.openmint.error.ResourceNotFoundException;
import org.openmint.organization.OrganizationProfile;
import org.openmint.organization.OrganizationService;
import org.openmint.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Manages an organization's API products and their attributes, and gives their mint view. */
@Service
public class ProductService {

    /** Product names as Apigee allows them: {@code A-Z0-9._\-$ %}. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._$ %-]{1,255}");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("[0-9]{1,18}");
    private static final Set<String> APPROVAL_TYPES = Set.of("auto", "manual");
    private static final Set<String> QUOTA_TIME_UNITS = Set.of("minute", "hour", "day", "month");

    private final ApiProductRepository products;
    private final OrganizationService organizations;
    private final List<ProductUsage> usages;
    private final ReferenceCache cache;
    private final Clock clock;

    ProductService(ApiProductRepository products, OrganizationService organizations, List<ProductUsage> usages,
            ReferenceCache cache, Clock clock) {
        this.products = products;
        this.organizations = organizations;
        this.usages = usages;
        this.cache = cache;
        this.clock = clock;
    }

    /**
     * The organization's products in name order, from {@code startKey} (inclusive) on, at most {@code count},
     * optionally only those with an attribute of this name and value.
     *
     * @throws ResourceNotFoundException when the organization does not exist
     */
    @Transactional(readOnly = true)
    public List<ApiProduct> list(String org, String attributeName, String attributeValue, String startKey, int count) {
        requireOrganization(org);
        return products.findByOrgIdInNameOrder(org).stream()
                .map(ApiProductEntity::toProduct)
                .filter(p -> startKey == null || startKey.isEmpty() || p.name().compareTo(startKey) >= 0)
                .filter(p -> attributeName == null || attributeName.isEmpty()
                        || (p.attribute(attributeName) != null
                                && (attributeValue == null || attributeValue.equals(p.attribute(attributeName)))))
                .limit(count)
                .toList();
    }

    /**
     * The product with this name (or the same name in another case).
     *
     * @throws ResourceNotFoundException when the organization or the product does not exist
     */
    public ApiProduct require(String org, String name) {
        return cache.get("product", org, name, () -> {
            requireOrganization(org);
            return find(org, name).toProduct();
        });
    }

    /**
     * The mint view of a product, with the full organization.
     *
     * @throws ResourceNotFoundException when the organization or the product does not exist
     */
    public MintProduct mintView(String org, String name) {
        return cache.get("product-view", org, name, () -> {
            OrganizationProfile organization = organizations.get(org);
            return MintProduct.of(find(org, name).toProduct(), organization);
        });
    }

    /**
     * The mint views of these products in the order given, for embedding in packages.
     *
     * @throws ResourceNotFoundException when one of them does not exist
     */
    @Transactional(readOnly = true)
    public List<MintProduct> mintViews(String org, OrganizationProfile organization, List<String> names) {
        Map<String, ApiProduct> found = products.findByOrgIdAndNameIn(org, new HashSet<>(names)).stream()
                .map(ApiProductEntity::toProduct)
                .collect(Collectors.toMap(ApiProduct::name, Function.identity()));
        List<MintProduct> views = new ArrayList<>();
        for (String name : names) {
            ApiProduct product = found.get(name);
            if (product == null) {
                throw new ResourceNotFoundException("Product", name);
            }
            views.add(MintProduct.of(product, organization));
        }
        return views;
    }

    /** The names of every product of the organization, in name order. */
    @Transactional(readOnly = true)
    public List<String> names(String org) {
        return products.findByOrgIdInNameOrder(org).stream().map(ApiProductEntity::name).toList();
    }

    /**
     * Adds a product.
     *
     * @throws InvalidRequestException when a field is missing or invalid
     * @throws DuplicateEntityException when a product with this name (in any case) exists
     */
    @Transactional
    ApiProduct create(String org, ApiProductRequest request) {
        requireOrganization(org);
        if (request == null) {
            throw new InvalidRequestException("Request body is missing");
        }
        String name = request.name();
        if (name == null || name.isBlank()) {
            throw InvalidRequestException.missing("name");
        }
        if (!NAME.matcher(name).matches()) {
            throw InvalidRequestException.forField("name", name,
                    "Field [name] may only hold letters, digits, spaces and . _ - $ %");
        }
        ApiProductEntity.ProductFields fields = validate(request);
        if (products.findByOrgIdAndNameIgnoreCase(org, name).isPresent()) {
            throw new DuplicateEntityException("APIProduct", name);
        }
        ApiProductEntity entity = new ApiProductEntity(org, name, CurrentUser.username(), clock.instant());
        entity.replace(fields, CurrentUser.username(), clock.instant());
        products.saveAndFlush(entity);
        return entity.toProduct();
    }

    /**
     * Replaces every field of a product but its name.
     *
     * @throws ResourceNotFoundException when the product does not exist
     * @throws InvalidRequestException when a field is missing or invalid, or the name would change
     */
    @Transactional
    ApiProduct replace(String org, String name, ApiProductRequest request) {
        requireOrganization(org);
        ApiProductEntity entity = find(org, name);
        if (request == null) {
            throw new InvalidRequestException("Request body is missing");
        }
        if (request.name() != null && !request.name().equals(entity.name())) {
            throw InvalidRequestException.forField("name", request.name(), "Field [name] of a product cannot change");
        }
        entity.replace(validate(request), CurrentUser.username(), clock.instant());
        products.flush();
        return entity.toProduct();
    }

    /**
     * Deletes a product that no package or rate plan uses.
     *
     * @return the deleted product
     * @throws ResourceNotFoundException when the product does not exist
     * @throws InvalidRequestException when a package or rate plan uses it
     */
    @Transactional
    ApiProduct delete(String org, String name) {
        requireOrganization(org);
        ApiProductEntity entity = find(org, name);
        for (ProductUsage usage : usages) {
            String what = usage.productUsage(org, entity.name());
            if (what != null) {
                throw InvalidRequestException.forField("name", entity.name(),
                        "APIProduct [" + entity.name() + "] cannot be deleted: it is used by " + what);
            }
        }
        ApiProduct product = entity.toProduct();
        products.delete(entity);
        products.flush();
        return product;
    }

    /**
     * One attribute of a product.
     *
     * @throws ResourceNotFoundException when the product or the attribute does not exist
     */
    @Transactional(readOnly = true)
    Attribute attribute(String org, String name, String attributeName) {
        String value = require(org, name).attribute(attributeName);
        if (value == null) {
            throw new ResourceNotFoundException("Attribute", attributeName);
        }
        return new Attribute(attributeName, value);
    }

    /**
     * Replaces every attribute of a product.
     *
     * @throws ResourceNotFoundException when the product does not exist
     * @throws InvalidRequestException when an attribute is invalid
     */
    @Transactional
    List<Attribute> replaceAttributes(String org, String name, List<Attribute> attributes) {
        requireOrganization(org);
        ApiProductEntity entity = find(org, name);
        entity.replaceAttributes(Attributes.checkProductAttributes(attributes), CurrentUser.username(),
                clock.instant());
        products.flush();
        return entity.toProduct().attributes();
    }

    /**
     * Sets one attribute of a product, adding it when absent.
     *
     * @throws ResourceNotFoundException when the product does not exist
     */
    @Transactional
    Attribute putAttribute(String org, String name, String attributeName, String value) {
        requireOrganization(org);
        ApiProductEntity entity = find(org, name);
        Attribute attribute = Attributes.checkProductAttributes(List.of(new Attribute(attributeName, value))).get(0);
        entity.putAttribute(attribute.name(), attribute.value(), CurrentUser.username(), clock.instant());
        products.flush();
        return attribute;
    }

    /**
     * Removes one attribute of a product.
     *
     * @return the removed attribute
     * @throws ResourceNotFoundException when the product or the attribute does not exist
     */
    @Transactional
    Attribute removeAttribute(String org, String name, String attributeName) {
        requireOrganization(org);
        ApiProductEntity entity = find(org, name);
        String value = entity.toProduct().attribute(attributeName);
        if (!entity.removeAttribute(attributeName, CurrentUser.username(), clock.instant())) {
            throw new ResourceNotFoundException("Attribute", attributeName);
        }
        products.flush();
        return new Attribute(attributeName, value);
    }

    private void requireOrganization(String org) {
        if (!organizations.exists(org)) {
            throw new ResourceNotFoundException("Organization", org);
        }
    }

    private ApiProductEntity find(String org, String name) {
        return products.findByOrgIdAndName(org, name)
                .or(() -> products.findByOrgIdAndNameIgnoreCase(org, name))
                .orElseThrow(() -> new ResourceNotFoundException("Product", name));
    }

    private static ApiProductEntity.ProductFields validate(ApiProductRequest r) {
        String displayName = r.displayName();
        if (displayName == null || displayName.isBlank()) {
            throw InvalidRequestException.missing("displayName");
        }
        if (displayName.length() > 255) {
            throw InvalidRequestException.forField("displayName", null,
                    "Field [displayName] is longer than 255 characters");
        }
        String approvalType = r.approvalType() == null || r.approvalType().isBlank()
                ? "auto"
                : r.approvalType().trim().toLowerCase(Locale.ROOT);
        if (!APPROVAL_TYPES.contains(approvalType)) {
            throw InvalidRequestException.forField("approvalType", r.approvalType(),
                    "Field [approvalType] must be auto or manual");
        }
        String quotaTimeUnit = blankToNull(r.quotaTimeUnit());
        if (quotaTimeUnit != null) {
            quotaTimeUnit = quotaTimeUnit.toLowerCase(Locale.ROOT);
            if (!QUOTA_TIME_UNITS.contains(quotaTimeUnit)) {
                throw InvalidRequestException.forField("quotaTimeUnit", r.quotaTimeUnit(),
                        "Field [quotaTimeUnit] must be one of minute, hour, day, month");
            }
        }
        return new ApiProductEntity.ProductFields(displayName.trim(), r.description(), approvalType,
                wholeNumber("quota", r.quota()), wholeNumber("quotaInterval", r.quotaInterval()), quotaTimeUnit,
                strings("apiResources", r.apiResources()), strings("environments", r.environments()),
                strings("proxies", r.proxies()), strings("scopes", r.scopes()),
                Attributes.checkProductAttributes(r.attributes()));
    }

    private static String wholeNumber(String field, String value) {
        String text = blankToNull(value);
        if (text != null && !WHOLE_NUMBER.matcher(text).matches()) {
            throw InvalidRequestException.forField(field, value, "Field [" + field + "] must be a whole number");
        }
        return text;
    }

    private static List<String> strings(String field, Collection<String> values) {
        if (values == null) {
            return List.of();
        }
        if (values.stream().anyMatch(v -> v == null)) {
            throw InvalidRequestException.forField(field, null, "Field [" + field + "] must not contain null");
        }
        return List.copyOf(values);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
