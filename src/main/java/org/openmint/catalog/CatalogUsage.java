package org.openmint.catalog;

import java.util.List;

import org.openmint.category.CategoryUsage;
import org.openmint.currency.CurrencyUsage;
import org.openmint.product.ProductUsage;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the currency, product and category features what of the catalog uses a currency (rate plans and
 * their details, spec Part I #9), a product (packages) or a developer category ({@code DEVELOPER_CATEGORY}
 * rate plans, spec §14.1), so that none is deleted while in use.
 */
@Component
class CatalogUsage implements CurrencyUsage, ProductUsage, CategoryUsage {

    private final RatePlanRepository ratePlans;
    private final PackageRepository packages;

    CatalogUsage(RatePlanRepository ratePlans, PackageRepository packages) {
        this.ratePlans = ratePlans;
        this.packages = packages;
    }

    /** Whether a rate plan, or a detail of one, is in this currency. */
    @Override
    @Transactional(readOnly = true)
    public String usage(String org, String currencyId) {
        return ratePlans.existsUsingCurrency(org, currencyId) ? "rate plan(s)" : null;
    }

    /** Whether a package holds this product. */
    @Override
    @Transactional(readOnly = true)
    public String productUsage(String org, String productName) {
        List<String> packageIds = packages.findIdsByOrgIdAndProductId(org, productName);
        return packageIds.isEmpty() ? null : "monetization package(s) " + packageIds.stream().sorted().toList();
    }

    /** Whether a rate plan is for this developer category. */
    @Override
    @Transactional(readOnly = true)
    public String categoryUsage(String org, String categoryId) {
        List<String> planIds = ratePlans.findIdsByDeveloperCategory(org, categoryId);
        return planIds.isEmpty() ? null : "rate plan(s) " + planIds;
    }
}
