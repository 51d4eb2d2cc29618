/**
 * Jakarta Validation constraints for users' own classes: {@link io.github.apprenticeships4j.core.constraints.ValidUln},
 * {@link io.github.apprenticeships4j.core.constraints.ValidUkprn},
 * {@link io.github.apprenticeships4j.core.constraints.ValidStandardReference} and
 * {@link io.github.apprenticeships4j.core.constraints.ValidLarsCode}. They run with any Jakarta Validation 3.1
 * provider; their messages come from the library's {@code ContributorValidationMessages.properties} and need no
 * Expression Language, so Hibernate Validator's {@code ParameterMessageInterpolator} is enough.
 */
@NullMarked
package io.github.apprenticeships4j.core.constraints;

import org.jspecify.annotations.NullMarked;
