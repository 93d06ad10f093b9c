package org.openmint.app;

import org.openmint.attribute.Attribute;
import org.openmint.attribute.AttributeList;
import org.openmint.attribute.AttributeValue;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The custom attributes of a developer's app ({@code developers/{developer}/apps/{app}/attributes}) or a
 * company's ({@code companies/{company}/apps/{app}/attributes}), as core Edge serves them.
 */
@RestController
@RequestMapping("/v1/organizations/{org}/{owners:developers|companies}/{owner}/apps/{app}/attributes")
class AppAttributeController {

    private final AppAttributeService attributes;

    AppAttributeController(AppAttributeService attributes) {
        this.attributes = attributes;
    }

    @GetMapping
    AttributeList list(@PathVariable String org, @PathVariable String owners, @PathVariable String owner,
            @PathVariable String app) {
        return new AttributeList(attributes.attributes(org, AppService.Owner.of(owners, owner), app));
    }

    /** Replaces the whole set, as Edge does: attributes left out are deleted. */
    @PostMapping
    AttributeList replace(@PathVariable String org, @PathVariable String owners, @PathVariable String owner,
            @PathVariable String app, @RequestBody AttributeList request) {
        return new AttributeList(attributes.replace(org, AppService.Owner.of(owners, owner), app,
                AttributeList.required(request)));
    }

    @GetMapping("/{name}")
    Attribute get(@PathVariable String org, @PathVariable String owners, @PathVariable String owner,
            @PathVariable String app, @PathVariable String name) {
        return attributes.attribute(org, AppService.Owner.of(owners, owner), app, name);
    }

    /** Creates or updates one attribute. */
    @PostMapping("/{name}")
    Attribute put(@PathVariable String org, @PathVariable String owners, @PathVariable String owner,
            @PathVariable String app, @PathVariable String name, @RequestBody AttributeValue request) {
        return attributes.put(org, AppService.Owner.of(owners, owner), app, name, AttributeValue.required(request));
    }

    /** Answers the deleted attribute, as Edge does. */
    @DeleteMapping("/{name}")
    Attribute delete(@PathVariable String org, @PathVariable String owners, @PathVariable String owner,
            @PathVariable String app, @PathVariable String name) {
        return attributes.delete(org, AppService.Owner.of(owners, owner), app, name);
    }
}
