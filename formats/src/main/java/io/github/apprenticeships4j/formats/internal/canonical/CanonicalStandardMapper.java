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
import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.formats.ReadCodes;
import io.github.apprenticeships4j.formats.internal.Failures;
import io.github.apprenticeships4j.formats.internal.json.JsonDialect;
import io.github.apprenticeships4j.formats.internal.json.JsonValue;
import io.github.apprenticeships4j.formats.internal.json.JsonWalk;
import io.github.apprenticeships4j.formats.json.CanonicalStandardsJson;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

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
  /** The codes and wording of the canonical format's findings. */
  private static final JsonDialect DIALECT = JsonDialect.of(ReadCodes.JSON_FIELD_MISSING, ReadCodes.JSON_FIELD_TYPE)
      .withUnknown(ReadCodes.JSON_FIELD_UNKNOWN).documentCalled("a standard").withLowerCaseTypes()
      .withRange(ReadCodes.JSON_NUMBER_FORMAT, "%s is out of range", true)
      .withDate(ReadCodes.JSON_DATE_FORMAT, "%s must be an ISO date, e.g. 2024-01-31");
  private static final Map<String, KsbType> KSB_TYPES = Arrays.stream(KsbType.values())
      .collect(Collectors.toUnmodifiableMap(CanonicalStandardWriter::typeName, t -> t));

  private final JsonWalk walk = JsonWalk.unlocated(DIALECT);

  private CanonicalStandardMapper() {}

  /** The standard of {@code root}, or empty if it has errors; the findings are added to {@code issues}. */
  public static Optional<Standard> map(JsonValue root, List<Issue> issues) {
    CanonicalStandardMapper mapper = new CanonicalStandardMapper();
    return mapper.walk.result(mapper.standard(root), issues);
  }

  private Optional<Standard> standard(JsonValue root) {
    JsonValue node = walk.document(root);
    if (node == null) {
      return Optional.empty();
    }
    walk.onlyKnown(node, "", STANDARD);
    Optional<String> format = walk.requiredText(node, "", "format");
    if (format.isPresent() && !format.get().equals(CanonicalStandardsJson.FORMAT)) {
      walk.report(Issue.error(ReadCodes.JSON_FORMAT_UNKNOWN, "this reader reads format "
          + CanonicalStandardsJson.FORMAT)
          .rejecting(format.get()), "format");
    }
    Standard.Builder b = Standard.builder();
    Optional<StandardReference> reference =
        walk.requiredText(node, "", "reference").flatMap(t -> parse(t, "reference", StandardReference::parse));
    OptionalInt larsCode = walk.integer(node, "", "larsCode");
    larsCode.ifPresent(c -> parse(c, "larsCode", LarsCode::of).ifPresent(b::larsCode));
    Optional<StandardVersion> version =
        walk.requiredText(node, "", "version").flatMap(t -> parse(t, "version", StandardVersion::parse));
    walk.text(node, "", "versionNumber").ifPresent(b::versionNumber);
    Optional<String> title = walk.requiredText(node, "", "title");
    OptionalInt level = walk.requiredInteger(node, "", "level");
    Optional<String> route = walk.requiredText(node, "", "route");
    Optional<String> status = walk.requiredText(node, "", "status");
    OptionalInt duration = walk.requiredInteger(node, "", "typicalDurationMonths");
    Optional<BigDecimal> maxFunding = walk.requiredText(node, "", "maxFunding").flatMap(t -> pounds(t, "maxFunding"));
    walk.date(node, "", "earliestStartDate").ifPresent(b::earliestStartDate);
    walk.date(node, "", "latestStartDate").ifPresent(b::latestStartDate);
    walk.date(node, "", "latestEndDate").ifPresent(b::latestEndDate);
    walk.date(node, "", "approvedForDeliveryDate").ifPresent(b::approvedForDeliveryDate);
    each(node, "", "options", this::option, b::addOptions);
    each(node, "", "duties", this::duty, b::addDuties);
    each(node, "", "ksbs", this::ksb, b::addKsbs);
    walk.text(node, "", "integratedDegree").ifPresent(b::integratedDegree);
    walk.text(node, "", "regulatedBody").ifPresent(b::regulatedBody);
    walk.text(node, "", "eqaProvider").ifPresent(b::eqaProvider);
    walk.text(node, "", "overviewOfRole").ifPresent(b::overviewOfRole);
    walk.text(node, "", "occupationalSummary").ifPresent(b::occupationalSummary);
    b.addAllKeywords(walk.texts(node, "", "keywords"));
    b.addAllTypicalJobTitles(walk.texts(node, "", "typicalJobTitles"));
    walk.integer(node, "", "minimumOffTheJobHours").ifPresent(b::minimumOffTheJobHours);
    walk.integer(node, "", "endPointAssessmentMonths").ifPresent(b::endPointAssessmentMonths);
    walk.text(node, "", "pathway").ifPresent(b::pathway);
    walk.text(node, "", "clusterId").ifPresent(b::clusterId);
    walk.text(node, "", "cluster").ifPresent(b::cluster);
    walk.text(node, "", "clusterDescription").ifPresent(b::clusterDescription);
    walk.text(node, "", "sectorSubjectArea").ifPresent(b::sectorSubjectArea);
    walk.text(node, "", "sectorSubjectAreaTier2").ifPresent(b::sectorSubjectAreaTier2);
    walk.text(node, "", "occupationCode").ifPresent(b::occupationCode);
    walk.bool(node, "", "startsPaused").ifPresent(b::startsPaused);
    walk.text(node, "", "templateType").ifPresent(b::templateType);
    each(node, "", "professionalRecognitions", this::recognition, b::addProfessionalRecognitions);
    each(node, "", "qualifications", this::qualification, b::addQualifications);
    walk.bool(node, "", "regulated").ifPresent(b::regulated);
    each(node, "", "regulatorApprovals", this::approval, b::addRegulatorApprovals);
    b.addAllGreenJobTitles(walk.texts(node, "", "greenJobTitles"));
    walk.text(node, "", "assessmentPlanUrl").ifPresent(b::assessmentPlanUrl);
    walk.text(node, "", "standardPageUrl").ifPresent(b::standardPageUrl);
    walk.text(node, "", "changeNote").ifPresent(b::changeNote);
    walk.date(node, "", "changedDate").ifPresent(b::changedDate);
    if (walk.hasErrors() || reference.isEmpty() || version.isEmpty() || title.isEmpty() || level.isEmpty()
        || route.isEmpty() || status.isEmpty() || duration.isEmpty() || maxFunding.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(b.reference(reference.get()).version(version.get()).title(title.get())
        .level(level.getAsInt()).route(route.get()).status(StandardStatus.of(status.get()))
        .typicalDurationMonths(duration.getAsInt()).maxFunding(maxFunding.get()).build());
  }

  private Optional<StandardOption> option(JsonValue node, String path) {
    walk.onlyKnown(node, path, OPTION);
    Optional<String> id = walk.requiredText(node, path, "id");
    Optional<String> title = walk.requiredText(node, path, "title");
    return id.isPresent() && title.isPresent() ? Optional.of(StandardOption.of(id.get(), title.get()))
        : Optional.empty();
  }

  private Optional<Duty> duty(JsonValue node, String path) {
    walk.onlyKnown(node, path, DUTY);
    Optional<String> id = walk.requiredText(node, path, "id");
    Optional<String> text = walk.requiredText(node, path, "text");
    Optional<Boolean> core = walk.bool(node, path, "isCore");
    if (core.isEmpty() && JsonWalk.absent(node, "isCore")) {
      walk.missing(path, "isCore");
    }
    List<String> ksbIds = walk.texts(node, path, "ksbIds");
    List<String> optionIds = walk.texts(node, path, "optionIds");
    if (id.isEmpty() || text.isEmpty() || core.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(Duty.builder().id(id.get()).text(text.get()).isCore(core.get()).addAllKsbIds(ksbIds)
        .addAllOptionIds(optionIds).build());
  }

  private Optional<ProfessionalRecognition> recognition(JsonValue node, String path) {
    walk.onlyKnown(node, path, RECOGNITION);
    Optional<String> body = walk.requiredText(node, path, "body");
    ProfessionalRecognition.Builder b = ProfessionalRecognition.builder();
    walk.text(node, path, "level").ifPresent(b::level);
    walk.bool(node, path, "partial").ifPresent(b::partial);
    walk.text(node, path, "conditions").ifPresent(b::conditions);
    return body.map(t -> b.body(t).build());
  }

  private Optional<Qualification> qualification(JsonValue node, String path) {
    walk.onlyKnown(node, path, QUALIFICATION);
    Optional<String> id = walk.requiredText(node, path, "id");
    Optional<String> title = walk.requiredText(node, path, "title");
    Qualification.Builder b = Qualification.builder();
    walk.text(node, path, "level").ifPresent(b::level);
    walk.text(node, path, "additionalInformation").ifPresent(b::additionalInformation);
    b.addAllOptionIds(walk.texts(node, path, "optionIds"));
    if (id.isEmpty() || title.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(b.id(id.get()).title(title.get()).build());
  }

  private Optional<RegulatorApproval> approval(JsonValue node, String path) {
    walk.onlyKnown(node, path, APPROVAL);
    Optional<String> party = walk.requiredText(node, path, "party");
    RegulatorApproval.Builder b = RegulatorApproval.builder();
    walk.bool(node, path, "required").ifPresent(b::required);
    walk.text(node, path, "link").ifPresent(b::link);
    return party.map(p -> b.party(p).build());
  }

  private Optional<Ksb> ksb(JsonValue node, String path) {
    walk.onlyKnown(node, path, KSB);
    Optional<KsbType> type = walk.requiredText(node, path, "type").flatMap(t -> {
      KsbType known = KSB_TYPES.get(t);
      if (known == null) {
        walk.report(Issue.error(ReadCodes.JSON_FIELD_TYPE, "a KSB type is one of " + KSB_TYPES.keySet().stream()
            .sorted()
            .collect(Collectors.joining(", "))).rejecting(t), JsonWalk.join(path, "type"));
      }
      return Optional.ofNullable(known);
    });
    Optional<String> id = walk.requiredText(node, path, "id");
    OptionalInt number = walk.requiredInteger(node, path, "number");
    Optional<String> text = walk.requiredText(node, path, "text");
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
    List<JsonValue> elements = walk.array(parent, path, name);
    for (int i = 0; i < elements.size(); i++) {
      String at = JsonWalk.index(path, name, i);
      JsonValue node = walk.element(elements.get(i), at);
      if (node != null) {
        element.map(node, at).ifPresent(add);
      }
    }
  }

  /** Pounds as a decimal string with at most two decimal places, e.g. {@code "22000.00"}. */
  private Optional<BigDecimal> pounds(String text, String path) {
    if (text.matches("-?[0-9]{1,15}(\\.[0-9]{1,2})?")) {
      return Optional.of(new BigDecimal(text));
    }
    walk.report(Issue.error(ReadCodes.JSON_NUMBER_FORMAT, path
        + " must be pounds as a decimal string with at most 2 decimal places, e.g. \"22000.00\"").rejecting(text),
        path);
    return Optional.empty();
  }

  /** As {@link JsonWalk#parse}, with any other {@link IllegalArgumentException} of {@code factory} reported too. */
  private <V, T> Optional<T> parse(V value, String path, Function<V, T> factory) {
    try {
      return walk.parse(value, path, factory);
    } catch (IllegalArgumentException e) {
      walk.report(Issue.error(ReadCodes.JSON_RECORD_INVALID, Failures.describe(e)).rejecting(String.valueOf(value)),
          path);
      return Optional.empty();
    }
  }
}
