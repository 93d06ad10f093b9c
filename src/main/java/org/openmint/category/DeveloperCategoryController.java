package org.openmint.category;

import org.openmint.web.Paging;
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

/** {@code /v1/mint/organizations/{org}/developer-categories} (spec §14.1). */
@RestController
@RequestMapping("/v1/mint/organizations/{org}/developer-categories")
class DeveloperCategoryController {

    private final DeveloperCategoryService categories;

    DeveloperCategoryController(DeveloperCategoryService categories) {
        this.categories = categories;
    }

    @GetMapping
    DeveloperCategories list(@PathVariable String org, Paging paging) {
        return categories.list(org, paging);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    DeveloperCategory create(@PathVariable String org, @RequestBody DeveloperCategory request) {
        return categories.create(org, request);
    }

    @GetMapping("/{id}")
    DeveloperCategory get(@PathVariable String org, @PathVariable String id) {
        return categories.get(org, id);
    }

    @PutMapping("/{id}")
    DeveloperCategory update(@PathVariable String org, @PathVariable String id,
            @RequestBody DeveloperCategory request) {
        return categories.update(org, id, request);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable String org, @PathVariable String id) {
        categories.delete(org, id);
    }
}
