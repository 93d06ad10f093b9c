package org.openmint.developer;

import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /v1/organizations/{org}/companies/{company}/developers}: the company's members (core Edge). */
@RestController
@RequestMapping("/v1/organizations/{org}/companies/{company}/developers")
class CompanyMembersController {

    private final CompanyMembers members;

    CompanyMembersController(CompanyMembers members) {
        this.members = members;
    }

    @GetMapping
    CompanyMembership list(@PathVariable String org, @PathVariable String company) {
        return members.list(org, company);
    }

    @PostMapping
    CompanyMembership add(@PathVariable String org, @PathVariable String company,
            @RequestBody(required = false) CompanyMembership request) {
        return members.add(org, company, request);
    }

    @DeleteMapping("/{developer}")
    CompanyMembership remove(@PathVariable String org, @PathVariable String company, @PathVariable String developer) {
        return members.remove(org, company, developer);
    }
}
