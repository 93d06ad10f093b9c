package org.openmint.category;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.openmint.organization.OrganizationProfile;

/**
 * A developer role as the mint API shows it (spec §14.2): its id is its name, and the organization is
 * embedded in full; in the mint view of an account ({@code developerRole}) it comes without the organization.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeveloperRole(String description, String id, String name, OrganizationProfile organization) {

    /** A role known only by its name: what an account names when the organization has no such role. */
    public static DeveloperRole unknown(String name) {
        return new DeveloperRole(null, name, name, null);
    }
}
