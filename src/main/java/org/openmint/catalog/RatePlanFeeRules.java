package org.openmint.catalog;

import java.math.BigDecimal;
import java.util.Set;

import org.openmint.error.InvalidRequestException;

import static org.openmint.catalog.RequestFields.days;
import static org.openmint.catalog.RequestFields.money;
import static org.openmint.catalog.RequestFields.oneOf;
import static org.openmint.catalog.RequestFields.positive;

/**
 * Checks a rate plan's fees and the terms they are billed on (spec §9.2): money of at most 4 decimals,
 * a recurring fee only with its frequency, the day of the month a calendar cycle starts, the contract
 * duration and the days payment is due.
 */
final class RatePlanFeeRules {

    private static final Set<String> RECURRING_TYPES = Set.of("CALENDAR", "CUSTOM");

    private RatePlanFeeRules() {
    }

    /** The validated fees of a rate plan and their billing terms. */
    record Fees(BigDecimal setUpFee, BigDecimal recurringFee, BigDecimal earlyTerminationFee,
            Integer frequencyDuration, String frequencyDurationType, String recurringType, Integer recurringStartUnit,
            Integer contractDuration, String contractDurationType, String paymentDueDays) {
    }

    /**
     * The validated fees of the request; those it leaves out are {@code base}'s, except that a new plan's
     * calendar cycle starts on the 1st.
     *
     * @throws InvalidRequestException naming the first missing or invalid field
     */
    static Fees fees(RatePlanRequest r, RatePlanEntity.PlanFields base, boolean newPlan) {
        BigDecimal setUpFee = money("setUpFee", r.setUpFee(), base.setUpFee());
        BigDecimal recurringFee = money("recurringFee", r.recurringFee(), base.recurringFee());
        BigDecimal earlyTerminationFee = money("earlyTerminationFee", r.earlyTerminationFee(),
                base.earlyTerminationFee());
        Integer frequencyDuration = positive("frequencyDuration", r.frequencyDuration(), base.frequencyDuration());
        String frequencyDurationType = oneOf("frequencyDurationType", r.frequencyDurationType(),
                RatePlanRules.DURATION_TYPES, base.frequencyDurationType());
        if (recurringFee != null && recurringFee.signum() > 0
                && (frequencyDuration == null || frequencyDurationType == null)) {
            throw InvalidRequestException.forField(
                    frequencyDuration == null ? "frequencyDuration" : "frequencyDurationType",
                    null, "A rate plan with a recurring fee needs frequencyDuration and frequencyDurationType");
        }
        String recurringType = oneOf("recurringType", r.recurringType(), RECURRING_TYPES, base.recurringType());
        Integer recurringStartUnit = positive("recurringStartUnit", r.recurringStartUnit(),
                newPlan ? recurringType.equals("CALENDAR") ? 1 : null : base.recurringStartUnit());
        if (recurringStartUnit != null && recurringStartUnit > 31) {
            throw InvalidRequestException.forField("recurringStartUnit", recurringStartUnit,
                    "Field [recurringStartUnit] is a day of the month, 1 to 31");
        }
        Integer contractDuration = positive("contractDuration", r.contractDuration(), base.contractDuration());
        String contractDurationType = oneOf("contractDurationType", r.contractDurationType(),
                RatePlanRules.DURATION_TYPES, base.contractDurationType());
        String paymentDueDays = days("paymentDueDays", r.paymentDueDays(), base.paymentDueDays());
        return new Fees(setUpFee, recurringFee, earlyTerminationFee, frequencyDuration, frequencyDurationType,
                recurringType, recurringStartUnit, contractDuration, contractDurationType, paymentDueDays);
    }
}
