package org.openmint.developer;

/**
 * Something that can hold a developer or company in use (balances, ledger entries, accepted plans);
 * an account in use cannot be deleted. Features that reference accounts provide a bean.
 */
public interface DeveloperUsage {

    /**
     * Whether anything of this feature uses the account; a short description of what, or null.
     *
     * @param developerId the account's {@link DeveloperAccount#id()}
     */
    String usage(String org, String developerId);
}
