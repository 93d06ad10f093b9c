package org.openmint.catalog;

import org.openmint.web.Paging;
import org.openmint.web.QueryParameters;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.NativeWebRequest;

/**
 * {@code /v1/mint/organizations/{org}/rate-plans} and {@code .../monetization-packages/{pkg}/rate-plans}:
 * rate plans (spec §9.1, §9.2).
 */
@RestController
class RatePlanController {

    private static final String PACKAGE_PLANS = "/v1/mint/organizations/{org}/monetization-packages/{pkg}/rate-plans";

    private final RatePlanService ratePlans;

    RatePlanController(RatePlanService ratePlans) {
        this.ratePlans = ratePlans;
    }

    @GetMapping("/v1/mint/organizations/{org}/rate-plans")
    RatePlans listAll(@PathVariable String org, Paging paging) {
        return ratePlans.listAll(org, paging);
    }

    /** A package's plans: {@code current} (default true), {@code showPrivate} (false), {@code standard} (true). */
    @GetMapping(PACKAGE_PLANS)
    RatePlans list(@PathVariable String org, @PathVariable String pkg, Paging paging,
            NativeWebRequest request) {
        return ratePlans.list(org, pkg, QueryParameters.bool(request, "current", true),
                QueryParameters.bool(request, "showPrivate", false), QueryParameters.bool(request, "standard", true),
                paging);
    }

    @PostMapping(PACKAGE_PLANS)
    @ResponseStatus(HttpStatus.CREATED)
    RatePlanView create(@PathVariable String org, @PathVariable String pkg, @RequestBody RatePlanRequest request) {
        return ratePlans.create(org, pkg, request);
    }

    @GetMapping(PACKAGE_PLANS + "/{id}")
    RatePlanView get(@PathVariable String org, @PathVariable String pkg, @PathVariable String id) {
        return ratePlans.get(org, pkg, id);
    }

    @PutMapping(PACKAGE_PLANS + "/{id}")
    RatePlanView update(@PathVariable String org, @PathVariable String pkg, @PathVariable String id,
            @RequestBody RatePlanRequest request) {
        return ratePlans.update(org, pkg, id, request);
    }

    /** A revision of the plan (Part III §16): 200 with the revision, its {@code parentRatePlan} in full. */
    @PostMapping(PACKAGE_PLANS + "/{id}/revision")
    RatePlanView revise(@PathVariable String org, @PathVariable String pkg, @PathVariable String id,
            @RequestBody RatePlanRequest request) {
        return ratePlans.revise(org, pkg, id, request);
    }

    @DeleteMapping(PACKAGE_PLANS + "/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable String org, @PathVariable String pkg, @PathVariable String id) {
        ratePlans.delete(org, pkg, id);
    }
}
