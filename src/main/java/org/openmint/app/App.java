package org.openmint.app;

import java.util.List;

/**
 * An app as the other features see it (transactions name an app by its {@code appId}).
 *
 * @param org the organization
 * @param appId the app's UUID
 * @param name the app's name, unique per owner regardless of case
 * @param ownerAccountId the owner's {@code DeveloperAccount.id()}, for a developer or a company
 * @param ownedByCompany whether the owner is a company
 * @param apiProducts the names of the app's API products, in the order the client gave them
 */
public record App(String org, String appId, String name, String ownerAccountId, boolean ownedByCompany,
        List<String> apiProducts) {

    public App {
        apiProducts = List.copyOf(apiProducts);
    }
}
