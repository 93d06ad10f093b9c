package org.openmint.category;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.openmint.cache.ReferenceCache;
import org.openmint.error.DuplicateEntityException;
import org.openmint.error.InvalidRequestException;
import org.openmint.error.ResourceNotFoundException;
import org.openmint.organization.OrganizationProfile;
import org.openmint.organization.OrganizationService;
import org.openmint.web.Paging;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Manages an organization's developer roles (spec §14.2) and tells the other features what the role names of
 * an account's {@code MINT_ROLES} attribute name. Roles are recorded and shown, never enforced.
 */
@Service
public class DeveloperRoleService {

    private final DeveloperRoleRepository roles;
    private final OrganizationService organizations;
    private final ReferenceCache cache;
    private final Clock clock;

    DeveloperRoleService(DeveloperRoleRepository roles, OrganizationService organizations, ReferenceCache cache,
            Clock clock) {
        this.roles = roles;
        this.organizations = organizations;
        this.cache = cache;
        this.clock = clock;
    }

    /**
     * The roles these names name, in their order, without the organization: in full when the organization has
     * the role (names compared in any case), else by the name alone; null for no names.
     */
    public List<DeveloperRole> rolesNamed(String org, List<String> names) {
        if (names == null || names.isEmpty()) {
            return null;
        }
        Map<String, DeveloperRole> all = all(org);
        List<DeveloperRole> named = new ArrayList<>();
        for (String name : names) {
            DeveloperRole role = all.get(name.toLowerCase(Locale.ROOT));
            named.add(role != null ? role : DeveloperRole.unknown(name));
        }
        return List.copyOf(named);
    }

    /** Every role of the organization, without it, by lower-case name, from the reference cache. */
    private Map<String, DeveloperRole> all(String org) {
        return cache.get("developer-roles", org, "", () -> roles.findAllByOrgId(org).stream()
                .map(role -> role.toView(null))
                .collect(Collectors.toUnmodifiableMap(role -> role.name().toLowerCase(Locale.ROOT),
                        Function.identity())));
    }

    /** A page of the organization's roles, ordered by name, each with the organization. */
    @Transactional(readOnly = true)
    DeveloperRoles list(String org, Paging paging) {
        OrganizationProfile organization = organizations.get(org);
        Page<DeveloperRoleEntity> page = roles.findByOrgId(org, paging.pageable(Sort.unsorted()));
        return new DeveloperRoles(page.getContent().stream().map(role -> role.toView(organization)).toList(),
                page.getTotalElements());
    }

    /**
     * Adds a role; its id is its name.
     *
     * @throws ResourceNotFoundException when the organization does not exist
     * @throws InvalidRequestException when the name is missing, a field is invalid, or the body names another
     *         organization or an id other than the name
     * @throws DuplicateEntityException when a role of this name (any case) exists
     */
    @Transactional
    DeveloperRole create(String org, DeveloperRoleRequest request) {
        OrganizationProfile organization = organizations.get(org);
        if (request == null) {
            throw new InvalidRequestException("Request body is missing");
        }
        String name = Texts.name(request.name());
        String description = Texts.description(request.description());
        if (request.id() != null && !request.id().trim().equals(name)) {
            throw InvalidRequestException.forField("id", request.id(),
                    "Field [id] of a developer role is its name [" + name + "]");
        }
        if (request.organization() != null && !org.equals(request.organization().id())) {
            throw InvalidRequestException.forField("organization", request.organization().id(),
                    "Field [organization] must be the organization in the path");
        }
        roles.findByOrgIdAndNameIgnoreCase(org, name).ifPresent(other -> {
            throw new DuplicateEntityException("DeveloperRole", other.name());
        });
        DeveloperRoleEntity entity = new DeveloperRoleEntity(org, name, description, clock.instant());
        roles.saveAndFlush(entity);
        return entity.toView(organization);
    }
}
