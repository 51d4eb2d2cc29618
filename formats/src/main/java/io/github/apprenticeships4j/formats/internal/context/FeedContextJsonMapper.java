package io.github.apprenticeships4j.formats.internal.context;

import io.github.apprenticeships4j.core.feed.Cohort;
import io.github.apprenticeships4j.core.feed.ExistingApprenticeship;
import io.github.apprenticeships4j.core.feed.FeedContext;
import io.github.apprenticeships4j.core.provider.Ukprn;
import io.github.apprenticeships4j.core.standard.LarsCode;
import io.github.apprenticeships4j.core.validation.InvalidValueException;
import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.core.validation.Severity;
import io.github.apprenticeships4j.core.validation.SourcePosition;
import io.github.apprenticeships4j.formats.ReadCodes;
import io.github.apprenticeships4j.formats.internal.json.DuplicateNameParser;
import io.github.apprenticeships4j.formats.internal.json.JsonValue;
import io.github.apprenticeships4j.formats.json.FeedContextJson;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Maps the tree of a feed context document onto a {@link FeedContext}, reporting every value that does not fit at its
 * JSON Pointer (RFC 6901, e.g. {@code /cohorts/0/reference}); see {@link FeedContextJson}.
 */
public final class FeedContextJsonMapper {
  private static final Set<String> DOCUMENT = Set.of("$schema", "format", "validationDate", "provider",
      "declaredStandards", "agreements", "cohorts", "existingApprenticeships", "reservations", "limits");
  private static final Set<String> PROVIDER = Set.of("ukprn", "courseManagementLink");
  private static final Set<String> AGREEMENT = Set.of("id", "signed", "levyPayer", "permission");
  private static final Set<String> COHORT = Set.of("reference", "agreementId", "provider", "withParty",
      "transferFunded", "changeOfParty", "ulns", "emailAddresses", "incompleteRecords", "overlappingTrainingDates",
      "overlappingEmails");
  private static final Set<String> EXISTING = Set.of("uln", "emailAddress", "startDate", "endDate", "status",
      "stopDate", "completionDate");
  private static final Set<String> RESERVATION = Set.of("row", "reasons");
  private static final Set<String> LIMITS = Set.of("minimumAge", "maximumAge", "maximumAgeFoundation",
      "maximumAgeLevel7", "minimumOffTheJobHours", "offTheJobHoursByCourse", "maximumTrainingHoursReduction",
      "minimumPriceReduction", "maxFileLines", "maxFileSizeKb");
  private static final Set<String> COURSE_HOURS = Set.of("larsCode", "hours");

  private final String source;
  private final List<Issue> issues = new ArrayList<>();

  private FeedContextJsonMapper(String source) {
    this.source = source;
  }

  /**
   * The context of the document {@code root}, or empty if it has errors; the findings, those about property names
   * repeated in one object first, are added to {@code issues}.
   */
  public static Optional<FeedContext> map(JsonValue root, DuplicateNameParser.Duplicates repeated, String source,
      List<Issue> issues) {
    FeedContextJsonMapper mapper = new FeedContextJsonMapper(source);
    mapper.issues.addAll(repeated.findings(ReadCodes.JSON_FIELD_DUPLICATE, Severity.ERROR, source, 1,
        SourcePosition.of(source).inRecord(1)));
    Optional<FeedContext> context = mapper.document(root);
    issues.addAll(mapper.issues);
    return mapper.hasErrors() ? Optional.empty() : context;
  }

  private Optional<FeedContext> document(JsonValue root) {
    if (!root.isObject()) {
      report(Issue.error(ReadCodes.JSON_FIELD_TYPE, "the document must be an object, not " + root.type())
          .rejecting(root.toString()), "");
      return Optional.empty();
    }
    onlyKnown(root, "", DOCUMENT);
    text(root, "", "format").ifPresent(format -> {
      if (!format.equals(FeedContextJson.FORMAT)) {
        report(Issue.error(ReadCodes.JSON_RECORD_INVALID, "this reader reads format " + FeedContextJson.FORMAT)
            .rejecting(format), "/format");
      }
    });
    FeedContext.Builder b = FeedContext.builder();
    Optional<LocalDate> today = date(root, "", "validationDate");
    if (today.isEmpty() && !hasValue(root, "validationDate")) {
      missing("", "validationDate");
    }
    today.ifPresent(b::validationDate);
    JsonValue provider = object(root, "", "provider", PROVIDER);
    if (provider != null) {
      ukprn(provider, "/provider", "ukprn").ifPresent(b::ukprn);
      text(provider, "/provider", "courseManagementLink").ifPresent(b::courseManagementLink);
    }
    array(root, "", "declaredStandards").ifPresent(list -> {
      Set<LarsCode> declared = new LinkedHashSet<>();
      for (int i = 0; i < list.size(); i++) {
        larsCode(list.get(i), "/declaredStandards/" + i).ifPresent(declared::add);
      }
      b.declaredStandards(declared);
    });
    array(root, "", "agreements").ifPresent(list -> agreements(list, b));
    array(root, "", "cohorts").ifPresent(list -> {
      List<Cohort> cohorts = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        cohort(list.get(i), "/cohorts/" + i).ifPresent(cohorts::add);
      }
      b.cohorts(cohorts);
    });
    array(root, "", "existingApprenticeships").ifPresent(list -> {
      List<ExistingApprenticeship> existing = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        existing(list.get(i), "/existingApprenticeships/" + i).ifPresent(existing::add);
      }
      b.existingApprenticeships(existing);
    });
    array(root, "", "reservations").ifPresent(list -> b.reservationErrors(reservations(list)));
    JsonValue limits = object(root, "", "limits", LIMITS);
    if (limits != null) {
      limits(limits, b);
    }
    if (hasErrors()) {
      return Optional.empty();
    }
    try {
      return Optional.of(b.build());
    } catch (IllegalArgumentException | IllegalStateException e) {
      report(Issue.error(ReadCodes.JSON_RECORD_INVALID, "the context is not valid: " + e.getMessage()), "/limits");
      return Optional.empty();
    }
  }

  private void agreements(List<JsonValue> list, FeedContext.Builder b) {
    Set<String> ids = new LinkedHashSet<>();
    Set<String> unsigned = new LinkedHashSet<>();
    Set<String> levy = new LinkedHashSet<>();
    Set<String> permitted = new LinkedHashSet<>();
    List<String> withoutLevy = new ArrayList<>();
    List<String> withoutPermission = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      String path = "/agreements/" + i;
      JsonValue node = element(list.get(i), path, AGREEMENT);
      if (node == null) {
        continue;
      }
      String id = requiredText(node, path, "id");
      ids.add(id);
      if (!bool(node, path, "signed").orElse(true)) {
        unsigned.add(id);
      }
      Optional<Boolean> levyPayer = bool(node, path, "levyPayer");
      levyPayer.filter(yes -> yes).ifPresent(yes -> levy.add(id));
      if (levyPayer.isEmpty()) {
        withoutLevy.add(path);
      }
      Optional<Boolean> permission = bool(node, path, "permission");
      permission.filter(yes -> yes).ifPresent(yes -> permitted.add(id));
      if (permission.isEmpty()) {
        withoutPermission.add(path);
      }
    }
    b.agreementIds(ids).addAllUnsignedAgreementIds(unsigned);
    if (allOrNone(withoutLevy, list.size(), "levyPayer")) {
      b.levyPayerAgreementIds(levy);
    }
    if (allOrNone(withoutPermission, list.size(), "permission")) {
      b.permittedAgreementIds(permitted);
    }
  }

  /** Whether every agreement gives {@code name}; an error at each that lacks it if some do. */
  private boolean allOrNone(List<String> without, int agreements, String name) {
    if (without.isEmpty()) {
      return agreements > 0;
    }
    if (without.size() < agreements) {
      for (String path : without) {
        report(Issue.error(ReadCodes.JSON_FIELD_MISSING, "other agreements give '" + name + "': give it for every "
            + "agreement or for none"), path + "/" + name);
      }
    }
    return false;
  }

  private Optional<Cohort> cohort(@Nullable JsonValue element, String path) {
    JsonValue node = element(element, path, COHORT);
    if (node == null) {
      return Optional.empty();
    }
    Cohort.Builder b = Cohort.builder().reference(requiredText(node, path, "reference"))
        .agreementId(requiredText(node, path, "agreementId"));
    ukprn(node, path, "provider").ifPresent(b::provider);
    text(node, path, "withParty").flatMap(party -> constant(party, path + "/withParty", Cohort.Party.class))
        .ifPresent(b::withParty);
    bool(node, path, "transferFunded").ifPresent(b::transferFunded);
    bool(node, path, "changeOfParty").ifPresent(b::changeOfParty);
    b.addAllUlns(texts(node, path, "ulns"));
    b.addAllEmailAddresses(texts(node, path, "emailAddresses"));
    bool(node, path, "incompleteRecords").ifPresent(b::incompleteRecords);
    bool(node, path, "overlappingTrainingDates").ifPresent(b::overlappingTrainingDates);
    bool(node, path, "overlappingEmails").ifPresent(b::overlappingEmails);
    return hasErrors() ? Optional.empty() : Optional.of(b.build());
  }

  private Optional<ExistingApprenticeship> existing(@Nullable JsonValue element, String path) {
    JsonValue node = element(element, path, EXISTING);
    if (node == null) {
      return Optional.empty();
    }
    ExistingApprenticeship.Builder b = ExistingApprenticeship.builder().uln(requiredText(node, path, "uln"));
    text(node, path, "emailAddress").ifPresent(b::emailAddress);
    requiredDate(node, path, "startDate").ifPresent(b::startDate);
    requiredDate(node, path, "endDate").ifPresent(b::endDate);
    Optional<ExistingApprenticeship.Status> status = text(node, path, "status")
        .flatMap(s -> constant(s, path + "/status", ExistingApprenticeship.Status.class));
    status.ifPresent(b::status);
    Optional<LocalDate> stop = date(node, path, "stopDate");
    stop.ifPresent(b::stopDate);
    date(node, path, "completionDate").ifPresent(b::completionDate);
    if (status.equals(Optional.of(ExistingApprenticeship.Status.STOPPED)) && stop.isEmpty()
        && !hasValue(node, "stopDate")) {
      report(Issue.error(ReadCodes.JSON_FIELD_MISSING, "a stopped apprenticeship needs its 'stopDate'"),
          path + "/stopDate");
    }
    return hasErrors() ? Optional.empty() : Optional.of(b.build());
  }

  private Map<Integer, List<String>> reservations(List<JsonValue> list) {
    Map<Integer, List<String>> byRow = new LinkedHashMap<>();
    for (int i = 0; i < list.size(); i++) {
      String path = "/reservations/" + i;
      JsonValue node = element(list.get(i), path, RESERVATION);
      if (node == null) {
        continue;
      }
      OptionalLong row = whole(node, path, "row");
      if (row.isEmpty() && !hasValue(node, "row")) {
        missing(path, "row");
      } else if (row.isPresent() && (row.getAsLong() < 1 || row.getAsLong() > Integer.MAX_VALUE)) {
        report(Issue.error(ReadCodes.JSON_RECORD_INVALID, "a row number is from 1 to " + Integer.MAX_VALUE)
            .rejecting(Long.toString(row.getAsLong())), path + "/row");
      }
      if (!hasValue(node, "reasons")) {
        missing(path, "reasons");
      }
      List<String> reasons = texts(node, path, "reasons");
      if (row.isPresent() && row.getAsLong() >= 1 && row.getAsLong() <= Integer.MAX_VALUE) {
        byRow.computeIfAbsent((int) row.getAsLong(), r -> new ArrayList<>()).addAll(reasons);
      }
    }
    return byRow;
  }

  private void limits(JsonValue node, FeedContext.Builder b) {
    String path = "/limits";
    intValue(node, path, "minimumAge", 0, b::minimumAge);
    intValue(node, path, "maximumAge", 1, b::maximumAge);
    intValue(node, path, "maximumAgeFoundation", 1, b::maximumAgeFoundation);
    intValue(node, path, "maximumAgeLevel7", 1, b::maximumAgeLevel7);
    intValue(node, path, "minimumOffTheJobHours", 0, b::minimumOffTheJobHours);
    intValue(node, path, "maximumTrainingHoursReduction", 0, b::maximumTrainingHoursReduction);
    intValue(node, path, "minimumPriceReduction", 0, b::minimumPriceReduction);
    longValue(node, path, "maxFileLines", b::maxFileLines);
    longValue(node, path, "maxFileSizeKb", b::maxFileSizeKb);
    array(node, path, "offTheJobHoursByCourse").ifPresent(list -> {
      Map<LarsCode, Integer> hours = new LinkedHashMap<>();
      for (int i = 0; i < list.size(); i++) {
        String at = path + "/offTheJobHoursByCourse/" + i;
        JsonValue entry = element(list.get(i), at, COURSE_HOURS);
        if (entry == null) {
          continue;
        }
        JsonValue code = entry.get("larsCode");
        Optional<LarsCode> lars = code == null || code.isNull() ? Optional.empty() : larsCode(code, at + "/larsCode");
        if (code == null || code.isNull()) {
          missing(at, "larsCode");
        }
        if (!hasValue(entry, "hours")) {
          missing(at, "hours");
        }
        intValue(entry, at, "hours", 0, h -> lars.ifPresent(l -> hours.put(l, h)));
      }
      b.putAllOffTheJobHoursByCourse(hours);
    });
  }

  // --- Reading values, each finding located at the value's JSON Pointer

  private boolean hasErrors() {
    return issues.stream().anyMatch(i -> i.severity().isAtLeast(Severity.ERROR));
  }

  private void report(Issue issue, String pointer) {
    SourcePosition at = SourcePosition.of(source).inRecord(1);
    issues.add(issue.at(pointer).locatedAt(pointer.isEmpty() ? at : at.atField(pointer)));
  }

  private void onlyKnown(JsonValue object, String path, Set<String> known) {
    for (String name : object.properties().keySet()) {
      if (!known.contains(name)) {
        report(Issue.warning(ReadCodes.JSON_FIELD_UNKNOWN, "the format has no property '" + name + "' here; it is "
            + "ignored").rejecting(name), pointer(path, name));
      }
    }
  }

  private @Nullable JsonValue object(JsonValue parent, String path, String name, Set<String> known) {
    JsonValue node = parent.get(name);
    if (node == null || node.isNull()) {
      return null;
    }
    return element(node, pointer(path, name), known);
  }

  /** An element that must be an object, its unknown properties reported; {@code null} if it is not one. */
  private @Nullable JsonValue element(@Nullable JsonValue node, String path, Set<String> known) {
    if (node == null || !node.isObject()) {
      typeError(path, "an object", node);
      return null;
    }
    onlyKnown(node, path, known);
    return node;
  }

  private Optional<List<JsonValue>> array(JsonValue parent, String path, String name) {
    JsonValue node = parent.get(name);
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    if (!node.isArray()) {
      typeError(pointer(path, name), "an array", node);
      return Optional.empty();
    }
    return Optional.of(node.elements());
  }

  private List<String> texts(JsonValue parent, String path, String name) {
    List<String> texts = new ArrayList<>();
    List<JsonValue> list = array(parent, path, name).orElse(List.of());
    for (int i = 0; i < list.size(); i++) {
      JsonValue node = list.get(i);
      if (node.isString()) {
        texts.add(node.stringValue());
      } else {
        typeError(pointer(path, name) + "/" + i, "a string", node);
      }
    }
    return texts;
  }

  private Optional<String> text(JsonValue parent, String path, String name) {
    JsonValue node = parent.get(name);
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    if (!node.isString()) {
      typeError(pointer(path, name), "a string", node);
      return Optional.empty();
    }
    return Optional.of(node.stringValue());
  }

  private String requiredText(JsonValue parent, String path, String name) {
    Optional<String> text = text(parent, path, name);
    if (text.isEmpty() && !hasValue(parent, name)) {
      missing(path, name);
    }
    return text.orElse("");
  }

  private Optional<Boolean> bool(JsonValue parent, String path, String name) {
    JsonValue node = parent.get(name);
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    if (!node.isBoolean()) {
      typeError(pointer(path, name), "true or false", node);
      return Optional.empty();
    }
    return Optional.of(node.booleanValue());
  }

  private OptionalLong whole(JsonValue parent, String path, String name) {
    JsonValue node = parent.get(name);
    if (node == null || node.isNull()) {
      return OptionalLong.empty();
    }
    if (!node.isIntegralNumber() || !node.canConvertToLong()) {
      typeError(pointer(path, name), "a whole number", node);
      return OptionalLong.empty();
    }
    return OptionalLong.of(node.longValue());
  }

  private void intValue(JsonValue parent, String path, String name, int min, Consumer<Integer> set) {
    OptionalLong value = whole(parent, path, name);
    if (value.isEmpty()) {
      return;
    }
    if (value.getAsLong() < min || value.getAsLong() > Integer.MAX_VALUE) {
      report(Issue.error(ReadCodes.JSON_RECORD_INVALID, "'" + name + "' must be from " + min + " to "
          + Integer.MAX_VALUE).rejecting(Long.toString(value.getAsLong())), pointer(path, name));
      return;
    }
    set.accept((int) value.getAsLong());
  }

  private void longValue(JsonValue parent, String path, String name, Consumer<Long> set) {
    OptionalLong value = whole(parent, path, name);
    if (value.isEmpty()) {
      return;
    }
    if (value.getAsLong() < 1) {
      report(Issue.error(ReadCodes.JSON_RECORD_INVALID, "'" + name + "' must be at least 1")
          .rejecting(Long.toString(value.getAsLong())), pointer(path, name));
      return;
    }
    set.accept(value.getAsLong());
  }

  private Optional<Ukprn> ukprn(JsonValue parent, String path, String name) {
    OptionalLong value = whole(parent, path, name);
    return value.isEmpty() ? Optional.empty() : parse(value.getAsLong(), pointer(path, name), Ukprn::of);
  }

  private Optional<LarsCode> larsCode(JsonValue node, String path) {
    if (!node.isIntegralNumber() || !node.canConvertToInt()) {
      typeError(path, "a LARS code, a whole number", node);
      return Optional.empty();
    }
    return parse((int) node.longValue(), path, LarsCode::of);
  }

  private Optional<LocalDate> date(JsonValue parent, String path, String name) {
    return text(parent, path, name).flatMap(text -> {
      try {
        return Optional.of(LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE));
      } catch (DateTimeParseException e) {
        report(Issue.error(ReadCodes.JSON_DATE_FORMAT, "a date is written yyyy-mm-dd").rejecting(text), pointer(path,
            name));
        return Optional.empty();
      }
    });
  }

  private Optional<LocalDate> requiredDate(JsonValue parent, String path, String name) {
    Optional<LocalDate> date = date(parent, path, name);
    if (date.isEmpty() && !hasValue(parent, name)) {
      missing(path, name);
    }
    return date;
  }

  /** The constant of {@code type} named by {@code text} in lower kebab case, e.g. {@code transfer-sender}. */
  private <E extends Enum<E>> Optional<E> constant(String text, String path, Class<E> type) {
    for (E constant : type.getEnumConstants()) {
      if (constant.name().toLowerCase(Locale.ROOT).replace('_', '-').equals(text)) {
        return Optional.of(constant);
      }
    }
    List<String> names = new ArrayList<>();
    for (E constant : type.getEnumConstants()) {
      names.add(constant.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
    report(Issue.error(ReadCodes.JSON_RECORD_INVALID, "must be one of " + String.join(", ", names)).rejecting(text),
        path);
    return Optional.empty();
  }

  private <N, T> Optional<T> parse(N value, String path, Function<N, T> factory) {
    try {
      return Optional.of(factory.apply(value));
    } catch (InvalidValueException e) {
      report(e.issue(), path);
      return Optional.empty();
    }
  }

  private void missing(String path, String name) {
    report(Issue.error(ReadCodes.JSON_FIELD_MISSING, "required property '" + name + "' is missing"), pointer(path,
        name));
  }

  private void typeError(String path, String expected, @Nullable JsonValue node) {
    String type = node == null ? "missing" : node.type().toString();
    Issue issue = Issue.error(ReadCodes.JSON_FIELD_TYPE, path + " must be " + expected + ", not " + type);
    report(node == null ? issue : issue.rejecting(node.toString()), path);
  }

  private static boolean hasValue(JsonValue parent, String name) {
    JsonValue node = parent.get(name);
    return node != null && !node.isNull();
  }

  /** The JSON Pointer of property {@code name} under {@code path}, escaped as RFC 6901 says. */
  private static String pointer(String path, String name) {
    return path + "/" + name.replace("~", "~0").replace("/", "~1");
  }
}
