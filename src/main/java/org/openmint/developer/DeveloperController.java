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

/** {@code /v1/organizations/{org}/developers}: core Edge developers, addressed by email (any case) or id. */
@RestController
@RequestMapping("/v1/organizations/{org}/developers")
class DeveloperController {

    private final DeveloperService developers;
    private final DeveloperListing listing;

    DeveloperController(DeveloperService developers, DeveloperListing listing) {
        this.developers = developers;
        this.listing = listing;
    }

    /**
     * Emails, or with {@code expand=true} {@code {"developer": [...]}}; {@code startKey} and {@code count} page. With
     * {@code app}, {@code {"developer": [...]}} of the developers owning an app of that name (empty when none).
     */
    @GetMapping
    Object list(@PathVariable String org, NativeWebRequest request) {
        String app = QueryParameters.single(request, "app");
        if (app != null) {
            return listing.listByApp(org, app);
        }
        return listing.list(org, QueryParameters.bool(request, "expand", false),
                QueryParameters.integer(request, "count", DeveloperService.MAX_COUNT),
                QueryParameters.single(request, "startKey"));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    DeveloperResponse create(@PathVariable String org, @RequestBody DeveloperRequest request) {
        return developers.create(org, request);
    }

    @GetMapping("/{developer}")
    DeveloperResponse get(@PathVariable String org, @PathVariable String developer) {
        return developers.get(org, developer);
    }

    @PutMapping("/{developer}")
    DeveloperResponse update(@PathVariable String org, @PathVariable String developer,
            @RequestBody DeveloperRequest request) {
        return developers.update(org, developer, request);
    }

    /** Edge's "set developer status": {@code ?action=active|inactive}, 204. */
    @PostMapping("/{developer}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void setStatus(@PathVariable String org, @PathVariable String developer, @RequestParam String action) {
        developers.setStatus(org, developer, action);
    }

    /** Answers the deleted developer, as Edge does. */
    @DeleteMapping("/{developer}")
    DeveloperResponse delete(@PathVariable String org, @PathVariable String developer) {
        return developers.delete(org, developer);
    }
}
