package org.openmint.product;

/**
 * Something that can hold an API product in use (API packages, rate plans); a product in use
 * cannot be deleted. Features that reference products provide a bean.
 */
public interface ProductUsage {

    /** Whether anything of this feature uses the product; a short description of what, or null. */
    String productUsage(String org, String productName);
}
