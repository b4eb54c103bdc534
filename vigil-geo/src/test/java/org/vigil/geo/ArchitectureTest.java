package org.vigil.geo;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The module's layers: {@code internal} holds the format and the algorithms and knows neither the public API nor
 * the builder; the public API does not use the builder; the builder writes through {@code internal} only.
 */
@AnalyzeClasses(packages = "org.vigil.geo", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule internalKnowsNeitherApiNorBuilder = noClasses()
            .that().resideInAPackage("org.vigil.geo.internal..")
            .should().dependOnClassesThat().resideInAnyPackage("org.vigil.geo", "org.vigil.geo.build..");

    @ArchTest
    static final ArchRule apiDoesNotUseTheBuilder = noClasses()
            .that().resideInAPackage("org.vigil.geo")
            .should().dependOnClassesThat().resideInAPackage("org.vigil.geo.build..");

    @ArchTest
    static final ArchRule builderDoesNotUseTheApi = noClasses()
            .that().resideInAPackage("org.vigil.geo.build..")
            .should().dependOnClassesThat().resideInAPackage("org.vigil.geo");

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("org.vigil.geo.(**)").should().beFreeOfCycles();
}
