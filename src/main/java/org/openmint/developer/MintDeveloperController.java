package org.openmint.developer;

import org.openmint.web.Paging;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /v1/mint/organizations/{org}/developers} and {@code /companies}: the monetization view of accounts (spec §4). */
@RestController
@RequestMapping("/v1/mint/organizations/{org}")
class MintDeveloperController {

    private final DeveloperService developers;

    MintDeveloperController(DeveloperService developers) {
        this.developers = developers;
    }

    @GetMapping("/developers")
    MintDevelopers list(@PathVariable String org, Paging paging) {
        return developers.mintDevelopers(org, paging);
    }

    @GetMapping("/developers/{developer}")
    MintDeveloper developer(@PathVariable String org, @PathVariable String developer) {
        return developers.mintDeveloper(org, developer);
    }

    /** The mint view of companies: {@code {"developer": [...], "totalRecords": n}}, as the developers list. */
    @GetMapping("/companies")
    MintCompanies companies(@PathVariable String org, Paging paging) {
        return developers.mintCompanies(org, paging);
    }

    @GetMapping("/companies/{company}")
    MintDeveloper company(@PathVariable String org, @PathVariable String company) {
        return developers.mintCompany(org, company);
    }
}
