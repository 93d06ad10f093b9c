package org.openmint.tnc;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.openmint.organization.OrganizationProfile;

/**
 * A terms-and-conditions document as the mint API shows it (spec §13.2), with the full organization embedded;
 * {@code startDate} as {@code YYYY-MM-DD HH:mm:ss} in the organization's time zone, {@code url} and
 * {@code tncText} left out when unset.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record Tnc(String id, OrganizationProfile organization, String startDate, String tncText, String url,
        String version) {
}
