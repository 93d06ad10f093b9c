package org.openmint.catalog;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.TreeSet;

import org.openmint.developer.DeveloperAccount;
import org.openmint.developer.DeveloperService;
import org.openmint.error.ResourceNotFoundException;
import org.openmint.web.Paging;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The API packages a developer or company may buy (spec §15.1): those with at least one rate plan
 * {@link PlanAvailability available} to the account.
 */
@Service
class AvailablePackageService {

    private final RatePlanRepository ratePlans;
    private final CatalogService catalog;
    private final DeveloperService developers;
    private final Clock clock;

    AvailablePackageService(RatePlanRepository ratePlans, CatalogService catalog, DeveloperService developers,
            Clock clock) {
        this.ratePlans = ratePlans;
        this.catalog = catalog;
        this.developers = developers;
        this.clock = clock;
    }

    /**
     * A page of the packages, in id order, with a plan available to the account: with {@code current} a plan that
     * has started, else also one that starts later; without {@code allAvailable} only a DEVELOPER plan of the
     * account itself.
     *
     * @throws ResourceNotFoundException when the organization or the account does not exist
     */
    @Transactional(readOnly = true)
    MonetizationPackages list(String org, boolean company, String accountId, boolean current, boolean allAvailable,
            Paging paging) {
        DeveloperAccount account = developers.requireNamed(org, company, accountId);
        CatalogViews views = catalog.views(org);
        ZoneId zone = views.organization().zone();
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        TreeSet<String> packageIds = new TreeSet<>();
        for (RatePlanEntity entity : ratePlans.findByOrgIdAndPublishedTrue(org, Sort.by("id"))) {
            RatePlan plan = catalog.requireRatePlan(org, entity.id());
            if ((allAvailable || plan.type() == RatePlan.Type.DEVELOPER)
                    && PlanAvailability.availableTo(plan, account, today, zone, current)) {
                packageIds.add(plan.packageId());
            }
        }
        List<String> ids = List.copyOf(packageIds);
        return new MonetizationPackages(
                paging.slice(ids).stream().map(id -> views.pkg(catalog.findPackage(org, id))).toList(), ids.size());
    }
}
