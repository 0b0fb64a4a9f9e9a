package org.pdsa.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Keeps the layering of functions/ honest (STYLE.md): a plain domain, and nothing of the local stack. */
@AnalyzeClasses(packages = "org.pdsa", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    @ArchTest
    static final ArchRule domainShouldDependOnNothingButTheJdk = noClasses()
            .that().resideInAPackage("org.pdsa.domain..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.pdsa.store..", "org.pdsa.api..", "org.pdsa.workers..", "org.pdsa.camunda..",
                    "software.amazon..", "com.amazonaws..", "io.camunda..", "com.fasterxml..")
            .because("the domain is plain Java records and rules, testable without AWS, Camunda or JSON");

    @ArchTest
    static final ArchRule functionsShouldNotDependOnTheLocalStack = noClasses()
            .that().resideInAPackage("org.pdsa..")
            .should().dependOnClassesThat().resideInAPackage("org.pdsa.local..")
            .because("functions/ is deployed to Lambda; the local stack may depend on it, never the reverse");

    @ArchTest
    static final ArchRule storeShouldNotReachIntoHandlers = noClasses()
            .that().resideInAPackage("org.pdsa.store..")
            .should().dependOnClassesThat().resideInAnyPackage("org.pdsa.api..", "org.pdsa.workers..", "io.camunda..")
            .because("the store serves handlers and workers; it knows nothing of them");
}
