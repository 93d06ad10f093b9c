package org.openmint.catalog;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The body of a rate plan create or update (spec §9.2). References come as {@code {"id": ...}} (full
 * objects, as a client echoes them back, are read by their id); money as JSON numbers with at most 4
 * decimals; dates as {@code YYYY-MM-DD HH:mm:ss} or {@code YYYY-MM-DD} in the organization's time zone.
 */
record RatePlanRequest(
        String id,
        String name,
        String displayName,
        String description,
        String type,
        RatePlanView.Ref developer,
        RatePlanView.Ref developerCategory,
        RatePlanView.Ref monetizationPackage,
        RatePlanView.Ref organization,
        RatePlanView.Ref currency,
        Boolean published,
        @JsonProperty("isPrivate") Boolean isPrivate,
        String startDate,
        String endDate,
        BigDecimal setUpFee,
        BigDecimal recurringFee,
        BigDecimal earlyTerminationFee,
        Integer frequencyDuration,
        String frequencyDurationType,
        String recurringType,
        Integer recurringStartUnit,
        Integer contractDuration,
        String contractDurationType,
        Boolean advance,
        Boolean prorate,
        String paymentDueDays,
        Boolean customPaymentTerm,
        Boolean keepOriginalStartDate,
        BigDecimal freemiumUnit,
        Integer freemiumDuration,
        String freemiumDurationType,
        List<Detail> ratePlanDetails) {

    /** One rate plan detail. */
    record Detail(
            String id,
            String type,
            String meteringType,
            String ratingParameter,
            String ratingParameterUnit,
            String revenueType,
            RatePlanView.Ref product,
            RatePlanView.Ref currency,
            RatePlanView.Ref organization,
            Integer duration,
            String durationType,
            Integer freemiumDuration,
            String freemiumDurationType,
            BigDecimal freemiumUnit,
            Boolean aggregateFreemiumCounters,
            Boolean aggregateStandardCounters,
            Boolean aggregateTransactions,
            Boolean customPaymentTerm,
            String paymentDueDays,
            List<Rate> ratePlanRates) {
    }

    /** One band of a detail. */
    record Rate(String id, String type, BigDecimal rate, BigDecimal revshare, BigDecimal startUnit,
            BigDecimal endUnit) {
    }
}
