package org.openmint.catalog;

import java.util.List;

import org.openmint.currency.CurrencyUsage;
import org.openmint.product.ProductUsage;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the currency and product features what of the catalog uses a currency (rate plans and their
 * details, spec Part I #9) or a product (packages), so that neither is deleted while in use.
 */
@Component
class CatalogUsage implements CurrencyUsage, ProductUsage {

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
}
