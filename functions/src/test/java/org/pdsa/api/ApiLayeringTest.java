package org.pdsa.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The API reaches Camunda only through its port, and the port knows nothing of the API or the table. */
@AnalyzeClasses(packages = "org.pdsa", importOptions = ImportOption.DoNotIncludeTests.class)
class ApiLayeringTest {

    @ArchTest
    static final ArchRule handlersShouldUseTheEnginePortNotTheClient = noClasses()
            .that().resideInAPackage("org.pdsa.api..")
            .should().dependOnClassesThat().resideInAnyPackage("io.camunda..")
            .because("handlers talk to the engine through org.pdsa.camunda.ProcessEngine, so tests can use a fake");

    @ArchTest
    static final ArchRule thePortShouldNotKnowItsUsers = noClasses()
            .that().resideInAPackage("org.pdsa.camunda..")
            .should().dependOnClassesThat().resideInAnyPackage("org.pdsa.api..", "org.pdsa.store..", "org.pdsa.domain..")
            .because("org.pdsa.camunda adapts the Camunda client; what the product does with it lives elsewhere");
}
