package io.github.apprenticeships4j.core.funding;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A change of employer during learning, on the same apprenticeship: payments falling due from {@code effectiveFrom}
 * are split between levy, government and employer by the new employer.
 *
 * @param effectiveFrom the first day with the new employer
 * @param employer the new employer
 */
public record EmployerChange(LocalDate effectiveFrom, Employer employer) {
  /** @throws NullPointerException if a component is null */
  public EmployerChange {
    Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    Objects.requireNonNull(employer, "employer");
  }
}
