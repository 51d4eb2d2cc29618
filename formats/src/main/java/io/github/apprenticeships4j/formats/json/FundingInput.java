package io.github.apprenticeships4j.formats.json;

import io.github.apprenticeships4j.core.funding.Apprenticeship;
import io.github.apprenticeships4j.core.funding.ApprenticeshipUnit;
import io.github.apprenticeships4j.core.funding.Progress;
import java.util.Optional;

/**
 * One record read by {@link ApprenticeshipsJson}: what the
 * {@link io.github.apprenticeships4j.core.funding.FundingCalculator} takes, an apprenticeship with its progress or an
 * apprenticeship unit.
 */
public sealed interface FundingInput permits FundingInput.OfApprenticeship, FundingInput.OfUnit {
  /** The caller's label of the record ({@code id} in the JSON), if given. */
  Optional<String> id();

  /**
   * An apprenticeship and its progress.
   *
   * @param id the caller's label of the record ({@code id} in the JSON), if given
   * @param apprenticeship the apprenticeship
   * @param progress its progress; {@link Progress#asPlanned()} when the JSON gives none
   */
  record OfApprenticeship(Optional<String> id, Apprenticeship apprenticeship, Progress progress)
      implements
        FundingInput {}

  /**
   * An apprenticeship unit (a record with a {@code unit} object).
   *
   * @param id the caller's label of the record ({@code id} in the JSON), if given
   * @param unit the unit
   */
  record OfUnit(Optional<String> id, ApprenticeshipUnit unit) implements FundingInput {}
}
