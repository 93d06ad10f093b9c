package org.openmint.provider;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.openmint.error.DuplicateEntityException;
import org.openmint.error.InvalidRequestException;
import org.openmint.error.ResourceNotFoundException;
import org.openmint.organization.OrganizationService;
import org.openmint.web.Paging;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Manages an organization's payment providers. */
@Service
public class ProviderService {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._~-]{1,255}");

    private final ProviderRepository providers;
    private final OrganizationService organizations;
    private final Clock clock;

    ProviderService(ProviderRepository providers, OrganizationService organizations, Clock clock) {
        this.providers = providers;
        this.organizations = organizations;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    PaymentProviders list(String org, Paging paging) {
        requireOrganization(org);
        List<PaymentProvider> all = providers.findByOrgIdOrderById(org).stream().map(ProviderEntity::toView).toList();
        return new PaymentProviders(paging.slice(all), all.size());
    }

    /**
     * The provider with this id.
     *
     * @throws ResourceNotFoundException when the organization or the provider does not exist
     */
    @Transactional(readOnly = true)
    public PaymentProvider require(String org, String id) {
        requireOrganization(org);
        return find(org, id).toView();
    }

    @Transactional
    PaymentProvider create(String org, PaymentProvider request) {
        requireOrganization(org);
        validate(request);
        String id = request.id() == null || request.id().isBlank() ? UUID.randomUUID().toString() : request.id();
        if (!ID.matcher(id).matches()) {
            throw InvalidRequestException.forField("id", id, "Field [id] may only hold letters, digits and . _ ~ -");
        }
        if (providers.existsById(new ProviderEntity.Key(org, id))) {
            throw new DuplicateEntityException("Provider", id);
        }
        ProviderEntity entity = new ProviderEntity(org, id, clock.instant());
        entity.replace(request, clock.instant());
        providers.saveAndFlush(entity);
        return entity.toView();
    }

    @Transactional
    PaymentProvider update(String org, String id, PaymentProvider request) {
        requireOrganization(org);
        ProviderEntity entity = find(org, id);
        validate(request);
        if (request.id() != null && !request.id().equals(id)) {
            throw InvalidRequestException.forField("id", request.id(),
                    "Field [id] must match the provider in the path");
        }
        entity.replace(request, clock.instant());
        providers.flush();
        return entity.toView();
    }

    @Transactional
    void delete(String org, String id) {
        requireOrganization(org);
        providers.delete(find(org, id));
        providers.flush();
    }

    private ProviderEntity find(String org, String id) {
        return providers.findById(new ProviderEntity.Key(org, id))
                .orElseThrow(() -> new ResourceNotFoundException("Provider", id));
    }

    private void requireOrganization(String org) {
        organizations.get(org);
    }

    private static void validate(PaymentProvider request) {
        if (request == null) {
            throw new InvalidRequestException("Request body is missing");
        }
        if (request.name() == null || request.name().isBlank()) {
            throw InvalidRequestException.missing("name");
        }
    }
}
