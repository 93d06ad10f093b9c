package org.openmint;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.stereotype.Repository;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/**
 * The feature packages are modules (Spring Modulith): no cycles between them, and a module uses another only
 * through the types that one exposes: its service and the few records and interfaces its callers need.
 * Controllers, repositories and entities stay inside their package. Also writes the module documentation
 * (a PlantUML component diagram and a canvas per module) to {@code target/spring-modulith-docs}.
 */
class ModularityTests {

    private static final ApplicationModules MODULES = ApplicationModules.of(OpenMintApplication.class);
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.openmint");

    @Test
    void shouldKeepEveryModuleBoundary() {
        MODULES.verify();
    }

    @Test
    void shouldKeepControllersRepositoriesAndEntitiesInsideTheirPackage() {
        classes().that().areAnnotatedWith(RestController.class)
                .or().areAnnotatedWith(Repository.class)
                .or().areAssignableTo(org.springframework.data.repository.Repository.class)
                .or().areAnnotatedWith(Entity.class)
                .should().notHaveModifier(JavaModifier.PUBLIC)
                .because("a feature uses another only through its public service (STYLE.md, module boundaries)")
                .check(CLASSES);
    }

    @Test
    void shouldDocumentTheModules() {
        new Documenter(MODULES).writeDocumentation();
    }
}
