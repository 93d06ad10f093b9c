package org.openmint.tnc;

import org.openmint.web.QueryParameters;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.NativeWebRequest;

/**
 * The T&C history of developers and companies (spec §13.3): {@code developer-tncs} (the history) and
 * {@code tncs/{tncId}/developer-tncs} (accept or decline, answered with 200 and the new entry).
 */
@RestController
@RequestMapping("/v1/mint/organizations/{org}/{kind:developers|companies}/{id}")
class DeveloperTncController {

    private final DeveloperTncService history;

    DeveloperTncController(DeveloperTncService history) {
        this.history = history;
    }

    /** The history, newest first; with {@code current=true} only the entries for the T&C in effect now. */
    @GetMapping("/developer-tncs")
    DeveloperTncs list(@PathVariable String org, @PathVariable String kind, @PathVariable String id,
            NativeWebRequest request) {
        return history.history(org, company(kind), id, QueryParameters.bool(request, "current", false));
    }

    @PostMapping("/tncs/{tncId}/developer-tncs")
    DeveloperTnc recordAction(@PathVariable String org, @PathVariable String kind, @PathVariable String id,
            @PathVariable String tncId, @RequestBody DeveloperTncRequest request) {
        return history.recordAction(org, company(kind), id, tncId, request);
    }

    private static boolean company(String kind) {
        return kind.equals("companies");
    }
}
