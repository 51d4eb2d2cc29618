package io.github.apprenticeships4j.core.standard;

import jakarta.validation.constraints.Min;

/**
 * A value with a constraint that has no message key of the library, as no model type may have. In a package that
 * core opens to Hibernate Validator, so that the module-path run of the bridge's tests can read it.
 */
public final class ValueWithUnkeyedConstraint {
  @Min(1)
  public int count() {
    return 0;
  }
}
