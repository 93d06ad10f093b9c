package org.openmint.developer;

import org.openmint.web.QueryParameters;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.NativeWebRequest;

/** {@code /v1/organizations/{org}/companies}: core Edge companies, addressed by name (any case). */
@RestController
@RequestMapping("/v1/organizations/{org}/companies")
class CompanyController {

    private final CompanyService companies;

    CompanyController(CompanyService companies) {
        this.companies = companies;
    }

    /** Names, or with {@code expand=true} {@code {"company": [...]}}; {@code startKey} and {@code count} page. */
    @GetMapping
    Object list(@PathVariable String org, NativeWebRequest request) {
        return companies.list(org, QueryParameters.bool(request, "expand", false),
                QueryParameters.integer(request, "count", DeveloperService.MAX_COUNT),
                QueryParameters.single(request, "startKey"));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    CompanyResponse create(@PathVariable String org, @RequestBody CompanyRequest request) {
        return companies.create(org, request);
    }

    @GetMapping("/{company}")
    CompanyResponse get(@PathVariable String org, @PathVariable String company) {
        return companies.get(org, company);
    }

    @PutMapping(path = "/{company}", params = "!action")
    CompanyResponse update(@PathVariable String org, @PathVariable String company,
            @RequestBody CompanyRequest request) {
        return companies.update(org, company, request);
    }

    /** Edge's status change: {@code PUT ?action=active|inactive} without a body, 204. */
    @PutMapping(path = "/{company}", params = "action")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void setStatus(@PathVariable String org, @PathVariable String company, @RequestParam String action) {
        companies.setStatus(org, company, action);
    }

    /** The same status change as Apigee's PHP client sends it: {@code POST ?action=active|inactive}, 204. */
    @PostMapping("/{company}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void postStatus(@PathVariable String org, @PathVariable String company, @RequestParam String action) {
        companies.setStatus(org, company, action);
    }

    /** Answers the deleted company, as Edge does. */
    @DeleteMapping("/{company}")
    CompanyResponse delete(@PathVariable String org, @PathVariable String company) {
        return companies.delete(org, company);
    }
}
