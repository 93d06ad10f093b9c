package org.openmint.app;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /v1/organizations/{org}/apps/{appId}}: any app by its UUID, whoever owns it. */
@RestController
@RequestMapping("/v1/organizations/{org}/apps")
class AppController {

    private final AppService apps;

    AppController(AppService apps) {
        this.apps = apps;
    }

    @GetMapping("/{appId}")
    AppResponse get(@PathVariable String org, @PathVariable String appId) {
        return apps.get(org, appId);
    }
}
