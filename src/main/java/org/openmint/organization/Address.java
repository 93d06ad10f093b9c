package org.openmint.organization;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A postal address as the mint API shows it, for organizations and developers. */
public record Address(
        String address1,
        String address2,
        String city,
        String country,
        String id,
        @JsonProperty("isPrimary") Boolean isPrimary,
        String state,
        String zip) {
}
