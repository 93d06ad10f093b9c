package org.openmint.category;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A developer category as the mint API shows and takes it (spec §14.1): {@code {"description", "id", "name"}},
 * without the organization; embedded as {@code developerCategory} in the mint view of developers and companies.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeveloperCategory(String description, String id, String name) {

    /** A category known only by its id: what an account names when the organization has no such category. */
    public static DeveloperCategory unknown(String id) {
        return new DeveloperCategory(null, id, null);
    }
}
