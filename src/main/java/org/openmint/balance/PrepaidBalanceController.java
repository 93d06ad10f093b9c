package org.openmint.balance;

import jakarta.servlet.http.HttpServletRequest;
import org.openmint.developer.DeveloperAccount;
import org.openmint.developer.DeveloperService;
import org.openmint.error.InvalidRequestException;
import org.openmint.idempotency.IdempotencyService;
import org.openmint.web.Paging;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Prepaid balances of developers and companies (spec §6): {@code developer-balances} (list, reload,
 * recurring setup) and the monthly statement {@code prepaid-developer-balance(s)}.
 */
@RestController
@RequestMapping("/v1/mint/organizations/{org}/{kind:developers|companies}/{id}")
class PrepaidBalanceController {

    private final BalanceService balances;
    private final BalanceViews views;
    private final StatementService statements;
    private final DeveloperService developers;
    private final IdempotencyService idempotency;

    PrepaidBalanceController(BalanceService balances, BalanceViews views, StatementService statements,
            DeveloperService developers, IdempotencyService idempotency) {
        this.balances = balances;
        this.views = views;
        this.statements = statements;
        this.developers = developers;
        this.idempotency = idempotency;
    }

    @GetMapping("/developer-balances")
    DeveloperBalances<BalanceResponse> list(@PathVariable String org, @PathVariable String kind,
            @PathVariable String id, Paging paging, @RequestParam(required = false) String currencyId) {
        return views.balances(account(org, kind, id), paging, currencyId);
    }

    @PostMapping("/developer-balances")
    ResponseEntity<?> reload(@PathVariable String org, @PathVariable String kind, @PathVariable String id,
            @RequestBody ReloadRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            HttpServletRequest http) {
        return idempotency.execute(org, idempotencyKey, http, request, () -> {
            DeveloperAccount account = account(org, kind, id);
            if (request.supportedCurrency() == null || request.supportedCurrency().id() == null) {
                throw InvalidRequestException.missing("supportedCurrency.id");
            }
            return ResponseEntity.ok(balances.reload(account, request.supportedCurrency().id(), request.amount(),
                    idempotencyKey));
        });
    }

    @PostMapping("/developer-balances/recurring-setup")
    BalanceResponse recurringSetup(@PathVariable String org, @PathVariable String kind, @PathVariable String id,
            @RequestParam(required = false) String supportedCurrencyId, @RequestBody RecurringSetupRequest request) {
        return balances.recurringSetup(account(org, kind, id), supportedCurrencyId,
                request == null ? null : request.toSetup());
    }

    @GetMapping({"/prepaid-developer-balance", "/prepaid-developer-balances"})
    DeveloperBalances<StatementResponse> statement(@PathVariable String org, @PathVariable String kind,
            @PathVariable String id, @RequestParam(required = false) String billingMonth,
            @RequestParam(required = false) String billingYear,
            @RequestParam(required = false) String supportedCurrencyId) {
        return statements.statement(account(org, kind, id), billingMonth, billingYear, supportedCurrencyId);
    }

    private DeveloperAccount account(String org, String kind, String id) {
        return developers.requireNamed(org, kind.equals("companies"), id);
    }
}
