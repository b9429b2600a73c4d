package org.chronology.api.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The modules' boundaries, kept by a test: the core knows no framework but Axon, the read models no web, and only
 * the store adapter Axon's JDBC storage (its SQL is kept there by {@link AxonTablesInTheStoreAdapterTest}).
 */
@AnalyzeClasses(packages = "org.chronology", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleBoundariesTest {

    @ArchTest
    static final ArchRule coreIsFreeOfSpringAndWeb = noClasses().that().resideInAPackage("org.chronology.core..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.servlet..",
                    "org.chronology.projections..", "org.chronology.api..");

    @ArchTest
    static final ArchRule projectionsAreFreeOfWebAndService = noClasses().that()
            .resideInAPackage("org.chronology.projections..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..", "jakarta.servlet..",
                    "org.chronology.api..");

    @ArchTest
    static final ArchRule onlyTheServiceServesHttp = noClasses().that().resideOutsideOfPackage("org.chronology.api..")
            .should().beAnnotatedWith("org.springframework.web.bind.annotation.RestController");

    @ArchTest
    static final ArchRule onlyTheStoreAdapterUsesAxonsJdbcStorage = noClasses().that()
            .resideOutsideOfPackage("org.chronology.api.axon")
            .should().dependOnClassesThat().resideInAnyPackage("org.axonframework.eventsourcing.eventstore.jdbc..",
                    "org.axonframework.eventhandling.tokenstore.jdbc..",
                    "org.axonframework.eventhandling.deadletter.jdbc..");
}
