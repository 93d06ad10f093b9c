package org.openmint.catalog;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openmint.currency.SupportedCurrency;
import org.openmint.error.InvalidRequestException;
import org.openmint.money.Money;

/**
 * Checks a rate plan request and turns it into the plan's fields (spec §9.2). On a published plan
 * ({@code current} given) a field the request leaves out keeps its current value.
 */
final class RatePlanRules {

    static final Set<String> DURATION_TYPES = Set.of("DAY", "WEEK", "MONTH", "QUARTER", "YEAR");
    private static final Set<String> PLAN_TYPES = Set.of("STANDARD", "DEVELOPER", "DEVELOPER_CATEGORY");
    private static final Set<String> RECURRING_TYPES = Set.of("CALENDAR", "CUSTOM");
    private static final Set<String> DETAIL_TYPES = Set.of("REVSHARE", "RATECARD", "REVSHARE_RATECARD", "USAGE_TARGET");
    private static final Set<String> METERING_TYPES = Set.of("UNIT", "VOLUME", "STAIR_STEP", "DEV_SPECIFIC");
    private static final Set<String> REVENUE_TYPES = Set.of("GROSS", "NET");
    private static final Set<String> RATE_TYPES = Set.of("RATECARD", "REVSHARE");
    private static final Pattern CUSTOM_ATTRIBUTE = Pattern.compile("MINT_CUSTOM_ATTRIBUTE_([1-9]|10)");
    private static final Pattern DAYS = Pattern.compile("[0-9]{1,4}");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private RatePlanRules() {
    }

    /**
     * What the rules need to know beyond the request.
     *
     * @param packageProducts the products of the plan's package
     * @param customAttributes custom attribute names the package's products define, to their number n
     * @param currencies looks a supported currency up, throwing when there is none
     */
    record Context(String org, ZoneId zone, String packageId, Set<String> packageProducts,
            Map<String, Integer> customAttributes, Function<String, SupportedCurrency> currencies) {
    }

    /**
     * The validated fields of the request; with {@code current}, absent fields keep their current value.
     *
     * @throws InvalidRequestException naming the first missing or invalid field
     */
    static RatePlanEntity.PlanFields validate(RatePlanRequest r, Context c, RatePlanEntity.PlanFields current) {
        if (r == null) {
            throw new InvalidRequestException("Request body is missing");
        }
        boolean merge = current != null;
        sameId("organization", r.organization(), c.org(), "the organization in the path");
        sameId("monetizationPackage", r.monetizationPackage(), c.packageId(), "the package in the path");
        String name = text("name", r.name(), merge ? current.name() : null);
        String displayName = text("displayName", r.displayName(), merge ? current.displayName() : null);
        String description = text("description", r.description(), merge ? current.description() : null);
        String type = oneOf("type", r.type(), PLAN_TYPES, merge ? current.type() : "STANDARD");
        String developerId = refId("developer", r.developer());
        String categoryId = refId("developerCategory", r.developerCategory());
        if (merge) {
            developerId = developerId == null ? current.developerId() : developerId;
            categoryId = categoryId == null ? current.developerCategoryId() : categoryId;
        }
        if (type.equals("DEVELOPER") && developerId == null) {
            throw InvalidRequestException.missing("developer");
        }
        if (type.equals("DEVELOPER_CATEGORY") && categoryId == null) {
            throw InvalidRequestException.missing("developerCategory");
        }
        if (!type.equals("DEVELOPER") && developerId != null) {
            throw InvalidRequestException.forField("developer", developerId,
                    "Field [developer] is only for rate plans of type DEVELOPER");
        }
        if (!type.equals("DEVELOPER_CATEGORY") && categoryId != null) {
            throw InvalidRequestException.forField("developerCategory", categoryId,
                    "Field [developerCategory] is only for rate plans of type DEVELOPER_CATEGORY");
        }
        Instant startDate = PlanDates.parse("startDate", r.startDate(), c.zone());
        startDate = startDate == null && merge ? current.startDate() : startDate;
        if (startDate == null) {
            throw InvalidRequestException.missing("startDate");
        }
        Instant endDate = PlanDates.parse("endDate", r.endDate(), c.zone());
        endDate = endDate == null && merge ? current.endDate() : endDate;
        if (endDate != null && !endDate.isAfter(startDate)) {
            throw InvalidRequestException.forField("endDate", r.endDate(), "Field [endDate] must be after startDate");
        }
        String currencyId = refId("currency", r.currency());
        currencyId = currencyId == null && merge ? current.currencyId() : currencyId;
        if (currencyId == null) {
            throw InvalidRequestException.missing("currency");
        }
        SupportedCurrency currency = c.currencies().apply(currencyId);
        if (!currency.active() && !(merge && currencyId.equals(current.currencyId()))) {
            throw InvalidRequestException.forField("currency", currencyId,
                    "Supported currency [" + currencyId + "] is not ACTIVE");
        }
        BigDecimal setUpFee = money("setUpFee", r.setUpFee(), merge ? current.setUpFee() : Money.ZERO);
        BigDecimal recurringFee = money("recurringFee", r.recurringFee(), merge ? current.recurringFee() : null);
        BigDecimal earlyTerminationFee = money("earlyTerminationFee", r.earlyTerminationFee(),
                merge ? current.earlyTerminationFee() : null);
        Integer frequencyDuration = positive("frequencyDuration", r.frequencyDuration(),
                merge ? current.frequencyDuration() : null);
        String frequencyDurationType = oneOf("frequencyDurationType", r.frequencyDurationType(), DURATION_TYPES,
                merge ? current.frequencyDurationType() : null);
        if (recurringFee != null && recurringFee.signum() > 0
                && (frequencyDuration == null || frequencyDurationType == null)) {
            throw InvalidRequestException.forField(
                    frequencyDuration == null ? "frequencyDuration" : "frequencyDurationType",
                    null, "A rate plan with a recurring fee needs frequencyDuration and frequencyDurationType");
        }
        String recurringType = oneOf("recurringType", r.recurringType(), RECURRING_TYPES,
                merge ? current.recurringType() : "CALENDAR");
        Integer recurringStartUnit = positive("recurringStartUnit", r.recurringStartUnit(),
                merge ? current.recurringStartUnit() : recurringType.equals("CALENDAR") ? 1 : null);
        if (recurringStartUnit != null && recurringStartUnit > 31) {
            throw InvalidRequestException.forField("recurringStartUnit", recurringStartUnit,
                    "Field [recurringStartUnit] is a day of the month, 1 to 31");
        }
        Integer contractDuration = positive("contractDuration", r.contractDuration(),
                merge ? current.contractDuration() : null);
        String contractDurationType = oneOf("contractDurationType", r.contractDurationType(), DURATION_TYPES,
                merge ? current.contractDurationType() : null);
        String paymentDueDays = days("paymentDueDays", r.paymentDueDays(), merge ? current.paymentDueDays() : null);
        Long freemiumUnit = wholeUnits("freemiumUnit", r.freemiumUnit(), merge ? current.freemiumUnit() : null);
        Integer freemiumDuration = nonNegative("freemiumDuration", r.freemiumDuration(),
                merge ? current.freemiumDuration() : null);
        String freemiumDurationType = oneOf("freemiumDurationType", r.freemiumDurationType(), DURATION_TYPES,
                merge ? current.freemiumDurationType() : null);
        List<RatePlanEntity.DetailFields> details;
        if (r.ratePlanDetails() == null) {
            details = merge ? current.details() : List.of();
        } else {
            details = details(r.ratePlanDetails(), c, currencyId, paymentDueDays);
        }
        return new RatePlanEntity.PlanFields(name, displayName, description, type, developerId, categoryId,
                bool(r.published(), merge && current.published()), bool(r.isPrivate(), merge && current.isPrivate()),
                startDate, endDate, currencyId, setUpFee, recurringFee, earlyTerminationFee, frequencyDuration,
                frequencyDurationType, recurringType, recurringStartUnit, contractDuration, contractDurationType,
                bool(r.advance(), merge && current.advance()), bool(r.prorate(), merge && current.prorate()),
                paymentDueDays, bool(r.customPaymentTerm(), merge && current.customPaymentTerm()),
                r.keepOriginalStartDate() != null
                        ? r.keepOriginalStartDate()
                        : merge ? current.keepOriginalStartDate() : null,
                freemiumUnit, freemiumDuration, freemiumDurationType, details);
    }

    private static List<RatePlanEntity.DetailFields> details(List<RatePlanRequest.Detail> requested, Context c,
            String currencyId, String planPaymentDueDays) {
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
            String type = oneOf(at + "type", d.type(), DETAIL_TYPES, "RATECARD");
            String meteringType = oneOf(at + "meteringType", d.meteringType(), METERING_TYPES, "UNIT");
            String ratingParameter = d.ratingParameter() == null || d.ratingParameter().isBlank()
                    ? RatePlanDetail.VOLUME
                    : d.ratingParameter().trim();
            Short customAttribute = customAttribute(at + "ratingParameter", ratingParameter, c);
            if (customAttribute == null) {
                ratingParameter = RatePlanDetail.VOLUME;
            }
            List<RatePlanEntity.RateFields> rates = rates(at, type, d.ratePlanRates());
            details.add(new RatePlanEntity.DetailFields(type, meteringType, ratingParameter, customAttribute,
                    optionalText(at + "ratingParameterUnit", d.ratingParameterUnit()),
                    oneOf(at + "revenueType", d.revenueType(), REVENUE_TYPES, null), productId, currencyId,
                    positive(at + "duration", d.duration(), 1),
                    oneOf(at + "durationType", d.durationType(), DURATION_TYPES, "MONTH"),
                    nonNegative(at + "freemiumDuration", d.freemiumDuration(), 0),
                    oneOf(at + "freemiumDurationType", d.freemiumDurationType(), DURATION_TYPES, "MONTH"),
                    wholeUnits(at + "freemiumUnit", d.freemiumUnit(), 0L),
                    bool(d.aggregateFreemiumCounters(), true), bool(d.aggregateStandardCounters(), true),
                    bool(d.aggregateTransactions(), true), bool(d.customPaymentTerm(), false),
                    days(at + "paymentDueDays", d.paymentDueDays(), planPaymentDueDays), rates));
        }
        return List.copyOf(details);
    }

    /** n of {@code MINT_CUSTOM_ATTRIBUTE_n}, or of a custom attribute name a product defines; null for VOLUME. */
    private static Short customAttribute(String field, String ratingParameter, Context c) {
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

    private static List<RatePlanEntity.RateFields> rates(String at, String detailType,
            List<RatePlanRequest.Rate> requested) {
        List<RatePlanRequest.Rate> given = requested == null ? List.of() : requested;
        String field = at + "ratePlanRates";
        List<String> types = new ArrayList<>();
        for (int j = 0; j < given.size(); j++) {
            RatePlanRequest.Rate rate = given.get(j);
            if (rate == null) {
                throw InvalidRequestException.forField(field, null, "Field [" + field + "] must not contain null");
            }
            String inferred = rate.rate() != null
                    ? "RATECARD"
                    : rate.revshare() != null
                            ? "REVSHARE"
                            : detailType.equals("REVSHARE") ? "REVSHARE" : "RATECARD";
            types.add(oneOf(field + "[" + j + "].type", rate.type(), RATE_TYPES, inferred));
        }
        List<RatePlanEntity.RateFields> rates = new ArrayList<>();
        for (int j = 0; j < given.size(); j++) {
            RatePlanRequest.Rate rate = given.get(j);
            String rateAt = field + "[" + j + "].";
            String type = types.get(j);
            BigDecimal amount = null;
            BigDecimal revshare = null;
            if (type.equals("RATECARD")) {
                amount = Money.parseNonNegative(rateAt + "rate", rate.rate());
            } else {
                revshare = Money.parseNonNegative(rateAt + "revshare", rate.revshare());
                if (revshare.compareTo(HUNDRED) > 0) {
                    throw InvalidRequestException.forField(rateAt + "revshare", rate.revshare().toPlainString(),
                            "Field [" + rateAt + "revshare] is a percentage, 0 to 100");
                }
            }
            boolean onlyOfItsType = types.stream().filter(type::equals).count() == 1;
            Long start = wholeUnits(rateAt + "startUnit", rate.startUnit(), onlyOfItsType ? 0L : null);
            if (start == null) {
                throw InvalidRequestException.missing(rateAt + "startUnit");
            }
            Long end = wholeUnits(rateAt + "endUnit", rate.endUnit(), null);
            if (end != null && end <= start) {
                throw InvalidRequestException.forField(rateAt + "endUnit", end,
                        "Field [" + rateAt + "endUnit] must be greater than startUnit");
            }
            rates.add(new RatePlanEntity.RateFields(type, amount, revshare, start, end));
        }
        long rateCards = bands(field, rates, "RATECARD");
        long revenueShares = bands(field, rates, "REVSHARE");
        boolean needsRateCard = detailType.equals("RATECARD") || detailType.equals("REVSHARE_RATECARD");
        boolean needsRevenueShare = detailType.equals("REVSHARE") || detailType.equals("REVSHARE_RATECARD");
        if (needsRateCard && rateCards == 0) {
            throw InvalidRequestException.forField(field, null,
                    "A " + detailType + " rate plan detail needs at least one RATECARD rate");
        }
        if (needsRevenueShare && revenueShares == 0) {
            throw InvalidRequestException.forField(field, null,
                    "A " + detailType + " rate plan detail needs at least one REVSHARE rate");
        }
        if (detailType.equals("RATECARD") && revenueShares > 0 || detailType.equals("REVSHARE") && rateCards > 0) {
            throw InvalidRequestException.forField(field, null,
                    "A " + detailType + " rate plan detail takes only " + detailType + " rates");
        }
        return List.copyOf(rates);
    }

    /** Checks that the bands of one type run from 0 without gaps or overlaps; the last may be open. */
    private static long bands(String field, List<RatePlanEntity.RateFields> rates, String type) {
        List<RatePlanEntity.RateFields> bands = rates.stream().filter(r -> r.type().equals(type))
                .sorted(Comparator.comparingLong(RatePlanEntity.RateFields::startUnit)).toList();
        for (int k = 0; k < bands.size(); k++) {
            RatePlanEntity.RateFields band = bands.get(k);
            if (k == 0 && band.startUnit() != 0) {
                throw InvalidRequestException.forField(field, band.startUnit(),
                        "The first " + type + " band must start at unit 0");
            }
            if (k + 1 < bands.size()) {
                long next = bands.get(k + 1).startUnit();
                if (band.endUnit() == null || band.endUnit() != next) {
                    throw InvalidRequestException.forField(field, band.startUnit(), "The " + type
                            + " bands must be contiguous: the band from unit " + band.startUnit()
                            + " must end where the next one starts (" + next + ")");
                }
            }
        }
        return bands.size();
    }

    private static void sameId(String field, RatePlanView.Ref ref, String expected, String what) {
        String id = refId(field, ref);
        if (id != null && !id.equals(expected)) {
            throw InvalidRequestException.forField(field, id, "Field [" + field + "] must be " + what);
        }
    }

    private static String refId(String field, RatePlanView.Ref ref) {
        if (ref == null || ref.id() == null) {
            return null;
        }
        if (ref.id().isBlank()) {
            throw InvalidRequestException.missing(field + ".id");
        }
        return ref.id().trim();
    }

    private static String text(String field, String value, String fallback) {
        String text = optionalText(field, value);
        text = text == null ? fallback : text;
        if (text == null) {
            throw InvalidRequestException.missing(field);
        }
        return text;
    }

    private static String optionalText(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > 255 && !field.equals("description")) {
            throw InvalidRequestException.forField(field, null, "Field [" + field + "] is longer than 255 characters");
        }
        return value.trim();
    }

    private static String oneOf(String field, String value, Set<String> allowed, String fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        String upper = value.trim().toUpperCase(Locale.ROOT);
        if (!allowed.contains(upper)) {
            throw InvalidRequestException.forField(field, value,
                    "Field [" + field + "] must be one of " + allowed.stream().sorted().toList());
        }
        return upper;
    }

    private static BigDecimal money(String field, BigDecimal value, BigDecimal fallback) {
        return value == null ? fallback : Money.parseNonNegative(field, value);
    }

    private static Integer positive(String field, Integer value, Integer fallback) {
        if (value == null) {
            return fallback;
        }
        if (value < 1) {
            throw InvalidRequestException.forField(field, value, "Field [" + field + "] must be 1 or more");
        }
        return value;
    }

    private static Integer nonNegative(String field, Integer value, Integer fallback) {
        if (value == null) {
            return fallback;
        }
        if (value < 0) {
            throw InvalidRequestException.forField(field, value, "Field [" + field + "] must not be negative");
        }
        return value;
    }

    private static Long wholeUnits(String field, BigDecimal value, Long fallback) {
        if (value == null) {
            return fallback;
        }
        if (value.signum() < 0 || value.stripTrailingZeros().scale() > 0) {
            throw InvalidRequestException.forField(field, value,
                    "Field [" + field + "] must be a whole number of units, 0 or more");
        }
        try {
            return value.longValueExact();
        } catch (ArithmeticException e) {
            throw InvalidRequestException.forField(field, value, "Field [" + field + "] is too large");
        }
    }

    private static String days(String field, String value, String fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        if (!DAYS.matcher(value.trim()).matches()) {
            throw InvalidRequestException.forField(field, value, "Field [" + field + "] must be a number of days");
        }
        return value.trim();
    }

    private static boolean bool(Boolean value, boolean fallback) {
        return value == null ? fallback : value;
    }
}
