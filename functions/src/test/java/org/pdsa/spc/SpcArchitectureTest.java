package org.pdsa.spc;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class SpcArchitectureTest {

    @Test
    void shouldKeepTheAnalysisPureJavaPlusJackson() {
        // given
        JavaClasses spc = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.pdsa.spc");
        // when / then: no AWS, Camunda, store, HTTP or local-stack dependency
        classes().should().onlyDependOnClassesThat().resideInAnyPackage("java..",
                "com.fasterxml.jackson..", "org.pdsa.spc..", "org.pdsa.codes..").check(spc);
    }
}
