package io.github.apprenticeships4j.core.validation.internal;

import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.core.validation.Severity;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Runs the Jakarta Validation constraints of the model with Hibernate Validator and turns violations into
 * {@link Issue}s, so that no Jakarta or Hibernate type appears in the library's API.
 *
 * <p>Messages are interpolated by {@link ParameterMessageInterpolator}: no Expression Language is needed or loaded.
 * Every constraint of the model has a message that is a key of this library,
 * {@code {io.github.apprenticeships4j.CODE}}, and reports {@code CODE}, a constant of the catalogue of its area; a
 * constraint without one is a defect of the library, refused with an {@link IllegalStateException}.
 */
public final class ConstraintBridge {
  private static final String KEY_PREFIX = "{io.github.apprenticeships4j.";

  private ConstraintBridge() {}

  private static final class Holder {
    /**
     * Hibernate Validator's start-up line ({@code INFO: HV000001: Hibernate Validator 9...}) is logged once per JVM by
     * this logger. A library should not print it into its users' output, so when the application has not set a level
     * for it, it is raised to {@code WARNING} before the engine starts; a level the application sets wins. Held
     * strongly: {@code java.util.logging} keeps loggers only weakly.
     */
    @SuppressWarnings("unused") // never read: held so that the level set on it stays
    static final Logger VERSION_LOGGER = quietVersionLogger();
    static final ValidatorFactory FACTORY = Validation.byProvider(HibernateValidator.class)
        .configure()
        .getterPropertySelectionStrategy(new FluentGetterStrategy())
        .messageInterpolator(new ParameterMessageInterpolator())
        .buildValidatorFactory();
    static final Validator VALIDATOR = FACTORY.getValidator();
  }

  private static Logger quietVersionLogger() {
    Logger logger = Logger.getLogger("org.hibernate.validator.internal.util.Version");
    if (logger.getLevel() == null) {
      logger.setLevel(Level.WARNING);
    }
    return logger;
  }

  /** The violated constraints of {@code value}, sorted by path and code. */
  public static List<Issue> validate(Object value) {
    return Holder.VALIDATOR.validate(value).stream()
        .map(ConstraintBridge::toIssue)
        .sorted(Comparator.comparing(Issue::path).thenComparing(Issue::code))
        .collect(Collectors.toList());
  }

  private static Issue toIssue(ConstraintViolation<?> violation) {
    String template = violation.getMessageTemplate();
    if (!template.startsWith(KEY_PREFIX) || !template.endsWith("}")) {
      throw new IllegalStateException("constraint without a message key of the library on "
          + violation.getRootBeanClass().getName() + "." + violation.getPropertyPath() + ": " + template);
    }
    String code = template.substring(KEY_PREFIX.length(), template.length() - 1);
    return Issue.of(Severity.ERROR, code, violation.getMessage())
        .at(violation.getPropertyPath().toString())
        .rejecting(String.valueOf(violation.getInvalidValue()));
  }
}
