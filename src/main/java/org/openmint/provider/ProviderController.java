package org.openmint.provider;

import org.openmint.web.Paging;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /v1/mint/organizations/{org}/providers} (spec §6.5): POST answers 200 as Apigee does. */
@RestController
@RequestMapping("/v1/mint/organizations/{org}/providers")
class ProviderController {

    private final ProviderService providers;

    ProviderController(ProviderService providers) {
        this.providers = providers;
    }

    @GetMapping
    PaymentProviders list(@PathVariable String org, Paging paging) {
        return providers.list(org, paging);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    PaymentProvider create(@PathVariable String org, @RequestBody PaymentProvider request) {
        return providers.create(org, request);
    }

    @GetMapping("/{id}")
    PaymentProvider get(@PathVariable String org, @PathVariable String id) {
        return providers.require(org, id);
    }

    @PutMapping("/{id}")
    PaymentProvider update(@PathVariable String org, @PathVariable String id, @RequestBody PaymentProvider request) {
        return providers.update(org, id, request);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable String org, @PathVariable String id) {
        providers.delete(org, id);
    }
}
