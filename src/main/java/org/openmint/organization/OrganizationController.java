package org.openmint.organization;

import java.security.Principal;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /v1/mint/organizations/{org}}: the organization profile (spec §2, Part I #8). */
@RestController
@RequestMapping("/v1/mint/organizations/{org}")
class OrganizationController {

    private final OrganizationService organizations;

    OrganizationController(OrganizationService organizations) {
        this.organizations = organizations;
    }

    @GetMapping
    OrganizationProfile get(@PathVariable String org) {
        return organizations.get(org);
    }

    @PutMapping
    ResponseEntity<OrganizationProfile> put(@PathVariable String org, @RequestBody PutOrganizationRequest request,
            Principal caller) {
        OrganizationService.PutResult result = organizations.put(org, request, caller.getName());
        return ResponseEntity.status(result.created() ? HttpStatus.CREATED : HttpStatus.OK).body(result.profile());
    }
}
