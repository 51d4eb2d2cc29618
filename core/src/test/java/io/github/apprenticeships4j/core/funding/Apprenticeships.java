package io.github.apprenticeships4j.core.funding;

import io.github.apprenticeships4j.core.standard.StandardReference;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Fixtures: the seed case and its variations. */
final class Apprenticeships {
  static final StandardReference ST1398 = StandardReference.parse("ST1398");

  /** ST1398 Machine learning engineer, level 6, 24 months; its £22,000 cap comes from the default catalogue. */
  static final StandardFunding ML_ENGINEER = StandardFunding.builder().reference(ST1398).level(6)
      .typicalDurationMonths(24).build();

  /**
   * The seed case: ML engineer starting 1 September 2025 for 24 months at a non-levy employer, price £22,000
   * (£19,000 training + £3,000 assessment), apprentice aged 25 at the start.
   */
  static final Apprenticeship SEED = Apprenticeship.builder()
      .startDate(LocalDate.of(2025, 9, 1))
      .plannedDurationMonths(24)
      .standard(ML_ENGINEER)
      .trainingPrice(new BigDecimal("19000"))
      .assessmentPrice(new BigDecimal("3000"))
      .employer(Employer.nonLevy())
      .apprentice(Apprentice.bornOn(LocalDate.of(2000, 3, 15)))
      .build();

  private Apprenticeships() {}

  static Apprenticeship agedAtStart(Apprenticeship a, int years) {
    return a.withApprentice(Apprentice.bornOn(a.startDate().minusYears(years)));
  }
}
