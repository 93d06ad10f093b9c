package org.openmint.catalog;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.openmint.category.DeveloperCategory;
import org.openmint.currency.SupportedCurrency;
import org.openmint.developer.MintDeveloper;
import org.openmint.organization.OrganizationProfile;
import org.openmint.product.MintProduct;

/**
 * A rate plan as the mint API shows it (spec §9.2), for responses and for embedding (accepted plans):
 * the package, currency, organization and, of a DEVELOPER plan, the developer or company in full, dates as
 * {@code YYYY-MM-DD HH:mm:ss} in the organization's time zone, unset optional fields left out. A revision (Part III
 * §16) carries the plan it revises in full as {@code parentRatePlan}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RatePlanView(
        boolean advance,
        Integer contractDuration,
        String contractDurationType,
        SupportedCurrency currency,
        boolean customPaymentTerm,
        String description,
        MintDeveloper developer,
        DeveloperCategory developerCategory,
        String displayName,
        BigDecimal earlyTerminationFee,
        String endDate,
        Integer freemiumDuration,
        String freemiumDurationType,
        Long freemiumUnit,
        Integer frequencyDuration,
        String frequencyDurationType,
        String id,
        @JsonProperty("isPrivate") boolean isPrivate,
        Boolean keepOriginalStartDate,
        MonetizationPackage monetizationPackage,
        String name,
        OrganizationProfile organization,
        String paymentDueDays,
        boolean prorate,
        boolean published,
        List<Detail> ratePlanDetails,
        BigDecimal recurringFee,
        Integer recurringStartUnit,
        String recurringType,
        BigDecimal setUpFee,
        String startDate,
        String type,
        RatePlanView parentRatePlan) {

    /** A reference by id: {@code {"id": "..."}}, as requests give it and responses echo categories. */
    public record Ref(String id) {
    }

    /** One rate plan detail with its bands. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Detail(
            boolean aggregateFreemiumCounters,
            boolean aggregateStandardCounters,
            boolean aggregateTransactions,
            SupportedCurrency currency,
            boolean customPaymentTerm,
            Integer duration,
            String durationType,
            Integer freemiumDuration,
            String freemiumDurationType,
            long freemiumUnit,
            String id,
            String meteringType,
            OrganizationProfile organization,
            String paymentDueDays,
            MintProduct product,
            List<Rate> ratePlanRates,
            String ratingParameter,
            String ratingParameterUnit,
            String revenueType,
            String type) {
    }

    /** One band: {@code rate} for rate cards, {@code revshare} (percent) for revenue shares. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Rate(
            Long endUnit,
            String id,
            BigDecimal rate,
            BigDecimal revshare,
            long startUnit,
            String type) {
    }
}
