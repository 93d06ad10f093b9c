package org.openmint.money;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.openmint.error.InvalidRequestException;

/**
 * The one place where money is checked and rounded: amounts have at most 4 decimals and fit
 * {@code NUMERIC(19,4)}; computed prices are rounded HALF_EVEN to 4 decimals.
 */
public final class Money {

    /** Decimals kept for every amount. */
    public static final int SCALE = 4;

    /** Digits before the decimal point that {@code NUMERIC(19,4)} can hold. */
    private static final int MAX_INTEGER_DIGITS = 19 - SCALE;

    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(SCALE);

    private Money() {
    }

    /**
     * Checks an amount given by a client and returns it at scale 4.
     *
     * @throws InvalidRequestException when it has more than 4 decimals or does not fit {@code NUMERIC(19,4)}
     */
    public static BigDecimal parse(String field, BigDecimal value) {
        if (value == null) {
            throw InvalidRequestException.missing(field);
        }
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() > SCALE) {
            throw InvalidRequestException.forField(field, value,
                    "Field [" + field + "] has more than " + SCALE + " decimal places");
        }
        if (stripped.precision() - stripped.scale() > MAX_INTEGER_DIGITS) {
            throw InvalidRequestException.forField(field, value,
                    "Field [" + field + "] is too large");
        }
        return value.setScale(SCALE, RoundingMode.UNNECESSARY);
    }

    /** Like {@link #parse} but also refuses negative amounts. */
    public static BigDecimal parseNonNegative(String field, BigDecimal value) {
        BigDecimal amount = parse(field, value);
        if (amount.signum() < 0) {
            throw InvalidRequestException.forField(field, value,
                    "Field [" + field + "] must not be negative");
        }
        return amount;
    }

    /** Like {@link #parse} but only accepts amounts greater than zero. */
    public static BigDecimal parsePositive(String field, BigDecimal value) {
        BigDecimal amount = parse(field, value);
        if (amount.signum() <= 0) {
            throw InvalidRequestException.forField(field, value,
                    "Field [" + field + "] must be greater than zero");
        }
        return amount;
    }

    /** Parses an amount given as text (a query parameter). */
    public static BigDecimal parse(String field, String text) {
        if (text == null || text.isBlank()) {
            throw InvalidRequestException.missing(field);
        }
        try {
            return parse(field, new BigDecimal(text.trim()));
        } catch (NumberFormatException e) {
            throw InvalidRequestException.forField(field, text, "Field [" + field + "] is not a number");
        }
    }

    /** Rounds a computed price: HALF_EVEN to 4 decimals. */
    public static BigDecimal round(BigDecimal value) {
        return value.setScale(SCALE, RoundingMode.HALF_EVEN);
    }
}
