package org.openmint.app;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An app as the mint API embeds it, for example in a transaction's {@code application} field (spec §8.2):
 * its id, its name and, when the app has a {@code Notes} attribute, that as its description.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MintApplication(String description, String id, String name) {
}
