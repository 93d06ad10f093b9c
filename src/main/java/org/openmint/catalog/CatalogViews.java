package org.openmint.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.openmint.category.DeveloperCategory;
import org.openmint.currency.CurrencyService;
import org.openmint.currency.SupportedCurrency;
import org.openmint.developer.MintDeveloper;
import org.openmint.organization.OrganizationProfile;
import org.openmint.product.MintProduct;
import org.openmint.product.ProductService;

/**
 * Builds the views of one organization's packages and rate plans (spec §9.1, §9.2), reading each
 * package and currency once: the package, currency and organization in full, and the developer or
 * company of a DEVELOPER plan in its mint view (isCompany says which); dates in the organization's time zone.
 */
final class CatalogViews {

    private final String org;
    private final OrganizationProfile organization;
    private final ProductService products;
    private final CurrencyService currencies;
    private final Function<String, PackageEntity> packages;
    private final Function<String, MintDeveloper> developers;
    private final Function<String, DeveloperCategory> categories;
    private final Function<String, RatePlanEntity> ratePlans;
    private final Map<String, MonetizationPackage> packageViews = new HashMap<>();
    private final Map<String, SupportedCurrency> currencyViews = new HashMap<>();

    /**
     * {@code packages} finds a package of the organization by id, {@code developers} the mint view of the account
     * a DEVELOPER plan names, {@code categories} the category a DEVELOPER_CATEGORY plan names, {@code ratePlans} a
     * rate plan (the parent of a revision).
     */
    CatalogViews(String org, OrganizationProfile organization, ProductService products, CurrencyService currencies,
            Function<String, PackageEntity> packages, Function<String, MintDeveloper> developers,
            Function<String, DeveloperCategory> categories, Function<String, RatePlanEntity> ratePlans) {
        this.org = org;
        this.organization = organization;
        this.products = products;
        this.currencies = currencies;
        this.packages = packages;
        this.developers = developers;
        this.categories = categories;
        this.ratePlans = ratePlans;
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
                : pkg(packages.apply(entity.packageId()));
        RatePlanEntity.PlanFields f = entity.fields();
        List<RatePlanView.Detail> details = new ArrayList<>();
        for (RatePlanDetailEntity detail : entity.details()) {
            details.add(detail(detail));
        }
        return new RatePlanView(f.advance(), f.contractDuration(), f.contractDurationType(),
                currency(f.currencyId()), f.customPaymentTerm(), f.description(),
                f.developerId() == null ? null : developers.apply(f.developerId()),
                f.developerCategoryId() == null ? null : categories.apply(f.developerCategoryId()),
                f.displayName(), f.earlyTerminationFee(), PlanDates.format(f.endDate(), organization.zone()),
                f.freemiumDuration(), f.freemiumDurationType(), f.freemiumUnit(), f.frequencyDuration(),
                f.frequencyDurationType(), entity.id(), f.isPrivate(), f.keepOriginalStartDate(), pkg, f.name(),
                organization, f.paymentDueDays(), f.prorate(), f.published(), details, f.recurringFee(),
                f.recurringStartUnit(), f.recurringType(), f.setUpFee(),
                PlanDates.format(f.startDate(), organization.zone()), f.type(),
                entity.parentRatePlanId() == null ? null : plan(ratePlans.apply(entity.parentRatePlanId())));
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
