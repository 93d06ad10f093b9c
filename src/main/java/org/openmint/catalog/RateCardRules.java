package org.openmint.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.openmint.error.InvalidRequestException;
import org.openmint.money.Money;

import static org.openmint.catalog.RequestFields.oneOf;
import static org.openmint.catalog.RequestFields.wholeUnits;

/**
 * Checks the bands of a rate plan detail (spec §9.2): rate card rates and revenue share percentages,
 * each kind contiguous from unit 0, the last band open or not, and the kinds the detail's type needs.
 */
final class RateCardRules {

    private static final Set<String> RATE_TYPES = Set.of("RATECARD", "REVSHARE");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private RateCardRules() {
    }

    /**
     * The validated bands of a detail of type {@code detailType}; {@code at} prefixes the field names.
     *
     * @throws InvalidRequestException naming the first missing or invalid field
     */
    static List<RatePlanEntity.RateFields> rates(String at, String detailType, List<RatePlanRequest.Rate> requested) {
        List<RatePlanRequest.Rate> given = requested == null ? List.of() : requested;
        String field = at + "ratePlanRates";
        List<String> types = types(field, detailType, given);
        List<RatePlanEntity.RateFields> rates = new ArrayList<>();
        for (int j = 0; j < given.size(); j++) {
            String type = types.get(j);
            boolean onlyOfItsType = types.stream().filter(type::equals).count() == 1;
            rates.add(rate(field + "[" + j + "].", type, given.get(j), onlyOfItsType));
        }
        requireKinds(field, detailType, bands(field, rates, "RATECARD"), bands(field, rates, "REVSHARE"));
        return List.copyOf(rates);
    }

    /** The type of each band: given, else inferred from its amount, else from the detail's type. */
    private static List<String> types(String field, String detailType, List<RatePlanRequest.Rate> given) {
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
        return types;
    }

    /** One band; its start may be left out when it is the only band of its type. */
    private static RatePlanEntity.RateFields rate(String rateAt, String type, RatePlanRequest.Rate rate,
            boolean onlyOfItsType) {
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
        Long start = wholeUnits(rateAt + "startUnit", rate.startUnit(), onlyOfItsType ? 0L : null);
        if (start == null) {
            throw InvalidRequestException.missing(rateAt + "startUnit");
        }
        Long end = wholeUnits(rateAt + "endUnit", rate.endUnit(), null);
        if (end != null && end <= start) {
            throw InvalidRequestException.forField(rateAt + "endUnit", end,
                    "Field [" + rateAt + "endUnit] must be greater than startUnit");
        }
        return new RatePlanEntity.RateFields(type, amount, revshare, start, end);
    }

    /** A detail has the kinds of bands its type needs, and a single-kind detail no other kind. */
    private static void requireKinds(String field, String detailType, long rateCards, long revenueShares) {
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
}
