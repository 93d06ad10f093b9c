package org.openmint.developer;

import java.util.List;

import org.openmint.error.InvalidRequestException;
import org.openmint.organization.OrganizationService;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The core Edge list of developers: {@code GET /v1/organizations/{org}/developers}, paged or by app. */
@Component
class DeveloperListing {

    private final DeveloperRepository developers;
    private final OrganizationService organizations;

    DeveloperListing(DeveloperRepository developers, OrganizationService organizations) {
        this.developers = developers;
        this.organizations = organizations;
    }

    /**
     * The organization's developers ordered by email, from {@code startKey} (inclusive) on, at most {@code count}:
     * their emails, or with {@code expand} the full developers in {@code {"developer": [...]}}.
     *
     * @throws InvalidRequestException when {@code count} is outside 1..1000
     */
    @Transactional(readOnly = true)
    Object list(String org, boolean expand, int count, String startKey) {
        organizations.get(org);
        List<DeveloperEntity> page = developers.findDevelopersFrom(org, startKey == null ? "" : startKey,
                Limit.of(DeveloperService.checkCount(count)));
        if (!expand) {
            return page.stream().map(DeveloperEntity::email).toList();
        }
        return new Developers(page.stream().map(DeveloperResponse::from).toList());
    }

    /** The developers owning an app of this name, in the core Edge view, as Edge answers {@code ?app=}. */
    @Transactional(readOnly = true)
    Developers listByApp(String org, String app) {
        organizations.get(org);
        return new Developers(developers.findDevelopersByApp(org, app).stream().map(DeveloperResponse::from).toList());
    }
}
