package org.openmint.catalog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openmint.error.InvalidRequestException;

import static org.openmint.catalog.RequestFields.bool;
import static org.openmint.catalog.RequestFields.days;
import static org.openmint.catalog.RequestFields.nonNegative;
import static org.openmint.catalog.RequestFields.oneOf;
import static org.openmint.catalog.RequestFields.optionalText;
import static org.openmint.catalog.RequestFields.positive;
import static org.openmint.catalog.RequestFields.refId;
import static org.openmint.catalog.RequestFields.sameId;
import static org.openmint.catalog.RequestFields.wholeUnits;

/**
 * Checks the details of a rate plan (spec §9.2): at most one for every product and one per product of
 * the package, in the plan's currency, rating transactions or a custom attribute, with their bands
 * ({@link RateCardRules}).
 */
final class RatePlanDetailRules {

    private static final Set<String> DETAIL_TYPES = Set.of("REVSHARE", "RATECARD", "REVSHARE_RATECARD", "USAGE_TARGET");
    private static final Set<String> METERING_TYPES = Set.of("UNIT", "VOLUME", "STAIR_STEP", "DEV_SPECIFIC");
    private static final Set<String> REVENUE_TYPES = Set.of("GROSS", "NET");
    private static final Pattern CUSTOM_ATTRIBUTE = Pattern.compile("MINT_CUSTOM_ATTRIBUTE_([1-9]|10)");

    private RatePlanDetailRules() {
    }

    /**
     * The validated details; a detail's payment due days default to the plan's.
     *
     * @throws InvalidRequestException naming the first missing or invalid field
     */
    static List<RatePlanEntity.DetailFields> details(List<RatePlanRequest.Detail> requested,
            RatePlanRules.Context c, String currencyId, String planPaymentDueDays) {
        List<RatePlanEntity.DetailFields> details = new ArrayList<>();
        Set<String> productsWithDetail = new HashSet<>();
        for (int i = 0; i < requested.size(); i++) {
            String at = "ratePlanDetails[" + i + "].";
            RatePlanRequest.Detail d = requested.get(i);
            if (d == null) {
                throw InvalidRequestException.forField("ratePlanDetails", null,
                        "Field [ratePlanDetails] must not contain null");
            }
            sameId(at + "organization", d.organization(), c.org(), "the organization in the path");
            sameId(at + "currency", d.currency(), currencyId, "the currency of the rate plan");
            String productId = product(at, d, c, productsWithDetail);
            details.add(detail(at, d, c, productId, currencyId, planPaymentDueDays));
        }
        return List.copyOf(details);
    }

    /** The product a detail is specific to (null: every product), one of the package's without another detail. */
    private static String product(String at, RatePlanRequest.Detail d, RatePlanRules.Context c,
            Set<String> productsWithDetail) {
        String productId = refId(at + "product", d.product());
        if (productId != null && !c.packageProducts().contains(productId)) {
            throw InvalidRequestException.forField(at + "product", productId,
                    "Product [" + productId + "] is not part of monetization package [" + c.packageId() + "]");
        }
        if (!productsWithDetail.add(productId == null ? "" : productId)) {
            throw InvalidRequestException.forField(at + "product", productId,
                    productId == null
                            ? "Only one rate plan detail may apply to every product"
                            : "Product [" + productId + "] has more than one rate plan detail");
        }
        return productId;
    }

    private static RatePlanEntity.DetailFields detail(String at, RatePlanRequest.Detail d, RatePlanRules.Context c,
            String productId, String currencyId, String planPaymentDueDays) {
        String type = oneOf(at + "type", d.type(), DETAIL_TYPES, "RATECARD");
        String meteringType = oneOf(at + "meteringType", d.meteringType(), METERING_TYPES, "UNIT");
        String ratingParameter = d.ratingParameter() == null || d.ratingParameter().isBlank()
                ? RatePlanDetail.VOLUME
                : d.ratingParameter().trim();
        Short customAttribute = customAttribute(at + "ratingParameter", ratingParameter, c);
        if (customAttribute == null) {
            ratingParameter = RatePlanDetail.VOLUME;
        }
        List<RatePlanEntity.RateFields> rates = RateCardRules.rates(at, type, d.ratePlanRates());
        return new RatePlanEntity.DetailFields(type, meteringType, ratingParameter, customAttribute,
                optionalText(at + "ratingParameterUnit", d.ratingParameterUnit()),
                oneOf(at + "revenueType", d.revenueType(), REVENUE_TYPES, null), productId, currencyId,
                positive(at + "duration", d.duration(), 1),
                oneOf(at + "durationType", d.durationType(), RatePlanRules.DURATION_TYPES, "MONTH"),
                nonNegative(at + "freemiumDuration", d.freemiumDuration(), 0),
                oneOf(at + "freemiumDurationType", d.freemiumDurationType(), RatePlanRules.DURATION_TYPES, "MONTH"),
                wholeUnits(at + "freemiumUnit", d.freemiumUnit(), 0L),
                bool(d.aggregateFreemiumCounters(), true), bool(d.aggregateStandardCounters(), true),
                bool(d.aggregateTransactions(), true), bool(d.customPaymentTerm(), false),
                days(at + "paymentDueDays", d.paymentDueDays(), planPaymentDueDays), rates);
    }

    /** n of {@code MINT_CUSTOM_ATTRIBUTE_n}, or of a custom attribute name a product defines; null for VOLUME. */
    private static Short customAttribute(String field, String ratingParameter, RatePlanRules.Context c) {
        if (ratingParameter.equalsIgnoreCase(RatePlanDetail.VOLUME)) {
            return null;
        }
        Matcher matcher = CUSTOM_ATTRIBUTE.matcher(ratingParameter.toUpperCase(Locale.ROOT));
        if (matcher.matches()) {
            return Short.valueOf(matcher.group(1));
        }
        Integer named = c.customAttributes().get(ratingParameter);
        if (named != null) {
            return named.shortValue();
        }
        throw InvalidRequestException.forField(field, ratingParameter,
                "Field [" + field + "] must be VOLUME, MINT_CUSTOM_ATTRIBUTE_1 to MINT_CUSTOM_ATTRIBUTE_10, "
                        + "or the name of a custom attribute of the package's products");
    }
}
