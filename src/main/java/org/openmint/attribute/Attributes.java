package org.openmint.attribute;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

import org.openmint.error.InvalidRequestException;
import org.openmint.error.ResourceNotFoundException;

/** The checks every list of custom attributes passes before it is stored, and the lookup of a value by name. */
public final class Attributes {

    private static final int MAX_NAME_LENGTH = 255;
    /** The longest attribute value of a developer, company or app. */
    private static final int MAX_VALUE_LENGTH = 16_384;

    /** Every value passes. */
    private static final BiConsumer<String, String> ANY_VALUE = (name, value) -> {
    };

    private Attributes() {
    }

    /**
     * Checks the attributes of a developer, company or app as a client sent them.
     *
     * @return them with names trimmed and null values as empty strings; an empty list for null
     * @throws InvalidRequestException when a name is missing, too long or given twice, or a value is too long
     */
    public static List<Attribute> check(List<Attribute> attributes) {
        return check(attributes, ANY_VALUE);
    }

    /**
     * Checks the attributes of a developer, company or app as {@link #check(List)} does, and each one that
     * passes also with the owner's own {@code valueRule} (name and value, as returned), before the next one.
     *
     * @throws InvalidRequestException when a name is missing, too long or given twice, a value is too long, or
     *         {@code valueRule} throws it
     */
    public static List<Attribute> check(List<Attribute> attributes, BiConsumer<String, String> valueRule) {
        return check(attributes, ErrorStyle.CORE_EDGE, valueRule);
    }

    /**
     * Checks the attributes of an API product as a client sent them; a product's values have no length limit
     * of their own, and its errors name the field {@code attributes.name}.
     *
     * @return them with names trimmed and null values as empty strings; an empty list for null
     * @throws InvalidRequestException when a name is missing, too long or given twice
     */
    public static List<Attribute> checkProductAttributes(List<Attribute> attributes) {
        return check(attributes, ErrorStyle.API_PRODUCT, ANY_VALUE);
    }

    /** The value of the attribute with this name, or null when there is none. */
    public static String valueOf(List<Attribute> attributes, String name) {
        return attributes.stream().filter(a -> a.name().equals(name)).map(Attribute::value).findFirst().orElse(null);
    }

    /** The value of the attribute with this name, or null when there is none or it is blank. */
    public static String nonBlankValueOf(List<Attribute> attributes, String name) {
        String value = valueOf(attributes, name);
        return value == null || value.isBlank() ? null : value;
    }

    /**
     * The attribute with this name.
     *
     * @throws ResourceNotFoundException when there is none
     */
    public static Attribute require(List<Attribute> attributes, String name) {
        return attributes.stream().filter(a -> a.name().equals(name)).findFirst()
                .orElseThrow(() -> new ResourceNotFoundException("Attribute", name));
    }

    /** The attributes with this one set: its value replaced where its name is, else added at the end. */
    public static List<Attribute> with(List<Attribute> attributes, Attribute attribute) {
        List<Attribute> updated = new ArrayList<>(attributes);
        for (int i = 0; i < updated.size(); i++) {
            if (updated.get(i).name().equals(attribute.name())) {
                updated.set(i, attribute);
                return updated;
            }
        }
        updated.add(attribute);
        return updated;
    }

    /** The attributes without the one of this name, the others in their order. */
    public static List<Attribute> without(List<Attribute> attributes, String name) {
        return attributes.stream().filter(a -> !a.name().equals(name)).toList();
    }

    private static List<Attribute> check(List<Attribute> attributes, ErrorStyle errors,
            BiConsumer<String, String> valueRule) {
        if (attributes == null) {
            return List.of();
        }
        List<Attribute> checked = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Attribute attribute : attributes) {
            if (attribute == null || attribute.name() == null || attribute.name().isBlank()) {
                throw errors.missingName();
            }
            String name = attribute.name().trim();
            String value = attribute.value() == null ? "" : attribute.value();
            if (name.length() > MAX_NAME_LENGTH) {
                throw errors.nameTooLong(name);
            }
            if (value.length() > errors.maxValueLength) {
                throw InvalidRequestException.forField(name, null,
                        "Attribute [" + name + "] is longer than " + errors.maxValueLength + " characters");
            }
            if (!names.add(name)) {
                throw errors.repeated(name, value);
            }
            valueRule.accept(name, value);
            checked.add(new Attribute(name, value));
        }
        return checked;
    }

    /**
     * How the errors of an API name a broken attribute: the core Edge developer, company and app APIs name the
     * attribute, the API product API names the field {@code attributes.name}.
     */
    private enum ErrorStyle {

        CORE_EDGE(MAX_VALUE_LENGTH) {
            @Override
            InvalidRequestException missingName() {
                return InvalidRequestException.forField("attributes", null, "Every attribute needs a name");
            }

            @Override
            InvalidRequestException nameTooLong(String name) {
                return InvalidRequestException.forField("attributes", name, NAME_TOO_LONG);
            }

            @Override
            InvalidRequestException repeated(String name, String value) {
                return InvalidRequestException.forField(name, value, repeatedMessage(name));
            }
        },

        API_PRODUCT(Integer.MAX_VALUE) {
            @Override
            InvalidRequestException missingName() {
                return InvalidRequestException.missing("attributes.name");
            }

            @Override
            InvalidRequestException nameTooLong(String name) {
                return InvalidRequestException.forField("attributes.name", null, NAME_TOO_LONG);
            }

            @Override
            InvalidRequestException repeated(String name, String value) {
                return InvalidRequestException.forField("attributes.name", name, repeatedMessage(name));
            }
        };

        private static final String NAME_TOO_LONG = "Attribute names are at most " + MAX_NAME_LENGTH + " characters";

        private final int maxValueLength;

        ErrorStyle(int maxValueLength) {
            this.maxValueLength = maxValueLength;
        }

        abstract InvalidRequestException missingName();

        abstract InvalidRequestException nameTooLong(String name);

        abstract InvalidRequestException repeated(String name, String value);

        private static String repeatedMessage(String name) {
            return "Attribute [" + name + "] is given more than once";
        }
    }
}
