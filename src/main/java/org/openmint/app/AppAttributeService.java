package org.openmint.app;

import java.time.Clock;
import java.util.List;

import org.openmint.attribute.Attribute;
import org.openmint.attribute.Attributes;
import org.openmint.error.InvalidRequestException;
import org.openmint.error.ResourceNotFoundException;
import org.openmint.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The custom attributes of developer and company apps at their {@code /attributes} endpoints (core Edge API). */
@Service
class AppAttributeService {

    private final AppService apps;
    private final AppRepository repository;
    private final Clock clock;

    AppAttributeService(AppService apps, AppRepository repository, Clock clock) {
        this.apps = apps;
        this.repository = repository;
        this.clock = clock;
    }

    /**
     * The app's attributes in their order.
     *
     * @throws ResourceNotFoundException when the organization, the owner or the app does not exist
     */
    @Transactional(readOnly = true)
    List<Attribute> attributes(String org, AppService.Owner owner, String app) {
        return apps.findOwned(org, owner, app).attributes();
    }

    /**
     * One attribute of the app.
     *
     * @throws ResourceNotFoundException when the organization, the owner, the app or the attribute does not exist
     */
    @Transactional(readOnly = true)
    Attribute attribute(String org, AppService.Owner owner, String app, String name) {
        return Attributes.require(apps.findOwned(org, owner, app).attributes(), name);
    }

    /**
     * Replaces all the app's attributes: those left out are deleted.
     *
     * @return the attributes as stored
     * @throws ResourceNotFoundException when the organization, the owner or the app does not exist
     * @throws InvalidRequestException when a name is missing, too long or repeated, or a value is too long
     */
    @Transactional
    List<Attribute> replace(String org, AppService.Owner owner, String app, List<Attribute> attributes) {
        AppEntity entity = apps.lockOwned(org, owner, app);
        entity.replaceAttributes(Attributes.check(attributes), clock.instant(), CurrentUser.username());
        repository.flush();
        return entity.attributes();
    }

    /**
     * Sets one attribute of the app: its value replaced in place, or added at the end.
     *
     * @return the attribute as stored
     * @throws ResourceNotFoundException when the organization, the owner or the app does not exist
     * @throws InvalidRequestException when the name is blank or too long, or the value too long
     */
    @Transactional
    Attribute put(String org, AppService.Owner owner, String app, String name, String value) {
        AppEntity entity = apps.lockOwned(org, owner, app);
        Attribute attribute = Attributes.check(List.of(new Attribute(name, value))).get(0);
        entity.replaceAttributes(Attributes.with(entity.attributes(), attribute), clock.instant(),
                CurrentUser.username());
        repository.flush();
        return attribute;
    }

    /**
     * Deletes one attribute of the app.
     *
     * @return the deleted attribute
     * @throws ResourceNotFoundException when the organization, the owner, the app or the attribute does not exist
     */
    @Transactional
    Attribute delete(String org, AppService.Owner owner, String app, String name) {
        AppEntity entity = apps.lockOwned(org, owner, app);
        Attribute deleted = Attributes.require(entity.attributes(), name);
        entity.replaceAttributes(Attributes.without(entity.attributes(), name), clock.instant(),
                CurrentUser.username());
        repository.flush();
        return deleted;
    }
}
