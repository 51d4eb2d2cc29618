package io.github.apprenticeships4j.core.constraints.internal;

import io.github.apprenticeships4j.core.constraints.ValidLarsCode;
import io.github.apprenticeships4j.core.constraints.ValidStandardReference;
import io.github.apprenticeships4j.core.constraints.ValidUkprn;
import io.github.apprenticeships4j.core.constraints.ValidUln;
import io.github.apprenticeships4j.core.learner.Uln;
import io.github.apprenticeships4j.core.provider.Ukprn;
import io.github.apprenticeships4j.core.standard.LarsCode;
import io.github.apprenticeships4j.core.standard.StandardReference;
import io.github.apprenticeships4j.core.validation.InvalidValueException;
import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.core.validation.ValidationReport;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.annotation.Annotation;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The {@link ConstraintValidator}s of the constraints in {@code core.constraints}. Each one judges with the factory of
 * its identifier type and, when the constraint keeps its default message, reports the template of the precise
 * finding, {@code {io.github.apprenticeships4j.CODE}}, so that
 * {@link io.github.apprenticeships4j.core.validation.internal.ConstraintBridge} and users see the same code
 * as the factory gives. {@code null} is valid.
 */
public final class IdentifierValidators {
  private static final String KEY = "{io.github.apprenticeships4j.";

  private IdentifierValidators() {}

  /** Shared logic: the first finding about a value, if any, and the message rule. */
  private abstract static class Base<A extends Annotation, T> implements ConstraintValidator<A, T> {
    private final Function<A, String> message;
    private final String defaultMessage;
    private final Function<T, Optional<Issue>> problem;
    private boolean usesDefaultMessage = true;

    /**
     * @param message the message of a constraint
     * @param defaultMessage the constraint's default message
     * @param problem the finding about a value, or empty if it is valid
     */
    Base(Function<A, String> message, String defaultMessage, Function<T, Optional<Issue>> problem) {
      this.message = message;
      this.defaultMessage = defaultMessage;
      this.problem = problem;
    }

    @Override
    public final void initialize(A constraint) {
      usesDefaultMessage = message.apply(constraint).equals(defaultMessage);
    }

    @Override
    public final boolean isValid(@Nullable T value, ConstraintValidatorContext context) {
      if (value == null) {
        return true;
      }
      Optional<Issue> found = problem.apply(value);
      if (found.isEmpty()) {
        return true;
      }
      if (usesDefaultMessage) {
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(KEY + found.get().code() + "}").addConstraintViolation();
      }
      return false;
    }
  }

  private static Optional<Issue> first(ValidationReport report) {
    return report.issues().stream().findFirst();
  }

  /** The finding of the factory's refusal of a number, if it refuses it. */
  private static Optional<Issue> refusal(Supplier<?> factory) {
    try {
      Object unused = factory.get(); // called for its refusal only
      return Optional.empty();
    } catch (InvalidValueException e) {
      return Optional.of(e.issue());
    }
  }

  /** {@link ValidUln} on text. */
  public static final class UlnOfText extends Base<ValidUln, CharSequence> {
    public UlnOfText() {
      super(ValidUln::message, ValidUln.DEFAULT_MESSAGE, text -> first(Uln.check(text)));
    }
  }

  /** {@link ValidUln} on a {@link Long}. */
  public static final class UlnOfNumber extends Base<ValidUln, Long> {
    public UlnOfNumber() {
      super(ValidUln::message, ValidUln.DEFAULT_MESSAGE, number -> refusal(() -> Uln.of(number)));
    }
  }

  /** {@link ValidUkprn} on text. */
  public static final class UkprnOfText extends Base<ValidUkprn, CharSequence> {
    public UkprnOfText() {
      super(ValidUkprn::message, ValidUkprn.DEFAULT_MESSAGE, text -> first(Ukprn.check(text)));
    }
  }

  /** {@link ValidUkprn} on a whole {@link Number}. */
  public static final class UkprnOfNumber extends Base<ValidUkprn, Number> {
    public UkprnOfNumber() {
      super(ValidUkprn::message, ValidUkprn.DEFAULT_MESSAGE,
          number -> refusal(() -> Ukprn.of(wholeOrMinusOne(number))));
    }
  }

  /** {@link ValidStandardReference} on text. */
  public static final class StandardReferenceOfText extends Base<ValidStandardReference, CharSequence> {
    public StandardReferenceOfText() {
      super(ValidStandardReference::message, ValidStandardReference.DEFAULT_MESSAGE,
          text -> first(StandardReference.check(text)));
    }
  }

  /** {@link ValidLarsCode} on text. */
  public static final class LarsCodeOfText extends Base<ValidLarsCode, CharSequence> {
    public LarsCodeOfText() {
      super(ValidLarsCode::message, ValidLarsCode.DEFAULT_MESSAGE, text -> first(LarsCode.check(text)));
    }
  }

  /** {@link ValidLarsCode} on a whole {@link Number}. */
  public static final class LarsCodeOfNumber extends Base<ValidLarsCode, Number> {
    public LarsCodeOfNumber() {
      super(ValidLarsCode::message, ValidLarsCode.DEFAULT_MESSAGE, number -> refusal(() -> LarsCode.of(asInt(number))));
    }
  }

  /** The value of a whole number within the range of an int; -1 (never a LARS code) for any other. */
  private static int asInt(Number value) {
    long whole = wholeOrMinusOne(value);
    return whole < Integer.MIN_VALUE || whole > Integer.MAX_VALUE ? -1 : (int) whole;
  }

  /** The value of an integral number; -1 (never valid here) for fractions and other number types. */
  private static long wholeOrMinusOne(Number value) {
    if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return value.longValue();
    }
    return -1;
  }
}
