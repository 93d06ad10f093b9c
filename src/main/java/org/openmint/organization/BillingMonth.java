package org.openmint.organization;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Locale;

import org.openmint.error.InvalidRequestException;

/**
 * A billing month as the {@code billingMonth} and {@code billingYear} query parameters name it (spec §6.3,
 * §7.1): a month name such as {@code OCTOBER} (any case) or its number, and a 4-digit year. Billing months
 * are counted in the organization's time zone ({@link OrganizationService#currentBillingPeriod}).
 */
public record BillingMonth(YearMonth month) {

    /**
     * The billing month the parameters name.
     *
     * @throws InvalidRequestException when one is missing or malformed
     */
    public static BillingMonth parse(String billingMonth, String billingYear) {
        Month month = month(billingMonth);
        return new BillingMonth(YearMonth.of(year(billingYear), month));
    }

    /** The first day of the month: the start of its billing period. */
    public LocalDate start() {
        return month.atDay(1);
    }

    private static Month month(String billingMonth) {
        if (billingMonth == null || billingMonth.isBlank()) {
            throw InvalidRequestException.missing("billingMonth");
        }
        String value = billingMonth.trim().toUpperCase(Locale.ROOT);
        try {
            return value.matches("\\d{1,2}") ? Month.of(Integer.parseInt(value)) : Month.valueOf(value);
        } catch (IllegalArgumentException | DateTimeException e) {
            throw InvalidRequestException.forField("billingMonth", billingMonth,
                    "Parameter [billingMonth] must be a month name such as OCTOBER");
        }
    }

    private static int year(String billingYear) {
        if (billingYear == null || billingYear.isBlank()) {
            throw InvalidRequestException.missing("billingYear");
        }
        if (!billingYear.trim().matches("\\d{4}")) {
            throw InvalidRequestException.forField("billingYear", billingYear,
                    "Parameter [billingYear] must be a 4-digit year");
        }
        return Integer.parseInt(billingYear.trim());
    }
}
