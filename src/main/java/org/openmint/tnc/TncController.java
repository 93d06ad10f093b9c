package org.openmint.tnc;

import org.openmint.web.Paging;
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

/** {@code /v1/mint/organizations/{org}/tncs}: terms and conditions (spec §13.1). */
@RestController
@RequestMapping("/v1/mint/organizations/{org}/tncs")
class TncController {

    private final TncService tncs;

    TncController(TncService tncs) {
        this.tncs = tncs;
    }

    /** Every T&C, or with {@code current=true} only the one in effect now. */
    @GetMapping
    Tncs list(@PathVariable String org, Paging paging, NativeWebRequest request) {
        return tncs.list(org, QueryParameters.bool(request, "current", false), paging);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Tnc create(@PathVariable String org, @RequestBody TncRequest request) {
        return tncs.create(org, request);
    }

    @GetMapping("/{id}")
    Tnc get(@PathVariable String org, @PathVariable String id) {
        return tncs.get(org, id);
    }

    @PutMapping("/{id}")
    Tnc update(@PathVariable String org, @PathVariable String id, @RequestBody TncRequest request) {
        return tncs.update(org, id, request);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable String org, @PathVariable String id) {
        tncs.delete(org, id);
    }
}
