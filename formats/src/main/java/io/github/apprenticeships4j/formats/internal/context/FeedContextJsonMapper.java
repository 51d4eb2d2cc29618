package io.github.apprenticeships4j.formats.internal.context;

import io.github.apprenticeships4j.core.feed.Cohort;
import io.github.apprenticeships4j.core.feed.ExistingApprenticeship;
import io.github.apprenticeships4j.core.feed.FeedContext;
import io.github.apprenticeships4j.core.provider.Ukprn;
import io.github.apprenticeships4j.core.standard.LarsCode;
import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.core.validation.SourcePosition;
import io.github.apprenticeships4j.formats.ReadCodes;
import io.github.apprenticeships4j.formats.internal.json.DuplicateNameParser;
import io.github.apprenticeships4j.formats.internal.json.JsonDialect;
import io.github.apprenticeships4j.formats.internal.json.JsonValue;
import io.github.apprenticeships4j.formats.internal.json.JsonWalk;
import io.github.apprenticeships4j.formats.json.FeedContextJson;
import java.time.LocalDate;
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
import org.jspecify.annotations.Nullable;

/**
 * Maps the tree of a feed context document onto a {@link FeedContext}, reporting every value that does not fit at its
 * JSON Pointer (RFC 6901, e.g. {@code /cohorts/0/reference}); see {@link FeedContextJson}.
 */
public final class FeedContextJsonMapper {
  private static final JsonDialect DIALECT = JsonDialect.of(ReadCodes.JSON_FIELD_MISSING, ReadCodes.JSON_FIELD_TYPE)
      .withUnknown(ReadCodes.JSON_FIELD_UNKNOWN, "the format has no property '%s' here; it is ignored")
      .documentCalled("the document").withDate(ReadCodes.JSON_DATE_FORMAT, "a date is written yyyy-mm-dd")
      .withPointers();
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

  private final JsonWalk walk;

  private FeedContextJsonMapper(JsonWalk walk) {
    this.walk = walk;
  }

  /**
   * The context of the document {@code root}, or empty if it has errors; the findings, those about property names
   * repeated in one object first, are added to {@code issues}.
   */
  public static Optional<FeedContext> map(JsonValue root, DuplicateNameParser.Duplicates repeated, String source,
      List<Issue> issues) {
    JsonWalk walk = JsonWalk.of(SourcePosition.of(source).inRecord(1), DIALECT);
    walk.reportRepeated(repeated, ReadCodes.JSON_FIELD_DUPLICATE);
    return walk.result(new FeedContextJsonMapper(walk).document(root), issues);
  }

  private Optional<FeedContext> document(JsonValue root) {
    if (walk.document(root) == null) {
      return Optional.empty();
    }
    walk.onlyKnown(root, "", DOCUMENT);
    walk.text(root, "", "format").ifPresent(format -> {
      if (!format.equals(FeedContextJson.FORMAT)) {
        walk.report(Issue.error(ReadCodes.JSON_RECORD_INVALID, "this reader reads format " + FeedContextJson.FORMAT)
            .rejecting(format), walk.pathOf("", "format"));
      }
    });
    FeedContext.Builder b = FeedContext.builder();
    walk.requiredDate(root, "", "validationDate").ifPresent(b::validationDate);
    JsonValue provider = object(root, "", "provider", PROVIDER);
    if (provider != null) {
      String at = walk.pathOf("", "provider");
      ukprn(provider, at, "ukprn").ifPresent(b::ukprn);
      walk.text(provider, at, "courseManagementLink").ifPresent(b::courseManagementLink);
    }
    walk.givenArray(root, "", "declaredStandards").ifPresent(list -> {
      Set<LarsCode> declared = new LinkedHashSet<>();
      for (int i = 0; i < list.size(); i++) {
        larsCode(list.get(i), walk.pathOf("", "declaredStandards", i)).ifPresent(declared::add);
      }
      b.declaredStandards(declared);
    });
    walk.givenArray(root, "", "agreements").ifPresent(list -> agreements(list, b));
    walk.givenArray(root, "", "cohorts").ifPresent(list -> {
      List<Cohort> cohorts = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        cohort(list.get(i), walk.pathOf("", "cohorts", i)).ifPresent(cohorts::add);
      }
      b.cohorts(cohorts);
    });
    walk.givenArray(root, "", "existingApprenticeships").ifPresent(list -> {
      List<ExistingApprenticeship> existing = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        existing(list.get(i), walk.pathOf("", "existingApprenticeships", i)).ifPresent(existing::add);
      }
      b.existingApprenticeships(existing);
    });
    walk.givenArray(root, "", "reservations").ifPresent(list -> b.reservationErrors(reservations(list)));
    JsonValue limits = object(root, "", "limits", LIMITS);
    if (limits != null) {
      limits(limits, b);
    }
    if (walk.hasErrors()) {
      return Optional.empty();
    }
    try {
      return Optional.of(b.build());
    } catch (IllegalArgumentException | IllegalStateException e) {
      walk.report(Issue.error(ReadCodes.JSON_RECORD_INVALID, "the context is not valid: " + e.getMessage()),
          walk.pathOf("", "limits"));
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
      String path = walk.pathOf("", "agreements", i);
      JsonValue node = element(list.get(i), path, AGREEMENT);
      if (node == null) {
        continue;
      }
      String id = walk.requiredText(node, path, "id").orElse("");
      ids.add(id);
      if (!walk.bool(node, path, "signed").orElse(true)) {
        unsigned.add(id);
      }
      Optional<Boolean> levyPayer = walk.bool(node, path, "levyPayer");
      levyPayer.filter(yes -> yes).ifPresent(yes -> levy.add(id));
      if (levyPayer.isEmpty()) {
        withoutLevy.add(path);
      }
      Optional<Boolean> permission = walk.bool(node, path, "permission");
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
        walk.report(Issue.error(ReadCodes.JSON_FIELD_MISSING, "other agreements give '" + name + "': give it for "
            + "every agreement or for none"), walk.pathOf(path, name));
      }
    }
    return false;
  }

  private Optional<Cohort> cohort(JsonValue element, String path) {
    JsonValue node = element(element, path, COHORT);
    if (node == null) {
      return Optional.empty();
    }
    Cohort.Builder b = Cohort.builder().reference(walk.requiredText(node, path, "reference").orElse(""))
        .agreementId(walk.requiredText(node, path, "agreementId").orElse(""));
    ukprn(node, path, "provider").ifPresent(b::provider);
    walk.text(node, path, "withParty").flatMap(party -> constant(party, walk.pathOf(path, "withParty"),
        Cohort.Party.class))
        .ifPresent(b::withParty);
    walk.bool(node, path, "transferFunded").ifPresent(b::transferFunded);
    walk.bool(node, path, "changeOfParty").ifPresent(b::changeOfParty);
    b.addAllUlns(walk.texts(node, path, "ulns"));
    b.addAllEmailAddresses(walk.texts(node, path, "emailAddresses"));
    walk.bool(node, path, "incompleteRecords").ifPresent(b::incompleteRecords);
    walk.bool(node, path, "overlappingTrainingDates").ifPresent(b::overlappingTrainingDates);
    walk.bool(node, path, "overlappingEmails").ifPresent(b::overlappingEmails);
    return walk.hasErrors() ? Optional.empty() : Optional.of(b.build());
  }

  private Optional<ExistingApprenticeship> existing(JsonValue element, String path) {
    JsonValue node = element(element, path, EXISTING);
    if (node == null) {
      return Optional.empty();
    }
    String uln = walk.requiredText(node, path, "uln").orElse("");
    ExistingApprenticeship.Builder b = ExistingApprenticeship.builder().uln(uln);
    walk.text(node, path, "emailAddress").ifPresent(b::emailAddress);
    walk.requiredDate(node, path, "startDate").ifPresent(b::startDate);
    walk.requiredDate(node, path, "endDate").ifPresent(b::endDate);
    Optional<ExistingApprenticeship.Status> status = walk.text(node, path, "status")
        .flatMap(s -> constant(s, walk.pathOf(path, "status"), ExistingApprenticeship.Status.class));
    status.ifPresent(b::status);
    Optional<LocalDate> stop = walk.date(node, path, "stopDate");
    stop.ifPresent(b::stopDate);
    walk.date(node, path, "completionDate").ifPresent(b::completionDate);
    if (status.equals(Optional.of(ExistingApprenticeship.Status.STOPPED)) && stop.isEmpty()
        && JsonWalk.absent(node, "stopDate")) {
      walk.report(Issue.error(ReadCodes.JSON_FIELD_MISSING, "a stopped apprenticeship needs its 'stopDate'"),
          walk.pathOf(path, "stopDate"));
    }
    return walk.hasErrors() ? Optional.empty() : Optional.of(b.build());
  }

  private Map<Integer, List<String>> reservations(List<JsonValue> list) {
    Map<Integer, List<String>> byRow = new LinkedHashMap<>();
    for (int i = 0; i < list.size(); i++) {
      String path = walk.pathOf("", "reservations", i);
      JsonValue node = element(list.get(i), path, RESERVATION);
      if (node == null) {
        continue;
      }
      OptionalLong row = walk.whole(node, path, "row");
      if (row.isEmpty() && JsonWalk.absent(node, "row")) {
        walk.missing(path, "row");
      } else if (row.isPresent() && (row.getAsLong() < 1 || row.getAsLong() > Integer.MAX_VALUE)) {
        walk.report(Issue.error(ReadCodes.JSON_RECORD_INVALID, "a row number is from 1 to " + Integer.MAX_VALUE)
            .rejecting(Long.toString(row.getAsLong())), walk.pathOf(path, "row"));
      }
      if (JsonWalk.absent(node, "reasons")) {
        walk.missing(path, "reasons");
      }
      List<String> reasons = walk.texts(node, path, "reasons");
      if (row.isPresent() && row.getAsLong() >= 1 && row.getAsLong() <= Integer.MAX_VALUE) {
        byRow.computeIfAbsent((int) row.getAsLong(), r -> new ArrayList<>()).addAll(reasons);
      }
    }
    return byRow;
  }

  private void limits(JsonValue node, FeedContext.Builder b) {
    String path = walk.pathOf("", "limits");
    intValue(node, path, "minimumAge", 0, b::minimumAge);
    intValue(node, path, "maximumAge", 1, b::maximumAge);
    intValue(node, path, "maximumAgeFoundation", 1, b::maximumAgeFoundation);
    intValue(node, path, "maximumAgeLevel7", 1, b::maximumAgeLevel7);
    intValue(node, path, "minimumOffTheJobHours", 0, b::minimumOffTheJobHours);
    intValue(node, path, "maximumTrainingHoursReduction", 0, b::maximumTrainingHoursReduction);
    intValue(node, path, "minimumPriceReduction", 0, b::minimumPriceReduction);
    longValue(node, path, "maxFileLines", b::maxFileLines);
    longValue(node, path, "maxFileSizeKb", b::maxFileSizeKb);
    walk.givenArray(node, path, "offTheJobHoursByCourse").ifPresent(list -> {
      Map<LarsCode, Integer> hours = new LinkedHashMap<>();
      for (int i = 0; i < list.size(); i++) {
        String at = walk.pathOf(path, "offTheJobHoursByCourse", i);
        JsonValue entry = element(list.get(i), at, COURSE_HOURS);
        if (entry == null) {
          continue;
        }
        JsonValue code = entry.get("larsCode");
        Optional<LarsCode> lars = code == null || code.isNull() ? Optional.empty()
            : larsCode(code, walk.pathOf(at, "larsCode"));
        if (code == null || code.isNull()) {
          walk.missing(at, "larsCode");
        }
        if (JsonWalk.absent(entry, "hours")) {
          walk.missing(at, "hours");
        }
        intValue(entry, at, "hours", 0, h -> lars.ifPresent(l -> hours.put(l, h)));
      }
      b.putAllOffTheJobHoursByCourse(hours);
    });
  }

  // --- Values this format reads its own way, each finding located at the value's JSON Pointer

  /** The object property {@code name}, its unknown properties reported; {@code null} if absent or not an object. */
  private @Nullable JsonValue object(JsonValue parent, String path, String name, Set<String> known) {
    JsonValue node = parent.get(name);
    return node == null || node.isNull() ? null : element(node, walk.pathOf(path, name), known);
  }

  /** An element that must be an object, its unknown properties reported; {@code null} if it is not one. */
  private @Nullable JsonValue element(JsonValue node, String path, Set<String> known) {
    JsonValue object = walk.element(node, path);
    if (object != null) {
      walk.onlyKnown(object, path, known);
    }
    return object;
  }

  private void intValue(JsonValue parent, String path, String name, int min, Consumer<Integer> set) {
    OptionalLong value = walk.whole(parent, path, name);
    if (value.isEmpty()) {
      return;
    }
    if (value.getAsLong() < min || value.getAsLong() > Integer.MAX_VALUE) {
      walk.report(Issue.error(ReadCodes.JSON_RECORD_INVALID, "'" + name + "' must be from " + min + " to "
          + Integer.MAX_VALUE).rejecting(Long.toString(value.getAsLong())), walk.pathOf(path, name));
      return;
    }
    set.accept((int) value.getAsLong());
  }

  private void longValue(JsonValue parent, String path, String name, Consumer<Long> set) {
    OptionalLong value = walk.whole(parent, path, name);
    if (value.isEmpty()) {
      return;
    }
    if (value.getAsLong() < 1) {
      walk.report(Issue.error(ReadCodes.JSON_RECORD_INVALID, "'" + name + "' must be at least 1")
          .rejecting(Long.toString(value.getAsLong())), walk.pathOf(path, name));
      return;
    }
    set.accept(value.getAsLong());
  }

  private Optional<Ukprn> ukprn(JsonValue parent, String path, String name) {
    OptionalLong value = walk.whole(parent, path, name);
    return value.isEmpty() ? Optional.empty() : walk.parse(value.getAsLong(), walk.pathOf(path, name), Ukprn::of);
  }

  private Optional<LarsCode> larsCode(JsonValue node, String path) {
    if (!node.isIntegralNumber() || !node.canConvertToInt()) {
      walk.typeError(path, "a LARS code, a whole number", node);
      return Optional.empty();
    }
    return walk.parse((int) node.longValue(), path, LarsCode::of);
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
    walk.report(Issue.error(ReadCodes.JSON_RECORD_INVALID, "must be one of " + String.join(", ", names))
        .rejecting(text), path);
    return Optional.empty();
  }
}
