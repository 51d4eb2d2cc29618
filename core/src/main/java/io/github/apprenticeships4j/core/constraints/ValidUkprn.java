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
import io.github.apprenticeships4j.core.provider.ProviderCodes;

/**
 * The annotated element must be a UKPRN: eight digits from 10000000 to 99999999. Supported types: {@link CharSequence} ({@code "10000055"}) or {@link Number} ({@code 10000055}). {@code null} is valid (add
 * {@code @NotNull} to require a value).
 *
 * <p>With the default message, the violation's message template names the precise problem, as the
 * factories of {@link io.github.apprenticeships4j.core.provider.Ukprn} do; its key,
 * {@code {io.github.apprenticeships4j.CODE}}, ends in the finding's code. Messages are in the library's
 * {@code ContributorValidationMessages.properties} and need no Expression Language.
 */
@Documented
@Constraint(validatedBy = {IdentifierValidators.UkprnOfText.class, IdentifierValidators.UkprnOfNumber.class})
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(ValidUkprn.List.class)
public @interface ValidUkprn {
  /**
   * The default message: the key of the constraint's main finding, {@code provider.ukprn.format}, which the validator
   * replaces by the key of the precise finding.
   */
  String DEFAULT_MESSAGE = "{io.github.apprenticeships4j." + ProviderCodes.UKPRN_FORMAT + "}";

  String message() default DEFAULT_MESSAGE;

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Several {@code @ValidUkprn} on one element. */
  @Documented
  @Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
  @Retention(RUNTIME)
  @interface List {
    ValidUkprn[] value();
  }
}
