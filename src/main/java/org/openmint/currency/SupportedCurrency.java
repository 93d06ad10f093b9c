package org.openmint.currency;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.openmint.organization.OrganizationProfile;

/**
 * A supported currency as the mint API shows it (spec §3), with the full organization embedded;
 * {@code creditLimit} and {@code minimumTopupAmount} are left out when unset.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SupportedCurrency(
        BigDecimal creditLimit,
        String description,
        String displayName,
        String id,
        BigDecimal minimumTopupAmount,
        String name,
        OrganizationProfile organization,
        String status,
        boolean virtualCurrency) {

    /** Whether the currency can be used (status ACTIVE). */
    public boolean active() {
        return "ACTIVE".equals(status);
    }

    static SupportedCurrency from(CurrencyEntity entity, OrganizationProfile organization) {
        return new SupportedCurrency(entity.creditLimit(), entity.description(), entity.displayName(), entity.id(),
                entity.minimumTopupAmount(), entity.name(), organization, entity.status(), entity.virtualCurrency());
    }
}
