package org.openmint.suspension;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /suspended-developers} (spec §10.2): the list is a bare array, not the usual envelope;
 * {@code {id}} is a developer's email or id, or a company's name. Suspensions are per account, product and
 * reason; {@code unsuspend-by-product} lifts those of one product.
 */
@RestController
@RequestMapping("/v1/mint/organizations/{org}/suspended-developers")
class SuspendedDeveloperController {

    private final SuspensionService suspensions;

    SuspendedDeveloperController(SuspensionService suspensions) {
        this.suspensions = suspensions;
    }

    @GetMapping
    List<SuspendedDeveloperResponse> list(@PathVariable String org) {
        return suspensions.list(org);
    }

    @GetMapping("/{id}")
    SuspendedDeveloperResponse get(@PathVariable String org, @PathVariable String id) {
        return suspensions.get(org, id);
    }

    /** Lifts every suspension for the product, {@code {org}@@@{product}}; 200 with those lifted (a bare array). */
    @PostMapping("/unsuspend-by-product/{productId}")
    List<SuspendedDeveloperResponse> liftProduct(@PathVariable String org, @PathVariable String productId) {
        return suspensions.liftProduct(org, productId);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void lift(@PathVariable String org, @PathVariable String id) {
        suspensions.lift(org, id);
    }
}
