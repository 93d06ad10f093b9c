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

/** {@code /v1/organizations/{org}/developers/{developer}/apps}: a developer's apps, the developer by email or id. */
@RestController
@RequestMapping("/v1/organizations/{org}/developers/{developer}/apps")
class DeveloperAppController {

    private final AppService apps;

    DeveloperAppController(AppService apps) {
        this.apps = apps;
    }

    /** Names, or with {@code expand=true} {@code {"app": [...]}}; {@code startKey} and {@code count} page. */
    @GetMapping
    Object list(@PathVariable String org, @PathVariable String developer, NativeWebRequest request) {
        return apps.list(org, AppService.Owner.developer(developer), AppListParameters.expand(request),
                AppListParameters.count(request), QueryParameters.single(request, "startKey"));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    AppResponse create(@PathVariable String org, @PathVariable String developer, @RequestBody AppRequest request) {
        return apps.create(org, AppService.Owner.developer(developer), request);
    }

    @GetMapping("/{app}")
    AppResponse get(@PathVariable String org, @PathVariable String developer, @PathVariable String app) {
        return apps.get(org, AppService.Owner.developer(developer), app);
    }

    @PutMapping("/{app}")
    AppResponse update(@PathVariable String org, @PathVariable String developer, @PathVariable String app,
            @RequestBody AppRequest request) {
        return apps.update(org, AppService.Owner.developer(developer), app, request);
    }

    /** Answers the deleted app, as Edge does. */
    @DeleteMapping("/{app}")
    AppResponse delete(@PathVariable String org, @PathVariable String developer, @PathVariable String app) {
        return apps.delete(org, AppService.Owner.developer(developer), app);
    }
}
