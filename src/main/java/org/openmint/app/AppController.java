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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.NativeWebRequest;

/**
 * The core Edge apps under {@code /v1/organizations/{org}}: a developer's apps at
 * {@code developers/{developer}/apps} (the developer by email or id) and a company's at
 * {@code companies/{company}/apps} (the company by name, any case), which work alike, and any app by its
 * UUID at {@code apps/{appId}}, whoever owns it.
 */
@RestController
@RequestMapping("/v1/organizations/{org}")
class AppController {

    /** The apps of one owner; {@code owners} says which kind of owner {@code owner} names. */
    private static final String OWNER_APPS = "/{owners:developers|companies}/{owner}/apps";

    private final AppService apps;
    private final AppListing listing;

    AppController(AppService apps, AppListing listing) {
        this.apps = apps;
        this.listing = listing;
    }

    /**
     * Every app of the organization: ids, or with {@code expand=true} {@code {"app": [...]}}; {@code status} filters,
     * {@code startKey} (an app id) and {@code rows} (or {@code count}) page. Credentials are always included.
     */
    @GetMapping("/apps")
    Object listAll(@PathVariable String org, NativeWebRequest request) {
        String rows = QueryParameters.single(request, "rows");
        return listing.list(org, QueryParameters.bool(request, "expand", false),
                QueryParameters.single(request, "status"),
                QueryParameters.integer(request, rows != null ? "rows" : "count", AppService.MAX_COUNT),
                QueryParameters.single(request, "startKey"));
    }

    @GetMapping("/apps/{appId}")
    AppResponse get(@PathVariable String org, @PathVariable String appId) {
        return apps.get(org, appId);
    }

    /**
     * Names, or with {@code expand=true} (or Edge's {@code shallowExpand=true}, which Apigee's client sends with
     * {@code count}) {@code {"app": [...]}}; {@code startKey} and {@code count} page.
     */
    @GetMapping(OWNER_APPS)
    Object list(@PathVariable String org, @PathVariable String owners, @PathVariable String owner,
            NativeWebRequest request) {
        boolean expand = QueryParameters.bool(request, "expand", false)
                || QueryParameters.bool(request, "shallowExpand", false);
        return apps.list(org, owner(owners, owner), expand,
                QueryParameters.integer(request, "count", AppService.MAX_COUNT),
                QueryParameters.single(request, "startKey"));
    }

    @PostMapping(OWNER_APPS)
    @ResponseStatus(HttpStatus.CREATED)
    AppResponse create(@PathVariable String org, @PathVariable String owners, @PathVariable String owner,
            @RequestBody AppRequest request) {
        return apps.create(org, owner(owners, owner), request);
    }

    /** One credential of the app by its consumer key. */
    @GetMapping(OWNER_APPS + "/{app}/keys/{key}")
    AppResponse.Credential credential(@PathVariable String org, @PathVariable String owners, @PathVariable String owner,
            @PathVariable String app, @PathVariable String key) {
        return apps.credential(org, owner(owners, owner), app, key);
    }

    @GetMapping(OWNER_APPS + "/{app}")
    AppResponse get(@PathVariable String org, @PathVariable String owners, @PathVariable String owner,
            @PathVariable String app) {
        return apps.get(org, owner(owners, owner), app);
    }

    @PutMapping(OWNER_APPS + "/{app}")
    AppResponse update(@PathVariable String org, @PathVariable String owners, @PathVariable String owner,
            @PathVariable String app, @RequestBody AppRequest request) {
        return apps.update(org, owner(owners, owner), app, request);
    }

    /**
     * Edge's approve or revoke: {@code ?action=approve|revoke} without a body (Apigee's client sends
     * {@code Content-Type: application/octet-stream}), 204 without a body.
     */
    @PostMapping(OWNER_APPS + "/{app}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void setStatus(@PathVariable String org, @PathVariable String owners, @PathVariable String owner,
            @PathVariable String app, @RequestParam String action) {
        apps.setStatus(org, owner(owners, owner), app, action);
    }

    /** Answers the deleted app, as Edge does. */
    @DeleteMapping(OWNER_APPS + "/{app}")
    AppResponse delete(@PathVariable String org, @PathVariable String owners, @PathVariable String owner,
            @PathVariable String app) {
        return apps.delete(org, owner(owners, owner), app);
    }

    private static AppService.Owner owner(String owners, String key) {
        return AppService.Owner.of(owners, key);
    }
}
