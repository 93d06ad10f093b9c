package org.openmint.catalog;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.openmint.currency.SupportedCurrency;
import org.openmint.error.InvalidRequestException;
import org.openmint.money.Money;

import static org.openmint.catalog.RequestFields.bool;
import static org.openmint.catalog.RequestFields.nonNegative;
import static org.openmint.catalog.RequestFields.oneOf;
import static org.openmint.catalog.RequestFields.refId;
import static org.openmint.catalog.RequestFields.sameId;
import static org.openmint.catalog.RequestFields.text;
import static org.openmint.catalog.RequestFields.wholeUnits;

/**
 * Checks a rate plan request and turns it into the plan's fields (spec §9.2): who the plan is for, its
 * dates and currency here, its fees in {@link RatePlanFeeRules}, its details in {@link RatePlanDetailRules}.
 * On a published plan ({@code current} given) a field the request leaves out keeps its current value.
 */
final class RatePlanRules {

    static final Set<String> DURATION_TYPES = Set.of("DAY", "WEEK", "MONTH", "QUARTER", "YEAR");
    private static final Set<String> PLAN_TYPES = Set.of("STANDARD", "DEVELOPER", "DEVELOPER_CATEGORY");

    /** What a new plan has where its request leaves a field out: a default, or null for none. */
    private static final RatePlanEntity.PlanFields NEW_PLAN = new RatePlanEntity.PlanFields(null, null, null,
            "STANDARD", null, null, false, false, null, null, null, Money.ZERO, null, null, null, null, "CALENDAR",
            null, null, null, false, false, null, false, null, null, null, null, List.of());

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

    /** Who a plan is for: its type, and the developer or category it names. */
    private record Audience(String type, String developerId, String categoryId) {
    }

    /** When a plan is in effect: from {@code start}, to {@code end} (exclusive) or on. */
    private record Dates(Instant start, Instant end) {
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
        RatePlanEntity.PlanFields base = current == null ? NEW_PLAN : current;
        sameId("organization", r.organization(), c.org(), "the organization in the path");
        sameId("monetizationPackage", r.monetizationPackage(), c.packageId(), "the package in the path");
        String name = text("name", r.name(), base.name());
        String displayName = text("displayName", r.displayName(), base.displayName());
        String description = text("description", r.description(), base.description());
        Audience audience = audience(r, base);
        Dates dates = dates(r, c, base);
        String currencyId = currency(r, c, base);
        RatePlanFeeRules.Fees fees = RatePlanFeeRules.fees(r, base, current == null);
        Long freemiumUnit = wholeUnits("freemiumUnit", r.freemiumUnit(), base.freemiumUnit());
        Integer freemiumDuration = nonNegative("freemiumDuration", r.freemiumDuration(), base.freemiumDuration());
        String freemiumDurationType = oneOf("freemiumDurationType", r.freemiumDurationType(), DURATION_TYPES,
                base.freemiumDurationType());
        List<RatePlanEntity.DetailFields> details = r.ratePlanDetails() == null
                ? base.details()
                : RatePlanDetailRules.details(r.ratePlanDetails(), c, currencyId, fees.paymentDueDays());
        return new RatePlanEntity.PlanFields(name, displayName, description, audience.type(),
                audience.developerId(), audience.categoryId(), bool(r.published(), base.published()),
                bool(r.isPrivate(), base.isPrivate()), dates.start(), dates.end(), currencyId, fees.setUpFee(),
                fees.recurringFee(), fees.earlyTerminationFee(), fees.frequencyDuration(),
                fees.frequencyDurationType(), fees.recurringType(), fees.recurringStartUnit(),
                fees.contractDuration(), fees.contractDurationType(), bool(r.advance(), base.advance()),
                bool(r.prorate(), base.prorate()), fees.paymentDueDays(),
                bool(r.customPaymentTerm(), base.customPaymentTerm()),
                r.keepOriginalStartDate() != null ? r.keepOriginalStartDate() : base.keepOriginalStartDate(),
                freemiumUnit, freemiumDuration, freemiumDurationType, details);
    }

    /** A DEVELOPER plan names a developer, a DEVELOPER_CATEGORY plan a category, and no plan names another. */
    private static Audience audience(RatePlanRequest r, RatePlanEntity.PlanFields base) {
        String type = oneOf("type", r.type(), PLAN_TYPES, base.type());
        String developerId = refId("developer", r.developer());
        String categoryId = refId("developerCategory", r.developerCategory());
        developerId = developerId == null ? base.developerId() : developerId;
        categoryId = categoryId == null ? base.developerCategoryId() : categoryId;
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
        return new Audience(type, developerId, categoryId);
    }

    /** A plan has a start, and an end, when it has one, after it. */
    private static Dates dates(RatePlanRequest r, Context c, RatePlanEntity.PlanFields base) {
        Instant startDate = PlanDates.parse("startDate", r.startDate(), c.zone());
        startDate = startDate == null ? base.startDate() : startDate;
        if (startDate == null) {
            throw InvalidRequestException.missing("startDate");
        }
        Instant endDate = PlanDates.parse("endDate", r.endDate(), c.zone());
        endDate = endDate == null ? base.endDate() : endDate;
        if (endDate != null && !endDate.isAfter(startDate)) {
            throw InvalidRequestException.forField("endDate", r.endDate(), "Field [endDate] must be after startDate");
        }
        return new Dates(startDate, endDate);
    }

    /** A plan is in a supported currency, an active one unless it keeps the one it has. */
    private static String currency(RatePlanRequest r, Context c, RatePlanEntity.PlanFields base) {
        String currencyId = refId("currency", r.currency());
        currencyId = currencyId == null ? base.currencyId() : currencyId;
        if (currencyId == null) {
            throw InvalidRequestException.missing("currency");
        }
        SupportedCurrency currency = c.currencies().apply(currencyId);
        if (!currency.active() && !currencyId.equals(base.currencyId())) {
            throw InvalidRequestException.forField("currency", currencyId,
                    "Supported currency [" + currencyId + "] is not ACTIVE");
        }
        return currencyId;
    }
}
