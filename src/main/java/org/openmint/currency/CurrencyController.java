package org.openmint.currency;

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

/** {@code /v1/mint/organizations/{org}/supported-currencies} (spec §3). */
@RestController
@RequestMapping("/v1/mint/organizations/{org}/supported-currencies")
class CurrencyController {

    private final CurrencyService currencies;

    CurrencyController(CurrencyService currencies) {
        this.currencies = currencies;
    }

    @GetMapping
    SupportedCurrencies list(@PathVariable String org, Paging paging) {
        return currencies.list(org, paging);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    SupportedCurrency create(@PathVariable String org, @RequestBody CurrencyRequest request) {
        return currencies.create(org, request);
    }

    @GetMapping("/{id}")
    SupportedCurrency get(@PathVariable String org, @PathVariable String id) {
        return currencies.get(org, id);
    }

    @PutMapping("/{id}")
    SupportedCurrency update(@PathVariable String org, @PathVariable String id, @RequestBody CurrencyRequest request) {
        return currencies.update(org, id, request);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable String org, @PathVariable String id) {
        currencies.delete(org, id);
    }
}
