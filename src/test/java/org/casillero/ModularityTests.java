package org.casillero;

import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.metaAnnotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

class ModularityTests {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(new ImportOption.DoNotIncludeTests())
            .importPackages("org.casillero");

    @Test
    void verifiesModularStructure() {
        ApplicationModules.of(CasilleroApplication.class).verify();
    }

    @Test
    void keepsControllersAndRepositoriesPackagePrivate() {
        classes()
                .that()
                .areNotAnnotations()
                .and(metaAnnotatedWith(Controller.class).or(annotatedWith(Repository.class)))
                .should()
                .notHaveModifier(JavaModifier.PUBLIC)
                .check(CLASSES);
    }

    @Test
    void keepsTransactionsOnUseCasesInModuleRoots() {
        methods()
                .that()
                .areAnnotatedWith(Transactional.class)
                .should()
                .beDeclaredInClassesThat()
                .resideInAnyPackage(
                        "org.casillero.customer",
                        "org.casillero.partner",
                        "org.casillero.geo",
                        "org.casillero.payment",
                        "org.casillero.rating",
                        "org.casillero.shipment",
                        "org.casillero.warehouse")
                .andShould()
                .bePublic()
                .check(CLASSES);
    }

    @Test
    void keepsTheWireFormatInTheWireLayer() {
        noClasses()
                .that()
                .resideOutsideOfPackages("org.casillero.shared.web..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("tools.jackson..")
                .check(CLASSES);
    }
}
