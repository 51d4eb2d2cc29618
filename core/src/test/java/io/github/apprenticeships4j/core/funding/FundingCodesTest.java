package io.github.apprenticeships4j.core.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.apprenticeships4j.core.standard.StandardCodes;
import io.github.apprenticeships4j.core.validation.Issue;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The calculator reports only codes of the funding catalogue (and the standard's two constraints), whatever its input.
 * The catalogues themselves are checked together in the examples' {@code FindingCodeCatalogueTest}.
 */
class FundingCodesTest {
  /** The codes of the catalogue by constant name. */
  static Map<String, String> catalogue() {
    Map<String, String> codes = new TreeMap<>();
    for (Field field : FundingCodes.class.getDeclaredFields()) {
      int modifiers = field.getModifiers();
      if (Modifier.isPublic(modifiers) && Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers)
          && field.getType() == String.class) {
        try {
          codes.put(field.getName(), (String) field.get(null));
        } catch (IllegalAccessException e) {
          throw new AssertionError(e);
        }
      }
    }
    return codes;
  }

  @Test
  void anyInput_isRejectedOrWarnedOnlyWithCataloguedCodes() {
    FundingCalculator calculator = FundingCalculator.withDefaultRules();
    Set<String> seen = new TreeSet<>();
    qt().withExamples(2000).forAll(FundingGen.apprenticeships(), FundingGen.anyApprenticeships(),
        integers().between(0, 5), integers().between(-30, 2000))
        .checkAssert((plausible, any, kind, offset) -> {
          List<Issue> issues = new ArrayList<>(calculator.calculate(any).report().issues());
          issues.addAll(calculator.calculate(plausible, progress(plausible.startDate(), kind, offset, offset % 400))
              .report().issues());
          issues.forEach(i -> seen.add(i.code()));
          assertThat(issues).allSatisfy(i -> assertThat(i.code()).satisfiesAnyOf(
              code -> assertThat(catalogue()).containsValue(code),
              code -> assertThat(code).isIn(StandardCodes.LEVEL_RANGE, StandardCodes.DURATION_RANGE)));
        });
    assertThat(seen).as("codes seen").hasSizeGreaterThan(10);
  }

  /** A progress from {@code start}, possible or not: completion, withdrawal, a break, both, or as planned. */
  private static Progress progress(LocalDate start, int kind, int offset, int gap) {
    LocalDate day = start.plusDays(offset);
    switch (kind) {
      case 0:
        return Progress.completedOn(day);
      case 1:
        return Progress.withdrawnAfter(day);
      case 2:
        return Progress.builder().addBreak(BreakInLearning.of(day, day.plusDays(gap))).build();
      case 3:
        return Progress.builder().completionDate(day).withdrawalDate(day).build();
      case 4:
        return Progress.builder().addBreak(BreakInLearning.of(day, day.plusDays(gap)))
            .addBreak(BreakInLearning.of(day.minusDays(gap), day)).completionDate(day.plusDays(gap)).build();
      default:
        return Progress.asPlanned();
    }
  }
}
