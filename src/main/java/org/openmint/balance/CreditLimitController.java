package org.openmint.balance;

import org.openmint.developer.DeveloperService;
import org.openmint.web.Paging;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Postpaid credit limits (spec §5): {@code developer-credit-limit}, values in the query string only. */
@RestController
@RequestMapping("/v1/mint/organizations/{org}/{kind:developers|companies}/{id}/developer-credit-limit")
class CreditLimitController {

    private final BalanceService balances;
    private final BalanceViews views;
    private final DeveloperService developers;

    CreditLimitController(BalanceService balances, BalanceViews views, DeveloperService developers) {
        this.balances = balances;
        this.views = views;
        this.developers = developers;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    BalanceResponse set(@PathVariable String org, @PathVariable String kind, @PathVariable String id,
            @RequestParam(required = false) String amount, @RequestParam(required = false) String supportedCurrencyId) {
        return balances.setCreditLimit(developers.requireNamed(org, kind.equals("companies"), id),
                supportedCurrencyId, amount);
    }

    @GetMapping
    DeveloperBalances<BalanceResponse> list(@PathVariable String org, @PathVariable String kind,
            @PathVariable String id, Paging paging) {
        return views.creditLimits(developers.requireNamed(org, kind.equals("companies"), id), paging);
    }
}
