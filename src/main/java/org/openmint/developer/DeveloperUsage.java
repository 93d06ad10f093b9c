package org.openmint.developer;

/** Stub until the developer feature lands. */
public interface DeveloperUsage {
    String usage(String org, String developerId);
}
