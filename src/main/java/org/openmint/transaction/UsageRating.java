package org.openmint.transaction;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.openmint.app.App;
import org.openmint.app.AppService;
import org.openmint.catalog.CatalogService;
import org.openmint.catalog.RatePlan;
import org.openmint.catalog.RatePlanDetail;
import org.openmint.currency.CurrencyService;
import org.openmint.developer.DeveloperAccount;
import org.openmint.developer.DeveloperService;
import org.openmint.error.ErrorCode;
import org.openmint.error.InvalidRequestException;
import org.openmint.error.MintException;
import org.openmint.money.Money;
import org.openmint.organization.OrganizationService;
import org.openmint.product.ApiProduct;
import org.springframework.stereotype.Component;

/**
 * Reads a usage charge of {@code POST /transactions} (spec §8.1) and rates it by the owner's accepted rate plan
 * in effect for the product: UNIT and VOLUME plans rate {@code batchSize} calls, a plan rating on
 * {@code MINT_CUSTOM_ATTRIBUTE_n} rates {@code batchSize × custAttn} units. Changes nothing.
 */
@Component
class UsageRating {

    private static final BigDecimal MAX_BATCH_SIZE = BigDecimal.valueOf(1_000_000_000_000L);

    private final AppService apps;
    private final CatalogService catalog;
    private final DeveloperService developers;
    private final CurrencyService currencies;
    private final OrganizationService organizations;
    private final PlanLookup plans;
    private final Clock clock;

    UsageRating(AppService apps, CatalogService catalog, DeveloperService developers, CurrencyService currencies,
            OrganizationService organizations, PlanLookup plans, Clock clock) {
        this.apps = apps;
        this.catalog = catalog;
        this.developers = developers;
        this.currencies = currencies;
        this.organizations = organizations;
        this.plans = plans;
        this.clock = clock;
    }

    /**
     * The usage the request reports: its fields, the app, the product and the app's owner, and (unless
     * {@code force}) that the product is one of the app's.
     *
     * @throws InvalidRequestException when a field is missing or malformed, or the product is not the app's
     * @throws org.openmint.error.ResourceNotFoundException when the app, product or owner does not exist
     */
    Usage read(String org, CreateTransactionRequest request, boolean force) {
        String appId = CreateTransactionRequest.required("application.id", request.application());
        String productId = CreateTransactionRequest.required("product.id", request.product());
        long batchSize = batchSize(request.batchSize());
        List<BigDecimal> custAtts = custAtts(request);
        App app = apps.requireApp(org, appId);
        ApiProduct product = catalog.requireProduct(org, productId);
        DeveloperAccount owner = developers.requireAccount(org, app.ownerAccountId());
        if (!force && app.apiProducts().stream().noneMatch(p -> p.equalsIgnoreCase(product.name()))) {
            throw InvalidRequestException.forField("product.id", productId,
                    "API product [" + product.name() + "] is not a product of app [" + app.name() + "]");
        }
        return new Usage(org, app, product, owner, batchSize, custAtts, force);
    }

    /**
     * The usage with the owner's accepted plan in effect for the product, its rated units and currency.
     *
     * @throws MintException {@code mint.noCurrentPublishableEntity} when no plan prices it (unless force)
     * @throws InvalidRequestException when the custom attribute the plan rates on is missing, or a given custom
     *         attribute is defined neither by the product nor by its plan
     */
    RatedUsage rate(Usage usage) {
        ApiProduct product = usage.product();
        RatePlan plan = plans.activePlan(usage.org(), usage.owner().id(), product.name(), clock.instant())
                .map(ActivePlan::ratePlan).orElse(null);
        RatePlanDetail detail = plan == null ? null : plan.detailFor(product.name()).orElse(null);
        if (plan == null && !usage.force()) {
            throw new MintException(ErrorCode.NO_CURRENT_PUBLISHABLE_ENTITY, "Developer [" + usage.owner().email()
                    + "] has no accepted rate plan in effect for API product [" + product.name() + "]");
        }
        BigDecimal units = BigDecimal.valueOf(usage.batchSize());
        if (detail != null && !detail.ratesOnVolume()) {
            BigDecimal value = usage.custAtts().get(detail.customAttribute() - 1);
            if (value == null) {
                throw InvalidRequestException.missing("custAtt" + detail.customAttribute());
            }
            units = units.multiply(value);
        }
        requireDefinedCustomAttributes(usage.custAtts(), detail, product);
        String currencyId = plan == null ? defaultCurrency(usage.org()) : plan.currencyId();
        return new RatedUsage(usage, plan, detail, units, currencyId);
    }

    /** The organization's default currency, for usage that no plan prices. */
    private String defaultCurrency(String org) {
        String code = organizations.get(org).currency().toLowerCase(Locale.ROOT);
        return currencies.currencyNames(org).stream().filter(name -> name.equalsIgnoreCase(code)).findFirst()
                .map(name -> currencies.require(org, name.toLowerCase(Locale.ROOT)).id())
                .orElseThrow(() -> new InvalidRequestException(
                        "No rate plan prices this usage and the organization's default currency is not supported"));
    }

    private static void requireDefinedCustomAttributes(List<BigDecimal> custAtts, RatePlanDetail detail,
            ApiProduct product) {
        for (int n = 1; n <= custAtts.size(); n++) {
            if (custAtts.get(n - 1) == null) {
                continue;
            }
            String attribute = ApiProduct.CUSTOM_ATTRIBUTE_PREFIX + n;
            boolean ratedOn = detail != null && detail.customAttribute() == n;
            boolean defined = product.attributes() != null && product.attributes().stream()
                    .anyMatch(a -> attribute.equals(a.name()));
            if (!ratedOn && !defined) {
                throw InvalidRequestException.forField("custAtt" + n, custAtts.get(n - 1).toPlainString(),
                        "Custom attribute " + n + " is not defined by the product's transaction recording policy "
                                + "or its rate plan");
            }
        }
    }

    private static List<BigDecimal> custAtts(CreateTransactionRequest request) {
        List<BigDecimal> values = new ArrayList<>();
        List<BigDecimal> given = request.custAtts();
        for (int n = 1; n <= given.size(); n++) {
            BigDecimal value = given.get(n - 1);
            values.add(value == null ? null : Money.parsePositive("custAtt" + n, value));
        }
        return values;
    }

    private static long batchSize(BigDecimal batchSize) {
        if (batchSize == null) {
            return 1;
        }
        BigDecimal value = batchSize.stripTrailingZeros();
        if (value.scale() > 0 || value.signum() <= 0 || value.compareTo(MAX_BATCH_SIZE) > 0) {
            throw InvalidRequestException.forField("batchSize", batchSize,
                    "Field [batchSize] must be a whole number from 1 to " + MAX_BATCH_SIZE.toPlainString());
        }
        return value.longValueExact();
    }
}
