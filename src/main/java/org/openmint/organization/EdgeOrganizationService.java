package org.openmint.organization;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.openmint.error.DuplicateEntityException;
import org.openmint.error.ErrorCode;
import org.openmint.error.ErrorContext;
import org.openmint.error.InvalidRequestException;
import org.openmint.error.MintException;
import org.openmint.error.ResourceNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Organizations as the core Edge API sees them (Part III §21.1): list, create, read, change the display
 * name, type, environments and properties, delete an empty one, and associate it with pods. Creating one
 * here creates the same organization, with a default monetization profile, as
 * {@link OrganizationService#put} does; security lets only system administrators create, change or
 * delete one.
 */
@Service
class EdgeOrganizationService {

    /**
     * Properties no client changes, with their values: monetization is on for every organization (each has
     * a profile), and every list of the core API pages with {@code startKey} and {@code count}.
     */
    static final List<OrganizationProperty> RESERVED = List.of(
            new OrganizationProperty("features.isCpsEnabled", "true"),
            new OrganizationProperty("features.isMonetizationEnabled", "true"));

    /** The emulated planet: Edge's default region and its pods. */
    static final Map<String, Set<String>> PLANET = Map.of("dc-1", Set.of("gateway", "central", "analytics"));

    private static final Set<String> TYPES = Set.of("paid", "trial");
    private static final Pattern ENVIRONMENT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,254}");
    private static final int MAX_TEXT = 255;

    private final OrganizationRepository organizations;
    private final OrganizationService profiles;
    private final OrganizationContents contents;
    private final Clock clock;

    EdgeOrganizationService(OrganizationRepository organizations, OrganizationService profiles,
            OrganizationContents contents, Clock clock) {
        this.organizations = organizations;
        this.profiles = profiles;
        this.contents = contents;
        this.clock = clock;
    }

    /** The names of all organizations, in order (of their characters, whatever the database's collation). */
    @Transactional(readOnly = true)
    List<String> names() {
        return organizations.findAllIds().stream().sorted().toList();
    }

    /** All organizations, in order of their names. */
    @Transactional(readOnly = true)
    EdgeOrganizations list() {
        return new EdgeOrganizations(organizations.findAll().stream()
                .sorted(Comparator.comparing(OrganizationEntity::id)).map(o -> o.toEdge(RESERVED)).toList());
    }

    /**
     * The organization.
     *
     * @throws ResourceNotFoundException when there is no such organization
     */
    @Transactional(readOnly = true)
    EdgeOrganization get(String org) {
        return require(org).toEdge(RESERVED);
    }

    /**
     * Creates the organization {@code name} with a default monetization profile named after its display
     * name; what the request leaves out takes Edge's defaults (display name = name, type {@code paid},
     * environments {@code prod} and {@code test}, no properties).
     *
     * @throws InvalidRequestException when a field is missing or invalid, or a reserved property is changed
     * @throws DuplicateEntityException when the organization exists
     */
    @Transactional
    EdgeOrganization create(OrganizationRequest request, String caller) {
        requireBody(request);
        String org = request.name();
        if (org == null || org.isBlank()) {
            throw InvalidRequestException.missing("name");
        }
        if (!OrganizationService.isValidName(org)) {
            throw InvalidRequestException.forField("name", org, "Organization name [" + org + "] is not valid");
        }
        EdgeFields fields = merge(EdgeFields.defaults(org), request);
        if (organizations.existsById(org)) {
            throw new DuplicateEntityException("Organization", org);
        }
        OrganizationEntity entity = organizations.save(new OrganizationEntity(org, fields,
                profiles.defaultProfile(org, fields.displayName()), caller, clock.instant()));
        organizations.flush();
        return entity.toEdge(RESERVED);
    }

    /**
     * Changes what the request sends: the display name, type and environments, and the properties, all of
     * them (one left out is removed; a reserved one is kept, and may be sent only with its value).
     *
     * @throws ResourceNotFoundException when there is no such organization
     * @throws InvalidRequestException when a field is invalid, the name is not the organization's, or a
     *         reserved property is changed
     */
    @Transactional
    EdgeOrganization update(String org, OrganizationRequest request, String caller) {
        requireBody(request);
        OrganizationEntity entity = require(org);
        if (request.name() != null && !request.name().equals(org)) {
            throw InvalidRequestException.forField("name", request.name(),
                    "Field [name] must match the organization in the path");
        }
        entity.replaceEdgeFields(merge(entity.edgeFields(), request), caller, clock.instant());
        organizations.flush();
        return entity.toEdge(RESERVED);
    }

    /**
     * Deletes an organization that holds nothing but itself (Part III §21.1): no developer, company, API
     * product, package, currency or provider; its environments, properties and pods go with it.
     *
     * @return the organization as it was
     * @throws ResourceNotFoundException when there is no such organization
     * @throws InvalidRequestException while anything lives in it
     */
    @Transactional
    EdgeOrganization delete(String org) {
        OrganizationEntity entity = require(org);
        List<String> held = contents.heldBy(org);
        if (!held.isEmpty()) {
            throw new MintException(ErrorCode.INVALID_REQUEST, "Organization [" + org + "] still holds "
                    + String.join(", ", held) + "; delete them first", List.of(new ErrorContext("organization", org)));
        }
        EdgeOrganization deleted = entity.toEdge(RESERVED);
        organizations.delete(entity);
        organizations.flush();
        return deleted;
    }

    /**
     * The pods the organization is associated with.
     *
     * @throws ResourceNotFoundException when there is no such organization
     */
    @Transactional(readOnly = true)
    List<Pod> pods(String org) {
        return require(org).pods();
    }

    /**
     * Associates the organization with a pod of the planet ({@code action} absent or {@code add}) or ends the
     * association ({@code remove}).
     *
     * @return the pods the organization is associated with afterwards
     * @throws InvalidRequestException when the region or pod is missing or not one of the planet's, or the
     *         action is unknown
     * @throws DuplicateEntityException when adding a pod the organization is associated with
     * @throws ResourceNotFoundException when there is no such organization, or when removing a pod it is not
     *         associated with
     */
    @Transactional
    List<Pod> changePod(String org, String region, String name, String action, String caller) {
        OrganizationEntity entity = require(org);
        Pod pod = podOfThePlanet(region, name);
        boolean remove = action != null && action.equalsIgnoreCase("remove");
        if (action != null && !remove && !action.equalsIgnoreCase("add")) {
            throw InvalidRequestException.forField("action", action, "Parameter [action] must be remove or absent");
        }
        boolean associated = entity.pods().contains(pod);
        if (remove && !associated) {
            throw new ResourceNotFoundException("Pod", pod.region() + "/" + pod.name() + " of organization " + org);
        }
        if (!remove && associated) {
            throw new DuplicateEntityException("Organization [" + org + "] is already associated with pod ["
                    + pod.name() + "] in region [" + pod.region() + "]");
        }
        if (remove) {
            entity.removePod(pod, caller, clock.instant());
        } else {
            entity.addPod(pod, caller, clock.instant());
        }
        organizations.flush();
        return entity.pods();
    }

    private OrganizationEntity require(String org) {
        return organizations.findById(org).orElseThrow(() -> new ResourceNotFoundException("Organization", org));
    }

    private static void requireBody(OrganizationRequest request) {
        if (request == null) {
            throw new InvalidRequestException("Request body is missing");
        }
    }

    private static Pod podOfThePlanet(String region, String name) {
        if (region == null || region.isBlank()) {
            throw InvalidRequestException.missing("region");
        }
        if (name == null || name.isBlank()) {
            throw InvalidRequestException.missing("pod");
        }
        Set<String> pods = PLANET.get(region);
        if (pods == null) {
            throw InvalidRequestException.forField("region", region, "Region [" + region + "] does not exist");
        }
        if (!pods.contains(name)) {
            throw InvalidRequestException.forField("pod", name,
                    "Pod [" + name + "] does not exist in region [" + region + "]");
        }
        return new Pod(name, region);
    }

    /** {@code current} with what the request sends, validated. */
    private static EdgeFields merge(EdgeFields current, OrganizationRequest request) {
        return new EdgeFields(
                request.displayName() == null ? current.displayName() : displayName(request.displayName()),
                request.type() == null ? current.type() : type(request.type()),
                request.environments() == null ? current.environments() : environments(request.environments()),
                request.properties() == null ? current.properties() : properties(request.properties()));
    }

    private static String displayName(String displayName) {
        if (displayName.isBlank() || displayName.length() > MAX_TEXT) {
            throw InvalidRequestException.forField("displayName", displayName,
                    "Field [displayName] must have 1 to " + MAX_TEXT + " characters");
        }
        return displayName;
    }

    private static String type(String type) {
        String lower = type.trim().toLowerCase(Locale.ROOT);
        if (!TYPES.contains(lower)) {
            throw InvalidRequestException.forField("type", type, "Field [type] must be paid or trial");
        }
        return lower;
    }

    private static List<String> environments(List<String> environments) {
        Set<String> seen = new HashSet<>();
        for (String environment : environments) {
            if (environment == null || !ENVIRONMENT.matcher(environment).matches()) {
                throw InvalidRequestException.forField("environments", environment,
                        "Environment names are letters, digits, '-' and '_', at most " + MAX_TEXT + " characters");
            }
            if (!seen.add(environment)) {
                throw InvalidRequestException.forField("environments", environment,
                        "Environment [" + environment + "] is listed twice");
            }
        }
        return List.copyOf(environments);
    }

    /** The properties to store: every sent one but the reserved ones, which must keep their values. */
    private static List<OrganizationProperty> properties(OrganizationProperties properties) {
        List<OrganizationProperty> sent = properties.property() == null ? List.of() : properties.property();
        List<OrganizationProperty> kept = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (OrganizationProperty property : sent) {
            if (property == null || property.name() == null || property.name().isBlank()
                    || property.name().length() > MAX_TEXT) {
                throw InvalidRequestException.forField("properties", property == null ? null : property.name(),
                        "Every property needs a name of 1 to " + MAX_TEXT + " characters");
            }
            String name = property.name();
            if (!seen.add(name)) {
                throw InvalidRequestException.forField("properties", name, "Property [" + name + "] is given twice");
            }
            if (property.value() == null) {
                throw InvalidRequestException.forField(name, null, "Property [" + name + "] needs a value");
            }
            OrganizationProperty reserved = RESERVED.stream().filter(r -> r.name().equals(name)).findFirst()
                    .orElse(null);
            if (reserved == null) {
                kept.add(property);
            } else if (!reserved.value().equals(property.value())) {
                throw InvalidRequestException.forField(name, property.value(), "Property [" + name
                        + "] is reserved: it cannot be changed and may be sent only as [" + reserved.value() + "]");
            }
        }
        return List.copyOf(kept);
    }
}
