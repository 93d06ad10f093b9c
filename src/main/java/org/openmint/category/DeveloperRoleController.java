package org.openmint.category;

import org.openmint.web.Paging;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /v1/mint/organizations/{org}/developer-roles} (spec §14.2): create and list, as Apigee has no more. */
@RestController
@RequestMapping("/v1/mint/organizations/{org}/developer-roles")
class DeveloperRoleController {

    private final DeveloperRoleService roles;

    DeveloperRoleController(DeveloperRoleService roles) {
        this.roles = roles;
    }

    @GetMapping
    DeveloperRoles list(@PathVariable String org, Paging paging) {
        return roles.list(org, paging);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    DeveloperRole create(@PathVariable String org, @RequestBody DeveloperRoleRequest request) {
        return roles.create(org, request);
    }
}
