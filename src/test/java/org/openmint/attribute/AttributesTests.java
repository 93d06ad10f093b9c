package org.openmint.attribute;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openmint.error.ErrorContext;
import org.openmint.error.InvalidRequestException;
import org.openmint.error.ResourceNotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class AttributesTests {

    @Test
    void shouldTrimNamesAndTurnNullValuesIntoEmptyStrings() {
        List<Attribute> checked = Attributes.check(List.of(new Attribute(" a ", null), new Attribute("b", " x ")));

        assertThat(checked).containsExactly(new Attribute("a", ""), new Attribute("b", " x "));
        assertThat(Attributes.check(null)).isEmpty();
        assertThat(Attributes.checkProductAttributes(null)).isEmpty();
    }

    @Test
    void shouldNameTheAttributeInTheErrorsOfDevelopersCompaniesAndApps() {
        assertRefused(() -> Attributes.check(Arrays.asList((Attribute) null)), "Every attribute needs a name",
                new ErrorContext("attributes", null));
        assertRefused(() -> Attributes.check(List.of(new Attribute(" ", "v"))), "Every attribute needs a name",
                new ErrorContext("attributes", null));
        String longName = "n".repeat(256);
        assertRefused(() -> Attributes.check(List.of(new Attribute(longName, "v"))),
                "Attribute names are at most 255 characters", new ErrorContext("attributes", longName));
        assertRefused(() -> Attributes.check(List.of(new Attribute("v", "v".repeat(16_385)))),
                "Attribute [v] is longer than 16384 characters", new ErrorContext("v", null));
        assertRefused(() -> Attributes.check(List.of(new Attribute("a", "1"), new Attribute(" a", "2"))),
                "Attribute [a] is given more than once", new ErrorContext("a", "2"));
    }

    @Test
    void shouldNameTheFieldInTheErrorsOfApiProducts() {
        assertRefused(() -> Attributes.checkProductAttributes(List.of(new Attribute(null, "v"))),
                "Field [attributes.name] is required", new ErrorContext("attributes.name", null));
        assertRefused(() -> Attributes.checkProductAttributes(List.of(new Attribute("n".repeat(256), "v"))),
                "Attribute names are at most 255 characters", new ErrorContext("attributes.name", null));
        assertRefused(
                () -> Attributes.checkProductAttributes(List.of(new Attribute("a", "1"), new Attribute("a", "2"))),
                "Attribute [a] is given more than once", new ErrorContext("attributes.name", "a"));
        assertThat(Attributes.checkProductAttributes(List.of(new Attribute("v", "v".repeat(16_385))))).hasSize(1);
    }

    @Test
    void shouldApplyTheOwnersValueRuleToEachAttributeBeforeCheckingTheNext() {
        List<String> seen = new ArrayList<>();
        List<Attribute> attributes = Arrays.asList(new Attribute("first", null), new Attribute("bad", "x"), null);

        assertRefused(() -> Attributes.check(attributes, (name, value) -> {
            seen.add(name + "=" + value);
            if (name.equals("bad")) {
                throw InvalidRequestException.forField(name, value, "bad value");
            }
        }), "bad value", new ErrorContext("bad", "x"));
        assertThat(seen).containsExactly("first=", "bad=x");
    }

    @Test
    void shouldFindValuesByName() {
        List<Attribute> attributes = List.of(new Attribute("a", "1"), new Attribute("blank", " "));

        assertThat(Attributes.valueOf(attributes, "a")).isEqualTo("1");
        assertThat(Attributes.valueOf(attributes, "blank")).isEqualTo(" ");
        assertThat(Attributes.valueOf(attributes, "A")).isNull();
        assertThat(Attributes.nonBlankValueOf(attributes, "blank")).isNull();
        assertThat(Attributes.nonBlankValueOf(attributes, "a")).isEqualTo("1");
    }

    @Test
    void shouldSetOneInPlaceOrAtTheEndAndRemoveOneByName() {
        List<Attribute> attributes = List.of(new Attribute("a", "1"), new Attribute("b", "2"));

        assertThat(Attributes.with(attributes, new Attribute("a", "9")))
                .containsExactly(new Attribute("a", "9"), new Attribute("b", "2"));
        assertThat(Attributes.with(attributes, new Attribute("A", "3")))
                .containsExactly(new Attribute("a", "1"), new Attribute("b", "2"), new Attribute("A", "3"));
        assertThat(Attributes.without(attributes, "a")).containsExactly(new Attribute("b", "2"));
        assertThat(Attributes.without(attributes, "c")).isEqualTo(attributes);
        assertThat(attributes).hasSize(2);
    }

    @Test
    void shouldRequireAnAttributeByItsExactName() {
        List<Attribute> attributes = List.of(new Attribute("a", "1"));

        assertThat(Attributes.require(attributes, "a")).isEqualTo(new Attribute("a", "1"));
        assertThatExceptionOfType(ResourceNotFoundException.class).isThrownBy(() -> Attributes.require(attributes, "A"))
                .satisfies(e -> assertThat(e.getMessage()).isEqualTo("Attribute with id [A] does not exist"));
    }

    @Test
    void shouldRefuseAMissingListOrValue() {
        assertRefused(() -> AttributeList.required(null), "Field [attribute] is required",
                new ErrorContext("attribute", null));
        assertRefused(() -> AttributeList.required(new AttributeList(null)), "Field [attribute] is required",
                new ErrorContext("attribute", null));
        assertRefused(() -> AttributeValue.required(new AttributeValue(null)), "Field [value] is required",
                new ErrorContext("value", null));
        assertThat(AttributeValue.required(new AttributeValue(""))).isEmpty();
    }

    private static void assertRefused(Runnable check, String message, ErrorContext context) {
        assertThatExceptionOfType(InvalidRequestException.class).isThrownBy(check::run)
                .satisfies(e -> assertThat(e.getMessage()).isEqualTo(message))
                .satisfies(e -> assertThat(e.contexts()).containsExactly(context));
    }
}
