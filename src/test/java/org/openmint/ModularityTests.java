package org.openmint;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The feature packages are modules (Spring Modulith): no cycles between them, and a module uses another
 * only through the types that one exposes. Also writes the module documentation to
 * {@code target/spring-modulith-docs}.
 */
class ModularityTests {

    private static final ApplicationModules MODULES = ApplicationModules.of(OpenMintApplication.class);

    @Test
    void shouldKeepEveryModuleBoundary() {
        MODULES.verify();
    }

    @Test
    void shouldDocumentTheModules() {
        new Documenter(MODULES).writeDocumentation();
    }
}
