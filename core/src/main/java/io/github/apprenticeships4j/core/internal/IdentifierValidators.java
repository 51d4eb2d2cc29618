package io.github.apprenticeships4j.core.internal;

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
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.annotation.Annotation;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The {@link ConstraintValidator}s of the constraints in {@code core.constraints}. Each one judges with the factory of
 * its identifier type and, when the constraint keeps its default message, reports the template of the precise
 * finding, {@code {io.github.apprenticeships4j.CODE}}, so that {@link ConstraintBridge} and users see the same code
 * as the factory gives. {@code null} is valid.
 */
public final class IdentifierValidators {
  private static final String KEY = "{io.github.apprenticeships4j.";

  private IdentifierValidators() {}

  /** Shared logic: the first finding about a value, if any, and the message rule. */
  private abstract static class Base<A extends Annotation, T> implements ConstraintValidator<A, T> {
    private boolean defaultMessage = true;

    /** The finding about {@code value}, or empty if it is valid. */
    abstract Optional<Issue> problem(T value);

    void useDefaultMessage(String message, String defaultMessage) {
      this.defaultMessage = message.equals(defaultMessage);
    }

    @Override
    public final boolean isValid(@Nullable T value, ConstraintValidatorContext context) {
      if (value == null) {
        return true;
      }
      Optional<Issue> problem = problem(value);
      if (problem.isEmpty()) {
        return true;
      }
      if (defaultMessage) {
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(KEY + problem.get().code() + "}").addConstraintViolation();
      }
      return false;
    }
  }

  private static Optional<Issue> refusal(Function<String, ?> factory, String text) {
    try {
      Object unused = factory.apply(text); // called for its refusal only
      return Optional.empty();
    } catch (InvalidValueException e) {
      return Optional.of(e.issue());
    }
  }

  /** {@link ValidUln} on text. */
  public static final class UlnOfText extends Base<ValidUln, CharSequence> {
    @Override
    public void initialize(ValidUln constraint) {
      useDefaultMessage(constraint.message(), ValidUln.DEFAULT_MESSAGE);
    }

    @Override
    Optional<Issue> problem(CharSequence value) {
      return Uln.check(value).issues().stream().findFirst();
    }
  }

  /** {@link ValidUln} on a {@link Long}. */
  public static final class UlnOfNumber extends Base<ValidUln, Long> {
    @Override
    public void initialize(ValidUln constraint) {
      useDefaultMessage(constraint.message(), ValidUln.DEFAULT_MESSAGE);
    }

    @Override
    Optional<Issue> problem(Long value) {
      return refusal(text -> Uln.of(value), "");
    }
  }

  /** {@link ValidUkprn} on text. */
  public static final class UkprnOfText extends Base<ValidUkprn, CharSequence> {
    @Override
    public void initialize(ValidUkprn constraint) {
      useDefaultMessage(constraint.message(), ValidUkprn.DEFAULT_MESSAGE);
    }

    @Override
    Optional<Issue> problem(CharSequence value) {
      return Ukprn.check(value).issues().stream().findFirst();
    }
  }

  /** {@link ValidUkprn} on a whole {@link Number}. */
  public static final class UkprnOfNumber extends Base<ValidUkprn, Number> {
    @Override
    public void initialize(ValidUkprn constraint) {
      useDefaultMessage(constraint.message(), ValidUkprn.DEFAULT_MESSAGE);
    }

    @Override
    Optional<Issue> problem(Number value) {
      return refusal(text -> Ukprn.of(wholeOrMinusOne(value)), "");
    }
  }

  /** {@link ValidStandardReference} on text. */
  public static final class StandardReferenceOfText extends Base<ValidStandardReference, CharSequence> {
    @Override
    public void initialize(ValidStandardReference constraint) {
      useDefaultMessage(constraint.message(), ValidStandardReference.DEFAULT_MESSAGE);
    }

    @Override
    Optional<Issue> problem(CharSequence value) {
      return refusal(StandardReference::of, value.toString());
    }
  }

  /** {@link ValidLarsCode} on text. */
  public static final class LarsCodeOfText extends Base<ValidLarsCode, CharSequence> {
    @Override
    public void initialize(ValidLarsCode constraint) {
      useDefaultMessage(constraint.message(), ValidLarsCode.DEFAULT_MESSAGE);
    }

    @Override
    Optional<Issue> problem(CharSequence value) {
      return refusal(LarsCode::parse, value.toString());
    }
  }

  /** {@link ValidLarsCode} on a whole {@link Number}. */
  public static final class LarsCodeOfNumber extends Base<ValidLarsCode, Number> {
    @Override
    public void initialize(ValidLarsCode constraint) {
      useDefaultMessage(constraint.message(), ValidLarsCode.DEFAULT_MESSAGE);
    }

    @Override
    Optional<Issue> problem(Number value) {
      long whole = wholeOrMinusOne(value);
      return refusal(text -> LarsCode.of(whole < Integer.MIN_VALUE || whole > Integer.MAX_VALUE ? -1 : (int) whole),
          "");
    }
  }

  /** The value of an integral number; -1 (never valid here) for fractions and other number types. */
  private static long wholeOrMinusOne(Number value) {
    if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return value.longValue();
    }
    return -1;
  }
}
