package io.github.apprenticeships4j.formats.internal.canonical;

import io.github.apprenticeships4j.core.standard.Duty;
import io.github.apprenticeships4j.core.standard.Ksb;
import io.github.apprenticeships4j.core.standard.KsbType;
import io.github.apprenticeships4j.core.standard.ProfessionalRecognition;
import io.github.apprenticeships4j.core.standard.Qualification;
import io.github.apprenticeships4j.core.standard.RegulatorApproval;
import io.github.apprenticeships4j.core.standard.LarsCode;
import io.github.apprenticeships4j.core.standard.Standard;
import io.github.apprenticeships4j.core.standard.StandardOption;
import io.github.apprenticeships4j.core.standard.StandardReference;
import io.github.apprenticeships4j.core.standard.StandardStatus;
import io.github.apprenticeships4j.core.standard.StandardVersion;
import io.github.apprenticeships4j.core.validation.InvalidValueException;
import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.core.validation.Severity;
import io.github.apprenticeships4j.formats.ReadCodes;
import io.github.apprenticeships4j.formats.internal.Failures;
import io.github.apprenticeships4j.formats.internal.json.JsonValue;
import io.github.apprenticeships4j.formats.json.CanonicalStandardsJson;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Maps one standard of the canonical format, read as a {@link JsonValue} tree, onto a {@link Standard}, reporting
 * every value that does not fit with its path in the record; see {@link CanonicalStandardsJson}. Its findings have
 * paths but no positions: the caller locates them in its input.
 */
public final class CanonicalStandardMapper {
  private static final Set<String> STANDARD = Set.of("format", "reference", "larsCode", "version", "versionNumber",
      "title", "level", "route", "status", "typicalDurationMonths", "maxFunding", "earliestStartDate",
      "latestStartDate", "latestEndDate", "approvedForDeliveryDate", "options", "duties", "ksbs", "integratedDegree",
      "regulatedBody", "eqaProvider", "overviewOfRole", "occupationalSummary", "keywords", "typicalJobTitles",
      "minimumOffTheJobHours", "endPointAssessmentMonths", "pathway", "clusterId", "cluster", "clusterDescription",
      "sectorSubjectArea", "sectorSubjectAreaTier2", "occupationCode", "startsPaused", "templateType",
      "professionalRecognitions", "qualifications", "regulated", "regulatorApprovals", "greenJobTitles",
      "assessmentPlanUrl", "standardPageUrl", "changeNote", "changedDate");
  private static final Set<String> RECOGNITION = Set.of("body", "level", "partial", "conditions");
  private static final Set<String> QUALIFICATION = Set.of("id", "title", "level", "additionalInformation", "optionIds");
  private static final Set<String> APPROVAL = Set.of("party", "required", "link");
  private static final Set<String> OPTION = Set.of("id", "title");
  private static final Set<String> DUTY = Set.of("id", "text", "isCore", "ksbIds", "optionIds");
  private static final Set<String> KSB = Set.of("type", "id", "number", "text");
  private static final Map<String, KsbType> KSB_TYPES = Arrays.stream(KsbType.values())
      .collect(Collectors.toUnmodifiableMap(CanonicalStandardWriter::typeName, t -> t));

  private final List<Issue> issues = new ArrayList<>();

  private CanonicalStandardMapper() {}

  /** The standard of {@code root}, or empty if it has errors; the findings are added to {@code issues}. */
  public static Optional<Standard> map(JsonValue root, List<Issue> issues) {
    CanonicalStandardMapper mapper = new CanonicalStandardMapper();
    Optional<Standard> standard = mapper.standard(root);
    issues.addAll(mapper.issues);
    return mapper.hasErrors() ? Optional.empty() : standard;
  }

  private boolean hasErrors() {
    return issues.stream().anyMatch(i -> i.severity().isAtLeast(Severity.ERROR));
  }

  private Optional<Standard> standard(JsonValue node) {
    if (!node.isObject()) {
      typeError("", "an object", node);
      return Optional.empty();
    }
    onlyKnown(node, "", STANDARD);
    Optional<String> format = requiredText(node, "", "format");
    if (format.isPresent() && !format.get().equals(CanonicalStandardsJson.FORMAT)) {
      report(Issue.error(ReadCodes.JSON_FORMAT_UNKNOWN, "this reader reads format " + CanonicalStandardsJson.FORMAT)
          .rejecting(format.get()), "format");
    }
    Standard.Builder b = Standard.builder();
    Optional<StandardReference> reference =
        requiredText(node, "", "reference").flatMap(t -> parse(t, "reference", StandardReference::parse));
    OptionalInt larsCode = whole(node, "", "larsCode");
    larsCode.ifPresent(c -> parse(c, "larsCode", LarsCode::of).ifPresent(b::larsCode));
    Optional<StandardVersion> version =
        requiredText(node, "", "version").flatMap(t -> parse(t, "version", StandardVersion::parse));
    text(node, "", "versionNumber").ifPresent(b::versionNumber);
    Optional<String> title = requiredText(node, "", "title");
    OptionalInt level = requiredWhole(node, "", "level");
    Optional<String> route = requiredText(node, "", "route");
    Optional<String> status = requiredText(node, "", "status");
    OptionalInt duration = requiredWhole(node, "", "typicalDurationMonths");
    Optional<BigDecimal> maxFunding = requiredText(node, "", "maxFunding").flatMap(t -> pounds(t, "maxFunding"));
    date(node, "earliestStartDate").ifPresent(b::earliestStartDate);
    date(node, "latestStartDate").ifPresent(b::latestStartDate);
    date(node, "latestEndDate").ifPresent(b::latestEndDate);
    date(node, "approvedForDeliveryDate").ifPresent(b::approvedForDeliveryDate);
    each(node, "", "options", this::option, b::addOptions);
    each(node, "", "duties", this::duty, b::addDuties);
    each(node, "", "ksbs", this::ksb, b::addKsbs);
    text(node, "", "integratedDegree").ifPresent(b::integratedDegree);
    text(node, "", "regulatedBody").ifPresent(b::regulatedBody);
    text(node, "", "eqaProvider").ifPresent(b::eqaProvider);
    text(node, "", "overviewOfRole").ifPresent(b::overviewOfRole);
    text(node, "", "occupationalSummary").ifPresent(b::occupationalSummary);
    b.addAllKeywords(strings(node, "", "keywords"));
    b.addAllTypicalJobTitles(strings(node, "", "typicalJobTitles"));
    whole(node, "", "minimumOffTheJobHours").ifPresent(b::minimumOffTheJobHours);
    whole(node, "", "endPointAssessmentMonths").ifPresent(b::endPointAssessmentMonths);
    text(node, "", "pathway").ifPresent(b::pathway);
    text(node, "", "clusterId").ifPresent(b::clusterId);
    text(node, "", "cluster").ifPresent(b::cluster);
    text(node, "", "clusterDescription").ifPresent(b::clusterDescription);
    text(node, "", "sectorSubjectArea").ifPresent(b::sectorSubjectArea);
    text(node, "", "sectorSubjectAreaTier2").ifPresent(b::sectorSubjectAreaTier2);
    text(node, "", "occupationCode").ifPresent(b::occupationCode);
    bool(node, "", "startsPaused").ifPresent(b::startsPaused);
    text(node, "", "templateType").ifPresent(b::templateType);
    each(node, "", "professionalRecognitions", this::recognition, b::addProfessionalRecognitions);
    each(node, "", "qualifications", this::qualification, b::addQualifications);
    bool(node, "", "regulated").ifPresent(b::regulated);
    each(node, "", "regulatorApprovals", this::approval, b::addRegulatorApprovals);
    b.addAllGreenJobTitles(strings(node, "", "greenJobTitles"));
    text(node, "", "assessmentPlanUrl").ifPresent(b::assessmentPlanUrl);
    text(node, "", "standardPageUrl").ifPresent(b::standardPageUrl);
    text(node, "", "changeNote").ifPresent(b::changeNote);
    date(node, "changedDate").ifPresent(b::changedDate);
    if (hasErrors() || reference.isEmpty() || version.isEmpty() || title.isEmpty() || level.isEmpty()
        || route.isEmpty() || status.isEmpty() || duration.isEmpty() || maxFunding.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(b.reference(reference.get()).version(version.get()).title(title.get())
        .level(level.getAsInt()).route(route.get()).status(StandardStatus.of(status.get()))
        .typicalDurationMonths(duration.getAsInt()).maxFunding(maxFunding.get()).build());
  }

  private Optional<StandardOption> option(JsonValue node, String path) {
    onlyKnown(node, path, OPTION);
    Optional<String> id = requiredText(node, path, "id");
    Optional<String> title = requiredText(node, path, "title");
    return id.isPresent() && title.isPresent() ? Optional.of(StandardOption.of(id.get(), title.get()))
        : Optional.empty();
  }

  private Optional<Duty> duty(JsonValue node, String path) {
    onlyKnown(node, path, DUTY);
    Optional<String> id = requiredText(node, path, "id");
    Optional<String> text = requiredText(node, path, "text");
    Optional<Boolean> core = bool(node, path, "isCore");
    if (core.isEmpty() && !hasValue(node, "isCore")) {
      missing(path, "isCore");
    }
    List<String> ksbIds = strings(node, path, "ksbIds");
    List<String> optionIds = strings(node, path, "optionIds");
    if (id.isEmpty() || text.isEmpty() || core.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(Duty.builder().id(id.get()).text(text.get()).isCore(core.get()).addAllKsbIds(ksbIds)
        .addAllOptionIds(optionIds).build());
  }

  private Optional<ProfessionalRecognition> recognition(JsonValue node, String path) {
    onlyKnown(node, path, RECOGNITION);
    Optional<String> body = requiredText(node, path, "body");
    ProfessionalRecognition.Builder b = ProfessionalRecognition.builder();
    text(node, path, "level").ifPresent(b::level);
    bool(node, path, "partial").ifPresent(b::partial);
    text(node, path, "conditions").ifPresent(b::conditions);
    return body.map(t -> b.body(t).build());
  }

  private Optional<Qualification> qualification(JsonValue node, String path) {
    onlyKnown(node, path, QUALIFICATION);
    Optional<String> id = requiredText(node, path, "id");
    Optional<String> title = requiredText(node, path, "title");
    Qualification.Builder b = Qualification.builder();
    text(node, path, "level").ifPresent(b::level);
    text(node, path, "additionalInformation").ifPresent(b::additionalInformation);
    b.addAllOptionIds(strings(node, path, "optionIds"));
    if (id.isEmpty() || title.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(b.id(id.get()).title(title.get()).build());
  }

  private Optional<RegulatorApproval> approval(JsonValue node, String path) {
    onlyKnown(node, path, APPROVAL);
    Optional<String> party = requiredText(node, path, "party");
    RegulatorApproval.Builder b = RegulatorApproval.builder();
    bool(node, path, "required").ifPresent(b::required);
    text(node, path, "link").ifPresent(b::link);
    return party.map(p -> b.party(p).build());
  }

  private Optional<Ksb> ksb(JsonValue node, String path) {
    onlyKnown(node, path, KSB);
    Optional<KsbType> type = requiredText(node, path, "type").flatMap(t -> {
      KsbType known = KSB_TYPES.get(t);
      if (known == null) {
        report(Issue.error(ReadCodes.JSON_FIELD_TYPE, "a KSB type is one of " + KSB_TYPES.keySet().stream().sorted()
            .collect(Collectors.joining(", "))).rejecting(t), join(path, "type"));
      }
      return Optional.ofNullable(known);
    });
    Optional<String> id = requiredText(node, path, "id");
    OptionalInt number = requiredWhole(node, path, "number");
    Optional<String> text = requiredText(node, path, "text");
    if (type.isEmpty() || id.isEmpty() || number.isEmpty() || text.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(Ksb.of(type.get(), id.get(), number.getAsInt(), text.get()));
  }

  private interface Element<T> {
    Optional<T> map(JsonValue node, String path);
  }

  /** Maps each element of the array property {@code name} that is an object, reporting the others. */
  private <T> void each(JsonValue parent, String path, String name, Element<T> element, Consumer<T> add) {
    List<JsonValue> elements = array(parent, path, name);
    for (int i = 0; i < elements.size(); i++) {
      String at = join(path, name) + "[" + i + "]";
      JsonValue node = elements.get(i);
      if (!node.isObject()) {
        typeError(at, "an object", node);
        continue;
      }
      element.map(node, at).ifPresent(add);
    }
  }

  private List<JsonValue> array(JsonValue parent, String path, String name) {
    JsonValue node = parent.get(name);
    if (node == null || node.isNull()) {
      return List.of();
    }
    if (!node.isArray()) {
      typeError(join(path, name), "an array", node);
      return List.of();
    }
    return node.elements();
  }

  private List<String> strings(JsonValue parent, String path, String name) {
    List<JsonValue> elements = array(parent, path, name);
    List<String> values = new ArrayList<>(elements.size());
    for (int i = 0; i < elements.size(); i++) {
      JsonValue element = elements.get(i);
      if (element.isString()) {
        values.add(element.stringValue());
      } else {
        typeError(join(path, name) + "[" + i + "]", "a string", element);
      }
    }
    return values;
  }

  private Optional<String> text(JsonValue parent, String path, String name) {
    JsonValue node = parent.get(name);
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    if (!node.isString()) {
      typeError(join(path, name), "a string", node);
      return Optional.empty();
    }
    return Optional.of(node.stringValue());
  }

  private Optional<String> requiredText(JsonValue parent, String path, String name) {
    Optional<String> text = text(parent, path, name);
    if (text.isEmpty() && !hasValue(parent, name)) {
      missing(path, name);
    }
    return text;
  }

  private OptionalInt whole(JsonValue parent, String path, String name) {
    JsonValue node = parent.get(name);
    if (node == null || node.isNull()) {
      return OptionalInt.empty();
    }
    if (!node.isIntegralNumber()) {
      typeError(join(path, name), "a whole number", node);
      return OptionalInt.empty();
    }
    if (!node.canConvertToInt()) {
      report(Issue.error(ReadCodes.JSON_NUMBER_FORMAT, join(path, name) + " is out of range")
          .rejecting(node.toString()), join(path, name));
      return OptionalInt.empty();
    }
    return OptionalInt.of((int) node.longValue());
  }

  private OptionalInt requiredWhole(JsonValue parent, String path, String name) {
    OptionalInt value = whole(parent, path, name);
    if (value.isEmpty() && !hasValue(parent, name)) {
      missing(path, name);
    }
    return value;
  }

  private Optional<Boolean> bool(JsonValue parent, String path, String name) {
    JsonValue node = parent.get(name);
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    if (!node.isBoolean()) {
      typeError(join(path, name), "true or false", node);
      return Optional.empty();
    }
    return Optional.of(node.booleanValue());
  }

  private Optional<LocalDate> date(JsonValue parent, String name) {
    return text(parent, "", name).flatMap(t -> {
      try {
        return Optional.of(LocalDate.parse(t));
      } catch (DateTimeParseException e) {
        report(Issue.error(ReadCodes.JSON_DATE_FORMAT, name + " must be an ISO date, e.g. 2024-01-31").rejecting(t),
            name);
        return Optional.empty();
      }
    });
  }

  /** Pounds as a decimal string with at most two decimal places, e.g. {@code "22000.00"}. */
  private Optional<BigDecimal> pounds(String text, String path) {
    if (text.matches("-?[0-9]{1,15}(\\.[0-9]{1,2})?")) {
      return Optional.of(new BigDecimal(text));
    }
    report(Issue.error(ReadCodes.JSON_NUMBER_FORMAT, path
        + " must be pounds as a decimal string with at most 2 decimal places, e.g. \"22000.00\"").rejecting(text),
        path);
    return Optional.empty();
  }

  private <V, T> Optional<T> parse(V value, String path, Function<V, T> factory) {
    try {
      return Optional.of(factory.apply(value));
    } catch (InvalidValueException e) {
      report(e.issue(), path);
      return Optional.empty();
    } catch (IllegalArgumentException e) {
      report(Issue.error(ReadCodes.JSON_RECORD_INVALID, Failures.describe(e)).rejecting(String.valueOf(value)), path);
      return Optional.empty();
    }
  }

  private void onlyKnown(JsonValue object, String path, Set<String> known) {
    for (String name : object.properties().keySet()) {
      if (!known.contains(name)) {
        report(Issue.warning(ReadCodes.JSON_FIELD_UNKNOWN, "the format has no property '" + name + "' here")
            .rejecting(name), join(path, name));
      }
    }
  }

  private void missing(String path, String name) {
    report(Issue.error(ReadCodes.JSON_FIELD_MISSING, "required property '" + name + "' is missing"), join(path,
        name));
  }

  private void typeError(String path, String expected, JsonValue node) {
    String where = path.isEmpty() ? "a standard" : path;
    report(Issue.error(ReadCodes.JSON_FIELD_TYPE, where + " must be " + expected + ", not "
        + node.type().toString().toLowerCase(Locale.ROOT)).rejecting(node.toString()), path);
  }

  private void report(Issue issue, String path) {
    issues.add(path.isEmpty() || !issue.path().isEmpty() ? issue : issue.at(path));
  }

  private static boolean hasValue(JsonValue parent, String name) {
    @Nullable JsonValue node = parent.get(name);
    return node != null && !node.isNull();
  }

  private static String join(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }
}
