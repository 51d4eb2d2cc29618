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
import io.github.apprenticeships4j.core.standard.StandardCodes;

/**
 * The annotated element must be the reference of an apprenticeship standard or foundation apprenticeship: {@code ST} or {@code FA} and four digits, case and surrounding white space ignored. Supported types: {@link CharSequence} ({@code "ST1398"}). {@code null} is valid (add
 * {@code @NotNull} to require a value).
 *
 * <p>With the default message, the violation's message template names the precise problem, as the
 * factories of {@link io.github.apprenticeships4j.core.standard.StandardReference} do; its key,
 * {@code {io.github.apprenticeships4j.CODE}}, ends in the finding's code. Messages are in the library's
 * {@code ContributorValidationMessages.properties} and need no Expression Language.
 */
@Documented
@Constraint(validatedBy = {IdentifierValidators.StandardReferenceOfText.class})
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(ValidStandardReference.List.class)
public @interface ValidStandardReference {
  /**
   * The default message: the key of the constraint's main finding, {@code standard.reference.format}, which the
   * validator replaces by the key of the precise finding.
   */
  String DEFAULT_MESSAGE = "{io.github.apprenticeships4j." + StandardCodes.REFERENCE_FORMAT + "}";

  String message() default DEFAULT_MESSAGE;

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Several {@code @ValidStandardReference} on one element. */
  @Documented
  @Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
  @Retention(RUNTIME)
  @interface List {
    ValidStandardReference[] value();
  }
}
