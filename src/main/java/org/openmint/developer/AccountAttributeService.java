package org.openmint.developer;

import java.time.Clock;
import java.util.List;

import org.openmint.attribute.Attribute;
import org.openmint.attribute.Attributes;
import org.openmint.error.InvalidRequestException;
import org.openmint.error.ResourceNotFoundException;
import org.openmint.organization.OrganizationProfile;
import org.openmint.organization.OrganizationService;
import org.openmint.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The custom attributes of developers and companies at their {@code /attributes} endpoints (core Edge API). A
 * {@code MINT_*} attribute set here passes the checks of a developer or company update ({@link MintAttributes})
 * and changes the mint view as that update does.
 */
@Service
class AccountAttributeService {

    private final DeveloperService accounts;
    private final DeveloperRepository developers;
    private final OrganizationService organizations;
    private final Clock clock;

    AccountAttributeService(DeveloperService accounts, DeveloperRepository developers,
            OrganizationService organizations, Clock clock) {
        this.accounts = accounts;
        this.developers = developers;
        this.organizations = organizations;
        this.clock = clock;
    }

    /**
     * The account's attributes in their order.
     *
     * @throws ResourceNotFoundException when the organization or the account does not exist
     */
    @Transactional(readOnly = true)
    List<Attribute> attributes(String org, Account account) {
        organizations.get(org);
        return account.find(accounts, org).attributes();
    }

    /**
     * One attribute of the account.
     *
     * @throws ResourceNotFoundException when the organization, the account or the attribute does not exist
     */
    @Transactional(readOnly = true)
    Attribute attribute(String org, Account account, String name) {
        organizations.get(org);
        return Attributes.require(account.find(accounts, org).attributes(), name);
    }

    /**
     * Replaces all the account's attributes: those left out are deleted.
     *
     * @return the attributes as stored
     * @throws ResourceNotFoundException when the organization or the account does not exist
     * @throws InvalidRequestException when a name is missing, too long or repeated, or a {@code MINT_*} value is
     *         invalid
     */
    @Transactional
    List<Attribute> replace(String org, Account account, List<Attribute> attributes) {
        OrganizationProfile organization = organizations.get(org);
        DeveloperEntity entity = account.lock(accounts, org);
        List<Attribute> checked = MintAttributes.validate(attributes, organization);
        entity.replaceAttributes(checked, clock.instant(), CurrentUser.username());
        developers.flush();
        return entity.attributes();
    }

    /**
     * Sets one attribute of the account: its value replaced in place, or added at the end.
     *
     * @return the attribute as stored
     * @throws ResourceNotFoundException when the organization or the account does not exist
     * @throws InvalidRequestException when the name is blank or too long, or a {@code MINT_*} value is invalid
     */
    @Transactional
    Attribute put(String org, Account account, String name, String value) {
        OrganizationProfile organization = organizations.get(org);
        DeveloperEntity entity = account.lock(accounts, org);
        Attribute attribute = MintAttributes.validate(List.of(new Attribute(name, value)), organization).get(0);
        entity.replaceAttributes(Attributes.with(entity.attributes(), attribute), clock.instant(),
                CurrentUser.username());
        developers.flush();
        return attribute;
    }

    /**
     * Deletes one attribute of the account.
     *
     * @return the deleted attribute
     * @throws ResourceNotFoundException when the organization, the account or the attribute does not exist
     */
    @Transactional
    Attribute delete(String org, Account account, String name) {
        organizations.get(org);
        DeveloperEntity entity = account.lock(accounts, org);
        Attribute deleted = Attributes.require(entity.attributes(), name);
        entity.replaceAttributes(Attributes.without(entity.attributes(), name), clock.instant(),
                CurrentUser.username());
        developers.flush();
        return deleted;
    }

    /** The account a path names: a developer by email or id, or a company by name. */
    record Account(boolean company, String key) {

        /** The account under {@code owners}, {@code developers} or {@code companies}. */
        static Account of(String owners, String key) {
            return new Account(owners.equals("companies"), key);
        }

        DeveloperEntity find(DeveloperService accounts, String org) {
            return company ? accounts.findCompany(org, key) : accounts.findDeveloper(org, key);
        }

        DeveloperEntity lock(DeveloperService accounts, String org) {
            return company ? accounts.lockCompany(org, key) : accounts.lockDeveloper(org, key);
        }
    }
}
