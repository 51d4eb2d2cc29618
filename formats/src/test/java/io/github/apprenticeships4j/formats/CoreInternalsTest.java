package io.github.apprenticeships4j.formats;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * formats uses only core's exported API: no class of it depends on an {@code internal} package of core
 * ({@code core.internal}, {@code core.funding.internal}, ...). The module system refuses such a use on the module
 * path; this rule also holds on the class path, where nothing else would stop it.
 */
@AnalyzeClasses(packages = "io.github.apprenticeships4j.formats", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreInternalsTest {
  @ArchTest
  static final ArchRule formats_neverReachesAnInternalPackageOfCore = noClasses()
      .that().resideInAPackage("io.github.apprenticeships4j.formats..")
      .should().dependOnClassesThat().resideInAPackage("io.github.apprenticeships4j.core..internal..");
}
