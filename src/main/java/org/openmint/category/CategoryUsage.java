package org.openmint.category;

/**
 * Something that can hold a developer category in use (accounts whose {@code MINT_DEVELOPER_CATEGORY}
 * names it, {@code DEVELOPER_CATEGORY} rate plans); a category in use cannot be deleted (spec §14.1).
 * Features that reference categories provide a bean.
 */
public interface CategoryUsage {

    /** Whether anything of this feature uses the category; a short description of what, or null. */
    String categoryUsage(String org, String categoryId);
}
