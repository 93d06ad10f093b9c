package org.openmint.catalog;

import org.openmint.web.Paging;
import org.openmint.web.QueryParameters;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.NativeWebRequest;

/**
 * {@code /v1/mint/organizations/{org}/developers/{id}/monetization-packages} and {@code /companies/{id}/...}: the
 * packages a developer or company may buy (spec §15.1).
 */
@RestController
class AvailablePackageController {

    private final AvailablePackageService packages;

    AvailablePackageController(AvailablePackageService packages) {
        this.packages = packages;
    }

    /** {@code current} (default false): only plans that have started; {@code allAvailable} (default true). */
    @GetMapping("/v1/mint/organizations/{org}/{kind:developers|companies}/{id}/monetization-packages")
    MonetizationPackages list(@PathVariable String org, @PathVariable String kind, @PathVariable String id,
            Paging paging, NativeWebRequest request) {
        return packages.list(org, kind.equals("companies"), id, QueryParameters.bool(request, "current", false),
                QueryParameters.bool(request, "allAvailable", true), paging);
    }
}
