package io.github.apprenticeships4j.core;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The package graph of core, checked on the compiled main classes (generated ones included). A package's
 * {@code internal} subpackage belongs to it: {@code funding.internal} is part of {@code funding}.
 *
 * <p>The layers, each depending only on layers to its left:
 *
 * <pre>
 * internal  →  validation  →  standard  →  learner | provider | career | funding | progress  →  crosswalk | constraints | feed
 * </pre>
 *
 * <p>{@code core.internal} (the Immutables style and {@code Lazy}) depends on no package of core: {@code validation}
 * uses the style, so a helper there that used {@code validation} would close a cycle; such helpers live in
 * {@code validation.internal}. {@code constraints} sits with {@code feed}: its validators judge with the identifier
 * types of {@code standard}, {@code learner} and {@code provider}, and no package uses it. {@code crosswalk} joins the
 * KSBs of {@code standard} to the skills of {@code career}, and no package uses it. {@code progress} judges an
 * apprentice's record against a {@code standard} with its own dated rules, and no package uses it.
 */
@AnalyzeClasses(packages = PackageLayeringTest.CORE, importOptions = ImportOption.DoNotIncludeTests.class)
class PackageLayeringTest {
  static final String CORE = "io.github.apprenticeships4j.core";

  @ArchTest
  static final ArchRule packagesOfCore_formNoCycle = slices().matching(CORE + ".(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule eachPackage_dependsOnlyOnPackagesToItsLeft = layeredArchitecture()
      .consideringOnlyDependenciesInLayers()
      .ensureAllClassesAreContainedInArchitecture()
      .layer("internal").definedBy(CORE + ".internal")
      .layer("validation").definedBy(CORE + ".validation..")
      .layer("standard").definedBy(CORE + ".standard..")
      .layer("learner").definedBy(CORE + ".learner..")
      .layer("provider").definedBy(CORE + ".provider..")
      .layer("career").definedBy(CORE + ".career..")
      .layer("funding").definedBy(CORE + ".funding..")
      .layer("crosswalk").definedBy(CORE + ".crosswalk..")
      .layer("constraints").definedBy(CORE + ".constraints..")
      .layer("feed").definedBy(CORE + ".feed..")
      .layer("progress").definedBy(CORE + ".progress..")
      .whereLayer("internal").mayNotAccessAnyLayer()
      .whereLayer("validation").mayOnlyAccessLayers("internal")
      .whereLayer("standard").mayOnlyAccessLayers("internal", "validation")
      .whereLayer("learner").mayOnlyAccessLayers("internal", "validation", "standard")
      .whereLayer("provider").mayOnlyAccessLayers("internal", "validation", "standard")
      .whereLayer("career").mayOnlyAccessLayers("internal", "validation", "standard")
      .whereLayer("funding").mayOnlyAccessLayers("internal", "validation", "standard")
      .whereLayer("progress").mayOnlyAccessLayers("internal", "validation", "standard")
      .whereLayer("crosswalk").mayOnlyAccessLayers("internal", "validation", "standard", "career")
      .whereLayer("constraints").mayOnlyAccessLayers("internal", "validation", "standard", "learner", "provider",
          "career", "funding")
      .whereLayer("feed").mayOnlyAccessLayers("internal", "validation", "standard", "learner", "provider", "career",
          "funding");
}
