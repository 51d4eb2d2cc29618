package io.github.apprenticeships4j.core.progress;

import io.github.apprenticeships4j.core.standard.StandardReference;
import io.github.apprenticeships4j.core.standard.StandardVersion;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * One apprentice's progress on one version (and option) of a standard, as the employer and provider record it:
 * dates, contracted hours, breaks in learning, the off-the-job training log, evidence of the KSBs, English and maths
 * and the assessment plan's gateway requirements. The record holds what it is given, even negative hours or a KSB
 * code the standard does not have; {@link ProgressCheck} reports every defect as a finding. Immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class ProgressRecord implements WithProgressRecord {
  ProgressRecord() {}

  /** A builder of a progress record; strict: each attribute is set once, list items added one by one. */
  public static Builder builder() {
    return new Builder();
  }

  /** What {@link ProgressRecord#builder()} gives: set each attribute once, then {@code build()}. */
  public static final class Builder extends ImmutableProgressRecord.Builder {
    Builder() {}
  }

  /** The employer's or provider's own id of the apprentice, e.g. a learner reference; not interpreted. */
  public abstract String apprenticeId();

  /** The standard the apprentice is on, e.g. ST1398. */
  public abstract StandardReference standardReference();

  /** The version of the standard, e.g. 1.0. */
  public abstract StandardVersion standardVersion();

  /** The id of the standard's option the apprentice follows ({@code StandardOption.id()}); absent when none. */
  public abstract Optional<String> optionId();

  /**
   * First day of the apprenticeship: the off-the-job rules and the English and maths level in force on that day
   * apply; whether English and maths are mandatory at the apprentice's age is judged by the rules in force on the day
   * of the check (the February 2025 change applied to apprentices already on programme).
   */
  public abstract LocalDate startDate();

  /** Planned end date of the practical period as agreed at the start, before any break in learning. */
  public abstract LocalDate plannedEndDate();

  /** Contracted working hours a week, e.g. 37.5 full-time or 15 part-time. */
  public abstract BigDecimal weeklyHours();

  /**
   * Age of the apprentice on the start date; absent when not recorded, in which case English and maths are judged
   * by the rules for the youngest apprentices (the stricter).
   */
  public abstract OptionalInt ageAtStart();

  /** Breaks in learning, extending the planned end date by their days (each day counted once). */
  public abstract List<LearningBreak> learningBreaks();

  /** The off-the-job training log: sessions planned or done, by date. */
  public abstract List<OffTheJobSession> offTheJobSessions();

  /** Evidence of KSBs, one item per piece of evidence and KSB. */
  public abstract List<KsbEvidence> evidence();

  /** English and maths achieved so far; none by default. */
  @Value.Default
  public EnglishAndMathsStatus englishAndMaths() {
    return EnglishAndMathsStatus.none();
  }

  /** The assessment plan's own gateway requirements (e.g. a portfolio), each met or not. */
  public abstract List<GatewayRequirement> gatewayRequirements();

  /** The day the apprentice passed (or is planned to pass) the gateway; absent before it is known. */
  public abstract Optional<LocalDate> gatewayDate();
}
