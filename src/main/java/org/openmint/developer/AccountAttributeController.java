package org.openmint.developer;

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
 * The custom attributes of a developer ({@code developers/{developer}/attributes}, by email or id) or a company
 * ({@code companies/{company}/attributes}, by name), as core Edge serves them.
 */
@RestController
@RequestMapping("/v1/organizations/{org}/{owners:developers|companies}/{owner}/attributes")
class AccountAttributeController {

    private final AccountAttributeService attributes;

    AccountAttributeController(AccountAttributeService attributes) {
        this.attributes = attributes;
    }

    @GetMapping
    AttributeList list(@PathVariable String org, @PathVariable String owners, @PathVariable String owner) {
        return new AttributeList(attributes.attributes(org, AccountAttributeService.Account.of(owners, owner)));
    }

    /** Replaces the whole set, as Edge does: attributes left out are deleted. */
    @PostMapping
    AttributeList replace(@PathVariable String org, @PathVariable String owners, @PathVariable String owner,
            @RequestBody AttributeList request) {
        return new AttributeList(attributes.replace(org, AccountAttributeService.Account.of(owners, owner),
                AttributeList.required(request)));
    }

    @GetMapping("/{name}")
    Attribute get(@PathVariable String org, @PathVariable String owners, @PathVariable String owner,
            @PathVariable String name) {
        return attributes.attribute(org, AccountAttributeService.Account.of(owners, owner), name);
    }

    /** Creates or updates one attribute. */
    @PostMapping("/{name}")
    Attribute put(@PathVariable String org, @PathVariable String owners, @PathVariable String owner,
            @PathVariable String name, @RequestBody AttributeValue request) {
        return attributes.put(org, AccountAttributeService.Account.of(owners, owner), name,
                AttributeValue.required(request));
    }

    /** Answers the deleted attribute, as Edge does. */
    @DeleteMapping("/{name}")
    Attribute delete(@PathVariable String org, @PathVariable String owners, @PathVariable String owner,
            @PathVariable String name) {
        return attributes.delete(org, AccountAttributeService.Account.of(owners, owner), name);
    }
}
