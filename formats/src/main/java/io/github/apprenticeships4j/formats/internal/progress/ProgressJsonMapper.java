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
import io.github.apprenticeships4j.core.validation.InvalidValueException;
import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.core.validation.Severity;
import io.github.apprenticeships4j.core.validation.SourcePosition;
import io.github.apprenticeships4j.formats.ReadCodes;
import io.github.apprenticeships4j.formats.internal.json.JsonValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Maps one apprentice of a progress JSON document onto a {@link ProgressRecord}, reporting every value that does not
 * fit at its JSON path from the document's root; see {@code io.github.apprenticeships4j.formats.json.ProgressJson}.
 */
final class ProgressJsonMapper {
  /** The properties of an apprentice. */
  static final Set<String> APPRENTICE = Set.of("apprenticeId", "standard", "standardVersion", "option", "startDate",
      "plannedEndDate", "weeklyHours", "ageAtStart", "learningBreaks", "offTheJob", "evidence", "englishAndMaths",
      "gatewayRequirements", "gatewayDate");
  private static final Set<String> BREAK = Set.of("from", "to");
  private static final Set<String> SESSION = Set.of("date", "hours", "kind", "activity");
  private static final Set<String> EVIDENCE = Set.of("ksb", "description", "date", "confirmedBy");
  private static final Set<String> ENGLISH_AND_MATHS = Set.of("english", "maths");
  private static final Set<String> REQUIREMENT = Set.of("id", "met");
  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  private static final Pattern KSB = Pattern.compile("[A-Za-z]{1,4}[0-9]{1,4}");
  /** The most hours in a week. */
  private static final BigDecimal WEEK = BigDecimal.valueOf(168);
  /** The most hours one off-the-job entry may sum up. */
  private static final BigDecimal MOST_SESSION_HOURS = BigDecimal.valueOf(10_000);
  private static final int MOST_HOUR_DECIMALS = 2;
  private static final int OLDEST = 120;
  private static final int HIGHEST_LEVEL = 8;

  private final SourcePosition at;
  private final List<Issue> issues;
  private boolean errors;

  private ProgressJsonMapper(SourcePosition at, List<Issue> issues) {
    this.at = at;
    this.issues = issues;
  }

  /**
   * The record of the apprentice {@code node} at {@code path} (e.g. {@code apprentices[2]}), or empty if it has
   * errors; the findings, located in the record at {@code at}, are added to {@code issues}.
   */
  static Optional<ProgressRecord> map(JsonValue node, String path, SourcePosition at, List<Issue> issues) {
    ProgressJsonMapper mapper = new ProgressJsonMapper(at, issues);
    Optional<ProgressRecord> record = mapper.apprentice(node, path);
    return mapper.errors ? Optional.empty() : record;
  }

  /** The JSON spelling of a kind of session: {@code planned} or {@code actual}. */
  static String kindName(OffTheJobKind kind) {
    return kind.name().toLowerCase(Locale.ROOT);
  }

  private Optional<ProgressRecord> apprentice(JsonValue node, String path) {
    if (!node.isObject()) {
      typeError(path, "an object", node);
      return Optional.empty();
    }
    onlyKnown(node, path, APPRENTICE);
    ProgressRecord.Builder b = ProgressRecord.builder();
    Optional<String> id = requiredText(node, path, "apprenticeId");
    id.ifPresent(b::apprenticeId);
    Optional<StandardReference> standard = requiredText(node, path, "standard")
        .flatMap(t -> parse(t, join(path, "standard"), StandardReference::parse).filter(s -> canonical(t,
            s.value(), join(path, "standard"), StandardCodes.REFERENCE_FORMAT, "a standard reference is written "
                + "in capitals without spaces, e.g. ST1398")));
    standard.ifPresent(b::standardReference);
    Optional<StandardVersion> version = requiredText(node, path, "standardVersion")
        .flatMap(t -> parse(t, join(path, "standardVersion"), StandardVersion::parse).filter(v -> canonical(t,
            v.toString(), join(path, "standardVersion"), StandardCodes.VERSION_FORMAT, "a version is written "
                + "major.minor without spaces or leading zeros, e.g. 1.0")));
    version.ifPresent(b::standardVersion);
    text(node, path, "option").ifPresent(b::optionId);
    Optional<LocalDate> start = requiredDate(node, path, "startDate");
    start.ifPresent(b::startDate);
    Optional<LocalDate> end = requiredDate(node, path, "plannedEndDate");
    end.ifPresent(b::plannedEndDate);
    Optional<BigDecimal> weekly = hours(node, path, "weeklyHours", WEEK);
    weekly.ifPresent(b::weeklyHours);
    whole(node, path, "ageAtStart", 0, OLDEST).ifPresent(b::ageAtStart);
    List<JsonValue> breaks = array(node, path, "learningBreaks");
    for (int i = 0; i < breaks.size(); i++) {
      learningBreak(breaks.get(i), index(path, "learningBreaks", i)).ifPresent(b::addLearningBreak);
    }
    List<JsonValue> sessions = array(node, path, "offTheJob");
    for (int i = 0; i < sessions.size(); i++) {
      session(sessions.get(i), index(path, "offTheJob", i)).ifPresent(b::addOffTheJobSession);
    }
    List<JsonValue> evidence = array(node, path, "evidence");
    for (int i = 0; i < evidence.size(); i++) {
      evidence(evidence.get(i), index(path, "evidence", i)).ifPresent(b::addEvidence);
    }
    JsonValue englishAndMaths = object(node, path, "englishAndMaths");
    if (englishAndMaths != null) {
      b.englishAndMaths(englishAndMaths(englishAndMaths, join(path, "englishAndMaths")));
    }
    List<JsonValue> requirements = array(node, path, "gatewayRequirements");
    for (int i = 0; i < requirements.size(); i++) {
      requirement(requirements.get(i), index(path, "gatewayRequirements", i)).ifPresent(b::addGatewayRequirement);
    }
    date(node, path, "gatewayDate").ifPresent(b::gatewayDate);
    if (errors || id.isEmpty() || standard.isEmpty() || version.isEmpty() || start.isEmpty() || end.isEmpty()
        || weekly.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(b.build());
  }

  private Optional<LearningBreak> learningBreak(JsonValue element, String path) {
    if (!entry(element, path, BREAK)) {
      return Optional.empty();
    }
    Optional<LocalDate> from = requiredDate(element, path, "from");
    Optional<LocalDate> to = requiredDate(element, path, "to");
    return from.isPresent() && to.isPresent() ? Optional.of(LearningBreak.of(from.get(), to.get()))
        : Optional.empty();
  }

  private Optional<OffTheJobSession> session(JsonValue element, String path) {
    if (!entry(element, path, SESSION)) {
      return Optional.empty();
    }
    Optional<LocalDate> date = requiredDate(element, path, "date");
    Optional<BigDecimal> hours = hours(element, path, "hours", MOST_SESSION_HOURS);
    Optional<OffTheJobKind> kind = requiredText(element, path, "kind").flatMap(k -> kind(k, join(path, "kind")));
    Optional<String> activity = text(element, path, "activity");
    if (date.isEmpty() || hours.isEmpty() || kind.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(OffTheJobSession.builder().date(date.get()).hours(hours.get()).kind(kind.get())
        .activity(activity).build());
  }

  private Optional<KsbEvidence> evidence(JsonValue element, String path) {
    if (!entry(element, path, EVIDENCE)) {
      return Optional.empty();
    }
    Optional<String> ksb = requiredText(element, path, "ksb");
    if (ksb.isPresent() && !KSB.matcher(ksb.get()).matches()) {
      report(Issue.error(ReadCodes.PROGRESS_JSON_KSB_FORMAT, "a KSB code is letters then digits, e.g. K1, S12, B3")
          .rejecting(ksb.get()), join(path, "ksb"));
      ksb = Optional.empty();
    }
    Optional<String> description = requiredText(element, path, "description");
    Optional<LocalDate> date = requiredDate(element, path, "date");
    Optional<String> confirmedBy = requiredText(element, path, "confirmedBy");
    if (ksb.isEmpty() || description.isEmpty() || date.isEmpty() || confirmedBy.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(KsbEvidence.builder().ksbCode(ksb.get()).description(description.get()).date(date.get())
        .confirmedBy(confirmedBy.get()).build());
  }

  private EnglishAndMathsStatus englishAndMaths(JsonValue node, String path) {
    onlyKnown(node, path, ENGLISH_AND_MATHS);
    EnglishAndMathsStatus.Builder b = EnglishAndMathsStatus.builder();
    whole(node, path, "english", 1, HIGHEST_LEVEL).ifPresent(b::englishLevel);
    whole(node, path, "maths", 1, HIGHEST_LEVEL).ifPresent(b::mathsLevel);
    return b.build();
  }

  private Optional<GatewayRequirement> requirement(JsonValue element, String path) {
    if (!entry(element, path, REQUIREMENT)) {
      return Optional.empty();
    }
    Optional<String> id = requiredText(element, path, "id");
    Optional<Boolean> met = Optional.empty();
    JsonValue value = element.get("met");
    if (value == null) {
      missing(path, "met");
    } else if (!value.isBoolean()) {
      typeError(join(path, "met"), "true or false", value);
    } else {
      met = Optional.of(value.booleanValue());
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
    report(Issue.error(ReadCodes.PROGRESS_JSON_KIND_UNKNOWN, "kind must be planned or actual").rejecting(text),
        path);
    return Optional.empty();
  }

  // --- values

  /** An element of a list that must be an object; its unknown properties are reported. */
  private boolean entry(JsonValue element, String path, Set<String> known) {
    if (!element.isObject()) {
      typeError(path, "an object", element);
      return false;
    }
    onlyKnown(element, path, known);
    return true;
  }

  private void onlyKnown(JsonValue object, String path, Set<String> known) {
    for (String name : object.properties().keySet()) {
      if (!known.contains(name)) {
        report(Issue.warning(ReadCodes.PROGRESS_JSON_FIELD_UNKNOWN, "the format has no property '" + name
            + "' here").rejecting(name), join(path, name));
      }
    }
  }

  private @Nullable JsonValue object(JsonValue parent, String path, String name) {
    JsonValue node = parent.get(name);
    if (node == null) {
      return null;
    }
    if (!node.isObject()) {
      typeError(join(path, name), "an object", node);
      return null;
    }
    return node;
  }

  private List<JsonValue> array(JsonValue parent, String path, String name) {
    JsonValue node = parent.get(name);
    if (node == null) {
      return List.of();
    }
    if (!node.isArray()) {
      typeError(join(path, name), "an array", node);
      return List.of();
    }
    return node.elements();
  }

  /** An optional string; a {@code null} is a string of the wrong type, as in the schema. */
  private Optional<String> text(JsonValue parent, String path, String name) {
    JsonValue node = parent.get(name);
    if (node == null) {
      return Optional.empty();
    }
    if (!node.isString()) {
      typeError(join(path, name), "a string", node);
      return Optional.empty();
    }
    return Optional.of(node.stringValue());
  }

  private Optional<String> requiredText(JsonValue parent, String path, String name) {
    if (parent.get(name) == null) {
      missing(path, name);
      return Optional.empty();
    }
    return text(parent, path, name);
  }

  private Optional<LocalDate> requiredDate(JsonValue parent, String path, String name) {
    if (parent.get(name) == null) {
      missing(path, name);
      return Optional.empty();
    }
    return date(parent, path, name);
  }

  private Optional<LocalDate> date(JsonValue parent, String path, String name) {
    Optional<String> text = text(parent, path, name);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    if (DATE.matcher(text.get()).matches()) {
      try {
        return Optional.of(LocalDate.parse(text.get()));
      } catch (DateTimeParseException e) {
        // reported below: the shape is right but the day is not in the calendar, e.g. 2026-02-30
      }
    }
    report(Issue.error(ReadCodes.PROGRESS_JSON_DATE_FORMAT, "a date is written yyyy-mm-dd and is a day of the "
        + "calendar").rejecting(text.get()), join(path, name));
    return Optional.empty();
  }

  /**
   * Required hours: a number from 0 to {@code most} with at most 2 decimal places once trailing zeros are left out;
   * its scale is brought into 0 to 2 ({@code 15.0000} is 15.00, {@code 1E+2} is 100), so that what is written back
   * is short and reads back equal.
   */
  private Optional<BigDecimal> hours(JsonValue parent, String path, String name, BigDecimal most) {
    JsonValue node = parent.get(name);
    if (node == null) {
      missing(path, name);
      return Optional.empty();
    }
    if (!node.isNumber()) {
      typeError(join(path, name), "a number", node);
      return Optional.empty();
    }
    BigDecimal hours = null;
    try {
      hours = node.decimalValue();
    } catch (NumberFormatException e) {
      // an exponent out of BigDecimal's range: reported below as out of range
    }
    if (hours == null || hours.signum() < 0 || hours.compareTo(most) > 0
        || hours.stripTrailingZeros().scale() > MOST_HOUR_DECIMALS) {
      report(Issue.error(ReadCodes.PROGRESS_JSON_NUMBER_RANGE, "hours are a number from 0 to "
          + most.toPlainString() + " with at most " + MOST_HOUR_DECIMALS + " decimal places")
          .rejecting(node.toString()), join(path, name));
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
    if (!node.isNumber()) {
      typeError(join(path, name), "a whole number", node);
      return OptionalInt.empty();
    }
    BigDecimal value = null;
    try {
      value = node.decimalValue();
    } catch (NumberFormatException e) {
      // an exponent out of BigDecimal's range: reported below as out of range
    }
    if (value != null && value.stripTrailingZeros().scale() > 0) {
      typeError(join(path, name), "a whole number", node);
      return OptionalInt.empty();
    }
    if (value == null || value.compareTo(BigDecimal.valueOf(least)) < 0
        || value.compareTo(BigDecimal.valueOf(most)) > 0) {
      report(Issue.error(ReadCodes.PROGRESS_JSON_NUMBER_RANGE, name + " is a whole number from " + least + " to "
          + most).rejecting(node.toString()), join(path, name));
      return OptionalInt.empty();
    }
    return OptionalInt.of(value.intValueExact());
  }

  /**
   * Whether {@code text} is {@code written}, the way the writer writes the value parsed from it (so that the schema's
   * pattern and the reader agree); if not, the {@code code} error is reported at {@code path}.
   */
  private boolean canonical(String text, String written, String path, String code, String message) {
    if (text.equals(written)) {
      return true;
    }
    report(Issue.error(code, message).rejecting(text), path);
    return false;
  }

  /** {@code factory} applied to the text, or empty with the factory's finding reported. */
  private <T> Optional<T> parse(String text, String path, Function<String, T> factory) {
    try {
      return Optional.of(factory.apply(text));
    } catch (InvalidValueException e) {
      report(e.issue(), path);
      return Optional.empty();
    }
  }

  // --- findings

  private void missing(String path, String name) {
    report(Issue.error(ReadCodes.PROGRESS_JSON_FIELD_MISSING, "required property '" + name + "' is missing"),
        join(path, name));
  }

  private void typeError(String path, String expected, JsonValue node) {
    report(Issue.error(ReadCodes.PROGRESS_JSON_FIELD_TYPE, path + " must be " + expected + ", not " + node.type())
        .rejecting(node.toString()), path);
  }

  private void report(Issue issue, String path) {
    issues.add(issue.at(path).locatedAt(at.atField(path)));
    if (issue.severity().isAtLeast(Severity.ERROR)) {
      errors = true;
    }
  }

  static String join(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  static String index(String path, String name, int i) {
    return join(path, name) + "[" + i + "]";
  }
}
