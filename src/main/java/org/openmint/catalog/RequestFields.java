package org.openmint.catalog;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.openmint.error.InvalidRequestException;
import org.openmint.money.Money;

/**
 * The checks of single fields of catalog request bodies (spec §9.1, §9.2): ids, references, texts,
 * enumerations, money, counts and flags. Each takes the field's name for its error and a fallback for
 * a field left out.
 */
final class RequestFields {

    /** Ids of packages and rate plans: what a URL path segment carries without trouble. */
    static final Pattern ID = Pattern.compile("[A-Za-z0-9._$%~@-][A-Za-z0-9 ._$%~@-]{0,254}");
    private static final Pattern DAYS = Pattern.compile("[0-9]{1,4}");

    private RequestFields() {
    }

    /** A package or rate plan id: the one given, or one made from the name. */
    static String id(String field, String given, String made) {
        String id = given == null || given.isBlank() ? made : given.trim();
        if (!ID.matcher(id).matches()) {
            throw InvalidRequestException.forField(field, id, given == null || given.isBlank()
                    ? "Cannot make an id from the name; give an id of letters, digits and . _ - $ % ~ @"
                    : "Field [" + field + "] may only hold letters, digits, spaces and . _ - $ % ~ @");
        }
        return id;
    }

    /** The name as Apigee turns it into an id: lower case, dashes for spaces. */
    static String slug(String name) {
        return name.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", "-");
    }

    /** A reference, when given, names the expected id. */
    static void sameId(String field, RatePlanView.Ref ref, String expected, String what) {
        String id = refId(field, ref);
        if (id != null && !id.equals(expected)) {
            throw InvalidRequestException.forField(field, id, "Field [" + field + "] must be " + what);
        }
    }

    /** The id of a reference; null when there is no reference or it has no id. */
    static String refId(String field, RatePlanView.Ref ref) {
        if (ref == null || ref.id() == null) {
            return null;
        }
        if (ref.id().isBlank()) {
            throw InvalidRequestException.missing(field + ".id");
        }
        return ref.id().trim();
    }

    /** A text that must be there: the one given, else the fallback. */
    static String text(String field, String value, String fallback) {
        String text = optionalText(field, value);
        text = text == null ? fallback : text;
        if (text == null) {
            throw InvalidRequestException.missing(field);
        }
        return text;
    }

    /** A trimmed text of at most 255 characters (a description may be longer); null when blank. */
    static String optionalText(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > 255 && !field.equals("description")) {
            throw InvalidRequestException.forField(field, null, "Field [" + field + "] is longer than 255 characters");
        }
        return value.trim();
    }

    /** One of the allowed values in any case, as upper case. */
    static String oneOf(String field, String value, Set<String> allowed, String fallback) {
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

    static BigDecimal money(String field, BigDecimal value, BigDecimal fallback) {
        return value == null ? fallback : Money.parseNonNegative(field, value);
    }

    static Integer positive(String field, Integer value, Integer fallback) {
        if (value == null) {
            return fallback;
        }
        if (value < 1) {
            throw InvalidRequestException.forField(field, value, "Field [" + field + "] must be 1 or more");
        }
        return value;
    }

    static Integer nonNegative(String field, Integer value, Integer fallback) {
        if (value == null) {
            return fallback;
        }
        if (value < 0) {
            throw InvalidRequestException.forField(field, value, "Field [" + field + "] must not be negative");
        }
        return value;
    }

    static Long wholeUnits(String field, BigDecimal value, Long fallback) {
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

    /** A number of days, up to 4 digits, kept as text. */
    static String days(String field, String value, String fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        if (!DAYS.matcher(value.trim()).matches()) {
            throw InvalidRequestException.forField(field, value, "Field [" + field + "] must be a number of days");
        }
        return value.trim();
    }

    static boolean bool(Boolean value, boolean fallback) {
        return value == null ? fallback : value;
    }
}
