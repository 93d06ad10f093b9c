package org.openmint.app;

import java.util.List;

import org.openmint.developer.DeveloperService;
import org.openmint.error.InvalidRequestException;
import org.openmint.organization.OrganizationService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The core Edge list of every app of an organization, {@code GET /v1/organizations/{org}/apps}: developer and
 * company apps ordered by id, from {@code startKey} (an app id, inclusive) on, optionally of one {@code status}.
 */
@Component
class AppListing {

    private final AppRepository apps;
    private final DeveloperService developers;
    private final OrganizationService organizations;

    AppListing(AppRepository apps, DeveloperService developers, OrganizationService organizations) {
        this.apps = apps;
        this.developers = developers;
        this.organizations = organizations;
    }

    /**
     * The app ids, or with {@code expand} the full apps in {@code {"app": [...]}}, at most {@code count}.
     *
     * @throws org.openmint.error.ResourceNotFoundException when the organization does not exist
     * @throws InvalidRequestException when {@code count} is outside 1..1000
     */
    @Transactional(readOnly = true)
    Object list(String org, boolean expand, String status, int count, String startKey) {
        organizations.get(org);
        if (count < 1 || count > AppService.MAX_COUNT) {
            throw InvalidRequestException.forField("count", count,
                    "Parameter [count] must be between 1 and " + AppService.MAX_COUNT);
        }
        List<AppEntity> page = apps.findInOrganizationFrom(org, status, startKey == null ? "" : startKey, count);
        if (!expand) {
            return page.stream().map(app -> app.id().toString()).toList();
        }
        return new Apps(page.stream().map(app -> AppResponse.from(app, app.ownedByCompany()
                ? developers.requireAccount(org, app.ownerId().toString()).name()
                : null)).toList());
    }
}
