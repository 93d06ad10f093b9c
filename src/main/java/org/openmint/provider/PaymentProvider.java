package org.openmint.provider;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A payment provider as the mint API shows and takes it (spec §6.5). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PaymentProvider(String authType, String credential, String description, String endpoint, String id,
        String merchantCode, String name) {
}
