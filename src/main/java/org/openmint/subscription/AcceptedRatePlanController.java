package org.openmint.subscription;

import jakarta.servlet.http.HttpServletRequest;
import org.openmint.idempotency.IdempotencyService;
import org.openmint.web.Paging;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Accepted rate plans of developers and companies (spec §9.3): {@code developer-rateplans} (accept, the
 * plans in effect, one accepted plan, change, delete) and {@code developer-accepted-rateplans} (all).
 */
@RestController
@RequestMapping("/v1/mint/organizations/{org}/{kind:developers|companies}/{id}")
class AcceptedRatePlanController {

    private final AcceptedRatePlanService acceptedPlans;
    private final IdempotencyService idempotency;

    AcceptedRatePlanController(AcceptedRatePlanService acceptedPlans, IdempotencyService idempotency) {
        this.acceptedPlans = acceptedPlans;
        this.idempotency = idempotency;
    }

    @PostMapping("/developer-rateplans")
    ResponseEntity<?> accept(@PathVariable String org, @PathVariable String kind, @PathVariable String id,
            @RequestParam(defaultValue = "false") boolean waivefees, @RequestBody AcceptRatePlanRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            HttpServletRequest http) {
        return idempotency.execute(org, idempotencyKey, http, request, () -> ResponseEntity.status(HttpStatus.CREATED)
                .body(acceptedPlans.accept(org, company(kind), id, request, waivefees, idempotencyKey)));
    }

    @GetMapping("/developer-rateplans")
    ActiveRatePlans active(@PathVariable String org, @PathVariable String kind, @PathVariable String id,
            Paging paging) {
        return acceptedPlans.active(org, company(kind), id, paging);
    }

    @GetMapping("/developer-accepted-rateplans")
    DeveloperRatePlans accepted(@PathVariable String org, @PathVariable String kind, @PathVariable String id,
            Paging paging) {
        return acceptedPlans.accepted(org, company(kind), id, paging);
    }

    @GetMapping("/developer-rateplans/{planId}")
    DeveloperRatePlan get(@PathVariable String org, @PathVariable String kind, @PathVariable String id,
            @PathVariable String planId) {
        return acceptedPlans.get(org, company(kind), id, planId);
    }

    @PutMapping("/developer-rateplans/{planId}")
    DeveloperRatePlan update(@PathVariable String org, @PathVariable String kind, @PathVariable String id,
            @PathVariable String planId, @RequestBody AcceptRatePlanRequest request) {
        return acceptedPlans.update(org, company(kind), id, planId, request);
    }

    @DeleteMapping("/developer-rateplans/{planId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable String org, @PathVariable String kind, @PathVariable String id,
            @PathVariable String planId) {
        acceptedPlans.delete(org, company(kind), id, planId);
    }

    private static boolean company(String kind) {
        return kind.equals("companies");
    }
}
