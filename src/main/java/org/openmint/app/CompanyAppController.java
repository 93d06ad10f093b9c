package org.openmint.app;

import org.openmint.web.QueryParameters;
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
import org.springframework.web.context.request.NativeWebRequest;

/** {@code /v1/organizations/{org}/companies/{company}/apps}: a company's apps, the company by name (any case). */
@RestController
@RequestMapping("/v1/organizations/{org}/companies/{company}/apps")
class CompanyAppController {

    private final AppService apps;

    CompanyAppController(AppService apps) {
        this.apps = apps;
    }

    /** Names, or with {@code expand=true} {@code {"app": [...]}}; {@code startKey} and {@code count} page. */
    @GetMapping
    Object list(@PathVariable String org, @PathVariable String company, NativeWebRequest request) {
        return apps.list(org, AppService.Owner.company(company), AppListParameters.expand(request),
                AppListParameters.count(request), QueryParameters.single(request, "startKey"));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    AppResponse create(@PathVariable String org, @PathVariable String company, @RequestBody AppRequest request) {
        return apps.create(org, AppService.Owner.company(company), request);
    }

    @GetMapping("/{app}")
    AppResponse get(@PathVariable String org, @PathVariable String company, @PathVariable String app) {
        return apps.get(org, AppService.Owner.company(company), app);
    }

    @PutMapping("/{app}")
    AppResponse update(@PathVariable String org, @PathVariable String company, @PathVariable String app,
            @RequestBody AppRequest request) {
        return apps.update(org, AppService.Owner.company(company), app, request);
    }

    /** Answers the deleted app, as Edge does. */
    @DeleteMapping("/{app}")
    AppResponse delete(@PathVariable String org, @PathVariable String company, @PathVariable String app) {
        return apps.delete(org, AppService.Owner.company(company), app);
    }
}
