package org.openmint.organization;

import java.security.Principal;
import java.util.List;

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

/**
 * {@code /v1/organizations}: organizations of the core Edge management API (Part III §21.1). As in Edge,
 * the list is of names unless {@code expand=true}, an update is a POST (Apigee's PHP client sends a PUT,
 * which does the same), DELETE answers 200 with the deleted organization, and pods are associated with a
 * form {@code region=dc-1&pod=gateway[&action=remove]}.
 */
@RestController
@RequestMapping("/v1/organizations")
class EdgeOrganizationController {

    private final EdgeOrganizationService organizations;

    EdgeOrganizationController(EdgeOrganizationService organizations) {
        this.organizations = organizations;
    }

    /** Names, or with {@code expand=true} {@code {"organization": [...]}}. */
    @GetMapping
    Object list(NativeWebRequest request) {
        if (QueryParameters.bool(request, "expand", false)) {
            return organizations.list();
        }
        return organizations.names();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    EdgeOrganization create(@RequestBody OrganizationRequest request, Principal caller) {
        return organizations.create(request, caller.getName());
    }

    @GetMapping("/{org}")
    EdgeOrganization get(@PathVariable String org) {
        return organizations.get(org);
    }

    @PostMapping("/{org}")
    EdgeOrganization update(@PathVariable String org, @RequestBody OrganizationRequest request, Principal caller) {
        return organizations.update(org, request, caller.getName());
    }

    @PutMapping("/{org}")
    EdgeOrganization replace(@PathVariable String org, @RequestBody OrganizationRequest request, Principal caller) {
        return organizations.update(org, request, caller.getName());
    }

    @DeleteMapping("/{org}")
    EdgeOrganization delete(@PathVariable String org) {
        return organizations.delete(org);
    }

    @GetMapping("/{org}/pods")
    List<Pod> pods(@PathVariable String org) {
        return organizations.pods(org);
    }

    /** The form (or query) {@code region}, {@code pod} and optional {@code action=remove}; answers the pods after. */
    @PostMapping("/{org}/pods")
    List<Pod> changePod(@PathVariable String org, NativeWebRequest request, Principal caller) {
        return organizations.changePod(org, QueryParameters.single(request, "region"),
                QueryParameters.single(request, "pod"), QueryParameters.single(request, "action"), caller.getName());
    }
}
