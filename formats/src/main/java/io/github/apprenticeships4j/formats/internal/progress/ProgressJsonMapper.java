package io.github.apprenticeships4j.formats.internal.progress;

import io.github.apprenticeships4j.core.progress.EnglishAndMathsStatus;
import io.github.apprenticeships4j.core.progress.GatewayRequirement;
import io.github.apprenticeships4j.core.progress.KsbEvidence;
import io.github.apprenticeships4j.core.progress.LearningBreak;
import io.github.apprenticeships4j.core.progress.OffTheJobKind;
import io.github.apprenticeships4j.core.progress.OffTheJobSession;
import io.github.apprenticeships4j.core.progress.ProgressRecord;
import io.github.apprenticeships4j.core.standard.StandardCodes;
import io.github.apprenticeships4j.core.standard.StandardReference;
import io.github.apprenticeships4j.core.standard.StandardVersion;
import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.core.validation.SourcePosition;
import io.github.apprenticeships4j.formats.ReadCodes;
import io.github.apprenticeships4j.formats.internal.json.JsonDialect;
import io.github.apprenticeships4j.formats.internal.json.JsonValue;
import io.github.apprenticeships4j.formats.internal.json.JsonWalk;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Maps one apprentice of a progress JSON document onto a {@link ProgressRecord} through the shared {@link JsonWalk},
 * reporting every value that does not fit at its JSON path from the document's root; see
 * {@code io.github.apprenticeships4j.formats.json.ProgressJson}.
 */
final class ProgressJsonMapper {
  private static final String DATE_WORDING = "a date is written yyyy-mm-dd and is a day of the calendar";
  /** The codes and wording of the progress JSON's findings; a null is a value of the wrong type, as in the schema. */
  static final JsonDialect DIALECT = JsonDialect.of(ReadCodes.PROGRESS_JSON_FIELD_MISSING,
      ReadCodes.PROGRESS_JSON_FIELD_TYPE).withUnknown(ReadCodes.PROGRESS_JSON_FIELD_UNKNOWN)
      .withDate(ReadCodes.PROGRESS_JSON_DATE_FORMAT, DATE_WORDING).withNullAsAValue();
  /** The properties of an apprentice. */
  static final Set<String> APPRENTICE = Set.of("apprenticeId", "standard", "standardVersion", "option", "startDate",
      "plannedEndDate", "weeklyHours", "ageAtStart", "learningBreaks", "offTheJob", "evidence", "englishAndMaths",
      "gatewayRequirements", "gatewayDate");
  private static final Set<String> BREAK = Set.of("from", "to");
  private static final Set<String> SESSION = Set.of("date", "hours", "kind", "activity");
  private static final Set<String> EVIDENCE = Set.of("ksb", "description", "date", "confirmedBy");
  private static final Set<String> ENGLISH_AND_MATHS = Set.of("english", "maths");
  private static final Set<String> REQUIREMENT = Set.of("id", "met");
  /** yyyy-mm-dd: {@link LocalDate#parse} alone would also take a signed year such as {@code +12025-01-01}. */
  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  private static final Pattern KSB = Pattern.compile("[A-Za-z]{1,4}[0-9]{1,4}");
  /** The most hours in a week. */
  private static final BigDecimal WEEK = BigDecimal.valueOf(168);
  /** The most hours one off-the-job entry may sum up. */
  private static final BigDecimal MOST_SESSION_HOURS = BigDecimal.valueOf(10_000);
  private static final int MOST_HOUR_DECIMALS = 2;
  private static final int OLDEST = 120;
  private static final int HIGHEST_LEVEL = 8;

  private final JsonWalk walk;

  private ProgressJsonMapper(SourcePosition at) {
    this.walk = JsonWalk.of(at, DIALECT);
  }

  /**
   * The record of the apprentice {@code node} at {@code path} (e.g. {@code apprentices[2]}), or empty if it has
   * errors; the findings, located in the record at {@code at}, are added to {@code issues}.
   */
  static Optional<ProgressRecord> map(JsonValue node, String path, SourcePosition at, List<Issue> issues) {
    ProgressJsonMapper mapper = new ProgressJsonMapper(at);
    return mapper.walk.result(mapper.apprentice(node, path), issues);
  }

  /** The JSON spelling of a kind of session: {@code planned} or {@code actual}. */
  static String kindName(OffTheJobKind kind) {
    return kind.name().toLowerCase(Locale.ROOT);
  }

  private Optional<ProgressRecord> apprentice(JsonValue element, String path) {
    JsonValue node = entry(element, path, APPRENTICE);
    if (node == null) {
      return Optional.empty();
    }
    ProgressRecord.Builder b = ProgressRecord.builder();
    Optional<String> id = walk.requiredText(node, path, "apprenticeId");
    id.ifPresent(b::apprenticeId);
    Optional<StandardReference> standard = walk.requiredText(node, path, "standard")
        .flatMap(t -> walk.parse(t, walk.pathOf(path, "standard"), StandardReference::parse).filter(s -> canonical(
            t, s.value(), walk.pathOf(path, "standard"), StandardCodes.REFERENCE_FORMAT,
            "a standard reference is written in capitals without spaces, e.g. ST1398")));
    standard.ifPresent(b::standardReference);
    Optional<StandardVersion> version = walk.requiredText(node, path, "standardVersion")
        .flatMap(t -> walk.parse(t, walk.pathOf(path, "standardVersion"), StandardVersion::parse).filter(v -> canonical(
            t, v.toString(), walk.pathOf(path, "standardVersion"), StandardCodes.VERSION_FORMAT,
            "a version is written major.minor without spaces or leading zeros, e.g. 1.0")));
    version.ifPresent(b::standardVersion);
    walk.text(node, path, "option").ifPresent(b::optionId);
    Optional<LocalDate> start = requiredDate(node, path, "startDate");
    start.ifPresent(b::startDate);
    Optional<LocalDate> end = requiredDate(node, path, "plannedEndDate");
    end.ifPresent(b::plannedEndDate);
    Optional<BigDecimal> weekly = hours(node, path, "weeklyHours", WEEK);
    weekly.ifPresent(b::weeklyHours);
    whole(node, path, "ageAtStart", 0, OLDEST).ifPresent(b::ageAtStart);
    List<JsonValue> breaks = walk.array(node, path, "learningBreaks");
    for (int i = 0; i < breaks.size(); i++) {
      learningBreak(breaks.get(i), walk.pathOf(path, "learningBreaks", i)).ifPresent(b::addLearningBreak);
    }
    List<JsonValue> sessions = walk.array(node, path, "offTheJob");
    for (int i = 0; i < sessions.size(); i++) {
      session(sessions.get(i), walk.pathOf(path, "offTheJob", i)).ifPresent(b::addOffTheJobSession);
    }
    List<JsonValue> evidence = walk.array(node, path, "evidence");
    for (int i = 0; i < evidence.size(); i++) {
      evidence(evidence.get(i), walk.pathOf(path, "evidence", i)).ifPresent(b::addEvidence);
    }
    JsonValue englishAndMaths = walk.object(node.get("englishAndMaths"), walk.pathOf(path, "englishAndMaths"));
    if (englishAndMaths != null) {
      b.englishAndMaths(englishAndMaths(englishAndMaths, walk.pathOf(path, "englishAndMaths")));
    }
    List<JsonValue> requirements = walk.array(node, path, "gatewayRequirements");
    for (int i = 0; i < requirements.size(); i++) {
      requirement(requirements.get(i), walk.pathOf(path, "gatewayRequirements", i))
          .ifPresent(b::addGatewayRequirement);
    }
    date(node, path, "gatewayDate").ifPresent(b::gatewayDate);
    if (walk.hasErrors() || id.isEmpty() || standard.isEmpty() || version.isEmpty() || start.isEmpty()
        || end.isEmpty() || weekly.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(b.build());
  }

  private Optional<LearningBreak> learningBreak(JsonValue element, String path) {
    JsonValue node = entry(element, path, BREAK);
    if (node == null) {
      return Optional.empty();
    }
    Optional<LocalDate> from = requiredDate(node, path, "from");
    Optional<LocalDate> to = requiredDate(node, path, "to");
    return from.isPresent() && to.isPresent() ? Optional.of(LearningBreak.of(from.get(), to.get()))
        : Optional.empty();
  }

  private Optional<OffTheJobSession> session(JsonValue element, String path) {
    JsonValue node = entry(element, path, SESSION);
    if (node == null) {
      return Optional.empty();
    }
    Optional<LocalDate> date = requiredDate(node, path, "date");
    Optional<BigDecimal> hours = hours(node, path, "hours", MOST_SESSION_HOURS);
    Optional<OffTheJobKind> kind = walk.requiredText(node, path, "kind")
        .flatMap(k -> kind(k, walk.pathOf(path, "kind")));
    Optional<String> activity = walk.text(node, path, "activity");
    if (date.isEmpty() || hours.isEmpty() || kind.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(OffTheJobSession.builder().date(date.get()).hours(hours.get()).kind(kind.get())
        .activity(activity).build());
  }

  private Optional<KsbEvidence> evidence(JsonValue element, String path) {
    JsonValue node = entry(element, path, EVIDENCE);
    if (node == null) {
      return Optional.empty();
    }
    Optional<String> ksb = walk.requiredText(node, path, "ksb");
    if (ksb.isPresent() && !KSB.matcher(ksb.get()).matches()) {
      walk.report(Issue.error(ReadCodes.PROGRESS_JSON_KSB_FORMAT, "a KSB code is letters then digits, e.g. K1, S12, "
          + "B3").rejecting(ksb.get()), walk.pathOf(path, "ksb"));
      ksb = Optional.empty();
    }
    Optional<String> description = walk.requiredText(node, path, "description");
    Optional<LocalDate> date = requiredDate(node, path, "date");
    Optional<String> confirmedBy = walk.requiredText(node, path, "confirmedBy");
    if (ksb.isEmpty() || description.isEmpty() || date.isEmpty() || confirmedBy.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(KsbEvidence.builder().ksbCode(ksb.get()).description(description.get()).date(date.get())
        .confirmedBy(confirmedBy.get()).build());
  }

  private EnglishAndMathsStatus englishAndMaths(JsonValue node, String path) {
    walk.onlyKnown(node, path, ENGLISH_AND_MATHS);
    EnglishAndMathsStatus.Builder b = EnglishAndMathsStatus.builder();
    whole(node, path, "english", 1, HIGHEST_LEVEL).ifPresent(b::englishLevel);
    whole(node, path, "maths", 1, HIGHEST_LEVEL).ifPresent(b::mathsLevel);
    return b.build();
  }

  private Optional<GatewayRequirement> requirement(JsonValue element, String path) {
    JsonValue node = entry(element, path, REQUIREMENT);
    if (node == null) {
      return Optional.empty();
    }
    Optional<String> id = walk.requiredText(node, path, "id");
    Optional<Boolean> met = walk.bool(node, path, "met");
    if (met.isEmpty() && node.get("met") == null) {
      walk.missing(path, "met");
    }
    return id.isPresent() && met.isPresent() ? Optional.of(GatewayRequirement.of(id.get(), met.get()))
        : Optional.empty();
  }

  private Optional<OffTheJobKind> kind(String text, String path) {
    for (OffTheJobKind kind : OffTheJobKind.values()) {
      if (kindName(kind).equals(text)) {
        return Optional.of(kind);
      }
    }
    walk.report(Issue.error(ReadCodes.PROGRESS_JSON_KIND_UNKNOWN, "kind must be planned or actual").rejecting(text),
        path);
    return Optional.empty();
  }

  // --- values the shared walk does not read as this format does

  /** An element that must be an object (a null is not one); its unknown properties are reported. */
  private @Nullable JsonValue entry(JsonValue element, String path, Set<String> known) {
    JsonValue node = walk.element(element, path);
    if (node != null) {
      walk.onlyKnown(node, path, known);
    }
    return node;
  }

  private Optional<LocalDate> requiredDate(JsonValue parent, String path, String name) {
    if (parent.get(name) == null) {
      walk.missing(path, name);
      return Optional.empty();
    }
    return date(parent, path, name);
  }

  /** An optional date, written exactly yyyy-mm-dd (four digits for the year) and a day of the calendar. */
  private Optional<LocalDate> date(JsonValue parent, String path, String name) {
    String at = walk.pathOf(path, name);
    return walk.text(parent, path, name).flatMap(text -> {
      if (DATE.matcher(text).matches()) {
        return walk.date(text, at);
      }
      walk.report(Issue.error(ReadCodes.PROGRESS_JSON_DATE_FORMAT, DATE_WORDING).rejecting(text), at);
      return Optional.empty();
    });
  }

  /**
   * Required hours: a number from 0 to {@code most} with at most 2 decimal places once trailing zeros are left out;
   * its scale is brought into 0 to 2 ({@code 15.0000} is 15.00, {@code 1E+2} is 100), so that what is written back
   * is short and reads back equal.
   */
  private Optional<BigDecimal> hours(JsonValue parent, String path, String name, BigDecimal most) {
    JsonValue node = parent.get(name);
    if (node == null) {
      walk.missing(path, name);
      return Optional.empty();
    }
    if (!node.isNumber()) {
      walk.typeError(walk.pathOf(path, name), "a number", node);
      return Optional.empty();
    }
    BigDecimal hours = decimal(node);
    if (hours == null || hours.signum() < 0 || hours.compareTo(most) > 0
        || hours.stripTrailingZeros().scale() > MOST_HOUR_DECIMALS) {
      walk.report(Issue.error(ReadCodes.PROGRESS_JSON_NUMBER_RANGE, "hours are a number from 0 to "
          + most.toPlainString() + " with at most " + MOST_HOUR_DECIMALS + " decimal places")
          .rejecting(node.toString()), walk.pathOf(path, name));
      return Optional.empty();
    }
    // exact: the scale without trailing zeros is at most 2
    return Optional.of(hours.setScale(Math.max(0, Math.min(hours.scale(), MOST_HOUR_DECIMALS))));
  }

  /**
   * An optional whole number from {@code least} to {@code most}; as in JSON Schema, a number whose fraction is zero
   * ({@code 22.0}, {@code 2.2e1}) is whole.
   */
  private OptionalInt whole(JsonValue parent, String path, String name, int least, int most) {
    JsonValue node = parent.get(name);
    if (node == null) {
      return OptionalInt.empty();
    }
    String at = walk.pathOf(path, name);
    BigDecimal value = node.isNumber() ? decimal(node) : null;
    if (!node.isNumber() || (value != null && value.stripTrailingZeros().scale() > 0)) {
      walk.typeError(at, "a whole number", node);
      return OptionalInt.empty();
    }
    if (value == null || value.compareTo(BigDecimal.valueOf(least)) < 0
        || value.compareTo(BigDecimal.valueOf(most)) > 0) {
      walk.report(Issue.error(ReadCodes.PROGRESS_JSON_NUMBER_RANGE, name + " is a whole number from " + least
          + " to " + most).rejecting(node.toString()), at);
      return OptionalInt.empty();
    }
    return OptionalInt.of(value.intValueExact());
  }

  /** The value of the number {@code node}, or {@code null} if its exponent is out of {@link BigDecimal}'s range. */
  private static @Nullable BigDecimal decimal(JsonValue node) {
    try {
      return node.decimalValue();
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /**
   * Whether {@code text} is {@code written}, the way the writer writes the value parsed from it (so that the schema's
   * pattern and the reader agree); if not, the {@code code} error is reported at {@code path}.
   */
  private boolean canonical(String text, String written, String path, String code, String message) {
    if (text.equals(written)) {
      return true;
    }
    walk.report(Issue.error(code, message).rejecting(text), path);
    return false;
  }
}
