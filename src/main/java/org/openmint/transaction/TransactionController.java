package org.openmint.transaction;

import jakarta.servlet.http.HttpServletRequest;
import org.openmint.idempotency.IdempotencyService;
import org.openmint.web.Paging;
import org.springframework.http.HttpStatus;
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
 * {@code /transactions}, {@code /transactions/developers/{id}}, {@code /transaction-search} and the
 * credits of {@code real-currency-credit-transactions} (spec §7.1, §8).
 */
@RestController
@RequestMapping("/v1/mint/organizations/{org}")
class TransactionController {

    private final TransactionService transactions;
    private final TransactionSearch search;
    private final IdempotencyService idempotency;

    TransactionController(TransactionService transactions, TransactionSearch search,
            IdempotencyService idempotency) {
        this.transactions = transactions;
        this.search = search;
        this.idempotency = idempotency;
    }

    @PostMapping("/transactions")
    ResponseEntity<?> create(@PathVariable String org, @RequestParam(defaultValue = "false") boolean force,
            @RequestBody CreateTransactionRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            HttpServletRequest http) {
        return idempotency.execute(org, idempotencyKey, http, request, () -> ResponseEntity.status(HttpStatus.CREATED)
                .body(transactions.create(org, request, force, idempotencyKey)));
    }

    @GetMapping("/transactions/developers/{developer}")
    Transactions listForDeveloper(@PathVariable String org, @PathVariable String developer,
            @RequestParam(required = false) String utctime, @RequestParam(required = false) String utctime2,
            @RequestParam(required = false) String utctme, @RequestParam(required = false) String utctme2,
            @RequestParam(required = false) String productId, @RequestParam(required = false) String limit) {
        return search.listForDeveloper(org, developer, utctime != null ? utctime : utctme,
                utctime2 != null ? utctime2 : utctme2, productId, limit);
    }

    @PostMapping("/transaction-search")
    Transactions search(@PathVariable String org, Paging paging,
            @RequestBody(required = false) TransactionSearchRequest request) {
        return search.search(org, request, paging);
    }

    @PostMapping("/monetization-packages/{packageId}/rate-plans/{planId}/real-currency-credit-transactions")
    ResponseEntity<?> credit(@PathVariable String org, @PathVariable String packageId, @PathVariable String planId,
            @RequestParam(required = false) String billingMonth, @RequestParam(required = false) String billingYear,
            @RequestParam(required = false) String currencyId, @RequestParam(required = false) String developerId,
            @RequestParam(required = false) String transactionAmount,
            @RequestParam(required = false) String transactionNote,
            @RequestParam(required = false) String productId,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            HttpServletRequest http) {
        TransactionService.CreditParameters parameters = new TransactionService.CreditParameters(billingMonth,
                billingYear, currencyId, developerId, transactionAmount, transactionNote, productId);
        return idempotency.execute(org, idempotencyKey, http, null, () -> ResponseEntity.status(HttpStatus.CREATED)
                .body(transactions.credit(org, packageId, planId, parameters, idempotencyKey)));
    }
}
