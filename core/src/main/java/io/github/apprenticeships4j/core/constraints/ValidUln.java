package io.github.apprenticeships4j.core.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.apprenticeships4j.core.constraints.internal.IdentifierValidators;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import io.github.apprenticeships4j.core.learner.LearnerCodes;

/**
 * The annotated element must be a unique learner number: ten digits, the first not 0, with a valid ESFA check digit. Supported types: {@link CharSequence} ({@code "1748529632"}) or {@link Long} ({@code 1748529632L}). {@code null} is valid (add
 * {@code @NotNull} to require a value).
 *
 * <p>With the default message, the violation's message template names the precise problem, as the
 * factories of {@link io.github.apprenticeships4j.core.learner.Uln} do; its key,
 * {@code {io.github.apprenticeships4j.CODE}}, ends in the finding's code. Messages are in the library's
 * {@code ContributorValidationMessages.properties} and need no Expression Language.
 */
@Documented
@Constraint(validatedBy = {IdentifierValidators.UlnOfText.class, IdentifierValidators.UlnOfNumber.class})
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(ValidUln.List.class)
public @interface ValidUln {
  /**
   * The default message: the key of the constraint's main finding, {@code learner.uln.format}, which the validator
   * replaces by the key of the precise finding.
   */
  String DEFAULT_MESSAGE = "{io.github.apprenticeships4j." + LearnerCodes.ULN_FORMAT + "}";

  String message() default DEFAULT_MESSAGE;

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Several {@code @ValidUln} on one element. */
  @Documented
  @Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
  @Retention(RUNTIME)
  @interface List {
    ValidUln[] value();
  }
}
