package io.github.apprenticeships4j.formats.internal.json;

import io.github.apprenticeships4j.core.funding.Apprentice;
import io.github.apprenticeships4j.core.funding.Apprenticeship;
import io.github.apprenticeships4j.core.funding.ApprenticeshipUnit;
import io.github.apprenticeships4j.core.funding.BreakInLearning;
import io.github.apprenticeships4j.core.funding.EmployerChange;
import io.github.apprenticeships4j.core.funding.PriceChange;
import io.github.apprenticeships4j.core.funding.Employer;
import io.github.apprenticeships4j.core.funding.EnglishAndMathsAim;
import io.github.apprenticeships4j.core.funding.EnglishAndMathsQualification;
import io.github.apprenticeships4j.core.funding.FundingRule;
import io.github.apprenticeships4j.core.funding.Progress;
import io.github.apprenticeships4j.core.funding.RuleBasis;
import io.github.apprenticeships4j.core.funding.RuleKey;
import io.github.apprenticeships4j.core.funding.StandardFunding;
import io.github.apprenticeships4j.core.standard.Standard;
import io.github.apprenticeships4j.core.standard.StandardCatalogue;
import io.github.apprenticeships4j.core.standard.StandardReference;
import io.github.apprenticeships4j.core.validation.InvalidValueException;
import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.formats.ReadCodes;
import io.github.apprenticeships4j.formats.internal.Failures;
import io.github.apprenticeships4j.formats.json.FundingInput;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Maps one {@link ApprenticeshipRecord} onto a {@link FundingInput}, collecting a finding with its JSON path for every
 * value that does not fit instead of stopping at the first. It maps only: the funding rules (negative prices, dates
 * in the wrong order, durations) are the calculator's to report.
 */
public final class ApprenticeshipRecordMapper {
  /** Amounts and percentages: at most 15 digits before the point and 10 after, so that no arithmetic explodes. */
  private static final int MAX_INTEGER_DIGITS = 15;
  private static final int MAX_DECIMALS = 10;

  private final Optional<StandardCatalogue> standards;
  private final List<Issue> issues;

  private ApprenticeshipRecordMapper(Optional<StandardCatalogue> standards, List<Issue> issues) {
    this.standards = standards;
    this.issues = issues;
  }

  /** The input, or empty with errors among {@code issues}; a standard must give its level and typical duration. */
  public static Optional<FundingInput> map(ApprenticeshipRecord record, List<Issue> issues) {
    return new ApprenticeshipRecordMapper(Optional.empty(), issues).toInput(record);
  }

  /**
   * A mapper that takes the level and typical duration of a standard given without them from the version of
   * {@code standards} new apprentices start on on the start date.
   */
  public static JsonRecordSource.Mapper<ApprenticeshipRecord, FundingInput> with(StandardCatalogue standards) {
    return (record, issues) -> new ApprenticeshipRecordMapper(Optional.of(standards), issues).toInput(record);
  }

  private Optional<FundingInput> toInput(ApprenticeshipRecord r) {
    if (r.unit() != null) {
      return toUnitInput(r, r.unit());
    }
    Apprenticeship.Builder b = Apprenticeship.builder();
    Optional<LocalDate> start = required(r.startDate(), "startDate").flatMap(d -> date(d, "startDate"));
    start.ifPresent(b::startDate);
    date(r.plannedEndDate(), "plannedEndDate").ifPresent(b::plannedEndDate);
    whole(r.plannedDurationMonths(), "plannedDurationMonths").ifPresent(b::plannedDurationMonths);
    required(r.standard(), "standard").flatMap(s -> standard(s, start)).ifPresent(b::standard);
    required(r.trainingPrice(), "trainingPrice").flatMap(n -> decimal(n, "trainingPrice")).ifPresent(b::trainingPrice);
    required(r.assessmentPrice(), "assessmentPrice").flatMap(n -> decimal(n, "assessmentPrice"))
        .ifPresent(b::assessmentPrice);
    decimal(r.priorLearningPercentage(), "priorLearningPercentage").ifPresent(b::priorLearningPercentage);
    required(r.employer(), "employer").flatMap(e -> employer(e, "employer")).ifPresent(b::employer);
    required(r.apprentice(), "apprentice").flatMap(this::apprentice).ifPresent(b::apprentice);
    Progress progress = r.progress() == null ? Progress.asPlanned() : progress(r.progress());
    aims(r.englishAndMathsAims()).forEach(b::addEnglishAndMathsAim);
    if (hasErrors()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new FundingInput.OfApprenticeship(Optional.ofNullable(r.id()), b.build(), progress));
    } catch (IllegalArgumentException | IllegalStateException e) {
      issues.add(Issue.error(ReadCodes.JSON_RECORD_INVALID, Failures.describe(e)));
      return Optional.empty();
    }
  }

  /**
   * A record with a {@code unit} object: the unit, with the record's {@code employer} and {@code apprentice}. Fields
   * of an apprenticeship ({@code standard}, the prices, {@code startDate}) beside it are refused: which is meant is
   * unknown.
   */
  private Optional<FundingInput> toUnitInput(ApprenticeshipRecord r, ApprenticeshipRecord.UnitItem u) {
    for (String field : apprenticeshipFields(r)) {
      issues.add(Issue.error(ReadCodes.JSON_RECORD_INVALID, field + " belongs to an apprenticeship, not beside a "
          + "unit").at(field));
    }
    ApprenticeshipUnit.Builder b = ApprenticeshipUnit.builder();
    if (u.reference() != null) {
      b.reference(u.reference());
    }
    required(u.startDate(), "unit.startDate").flatMap(d -> date(d, "unit.startDate")).ifPresent(b::startDate);
    required(u.plannedEndDate(), "unit.plannedEndDate").flatMap(d -> date(d, "unit.plannedEndDate"))
        .ifPresent(b::plannedEndDate);
    required(u.plannedHours(), "unit.plannedHours").ifPresent(n -> whole(n, "unit.plannedHours")
        .ifPresent(b::plannedHours));
    required(u.price(), "unit.price").flatMap(n -> decimal(n, "unit.price")).ifPresent(b::price);
    date(u.completionDate(), "unit.completionDate").ifPresent(b::completionDate);
    date(u.withdrawalDate(), "unit.withdrawalDate").ifPresent(b::withdrawalDate);
    required(r.employer(), "employer").flatMap(e -> employer(e, "employer")).ifPresent(b::employer);
    required(r.apprentice(), "apprentice").flatMap(this::apprentice).ifPresent(b::apprentice);
    if (hasErrors()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new FundingInput.OfUnit(Optional.ofNullable(r.id()), b.build()));
    } catch (IllegalArgumentException | IllegalStateException e) {
      issues.add(Issue.error(ReadCodes.JSON_RECORD_INVALID, Failures.describe(e)));
      return Optional.empty();
    }
  }

  private static List<String> apprenticeshipFields(ApprenticeshipRecord r) {
    List<String> fields = new ArrayList<>();
    addIf(fields, r.startDate(), "startDate");
    addIf(fields, r.plannedEndDate(), "plannedEndDate");
    addIf(fields, r.plannedDurationMonths(), "plannedDurationMonths");
    addIf(fields, r.standard(), "standard");
    addIf(fields, r.trainingPrice(), "trainingPrice");
    addIf(fields, r.assessmentPrice(), "assessmentPrice");
    addIf(fields, r.priorLearningPercentage(), "priorLearningPercentage");
    addIf(fields, r.progress(), "progress");
    addIf(fields, r.englishAndMathsAims(), "englishAndMathsAims");
    return fields;
  }

  private static void addIf(List<String> fields, @Nullable Object value, String name) {
    if (value != null && !(value instanceof JsonValue node && node.isNull())) {
      fields.add(name);
    }
  }

  private List<EnglishAndMathsAim> aims(@Nullable List<ApprenticeshipRecord.@Nullable AimItem> items) {
    List<EnglishAndMathsAim> aims = new ArrayList<>();
    List<ApprenticeshipRecord.@Nullable AimItem> all = items == null ? List.of() : items;
    for (int i = 0; i < all.size(); i++) {
      String path = "englishAndMathsAims[" + i + "]";
      ApprenticeshipRecord.AimItem item = all.get(i);
      if (item == null) {
        issues.add(Issue.error(ReadCodes.JSON_FIELD_MISSING, path + " is null").at(path));
        continue;
      }
      EnglishAndMathsAim.Builder b = EnglishAndMathsAim.builder();
      Optional<EnglishAndMathsQualification> qualification = required(item.qualification(), path + ".qualification")
          .flatMap(q -> {
            Optional<EnglishAndMathsQualification> found = EnglishAndMathsQualification.findByQualifier(q.strip());
            if (found.isEmpty()) {
              issues.add(Issue.error(ReadCodes.JSON_RECORD_INVALID, path + ".qualification must be one of "
                  + Arrays.stream(EnglishAndMathsQualification.values()).map(EnglishAndMathsQualification::qualifier)
                      .collect(Collectors.joining(", "))).at(path + ".qualification").rejecting(q));
            }
            return found;
          });
      qualification.ifPresent(b::qualification);
      Optional<LocalDate> start = required(item.startDate(), path + ".startDate")
          .flatMap(d -> date(d, path + ".startDate"));
      start.ifPresent(b::startDate);
      date(item.plannedEndDate(), path + ".plannedEndDate").ifPresent(b::plannedEndDate);
      whole(item.plannedDurationMonths(), path + ".plannedDurationMonths").ifPresent(b::plannedDurationMonths);
      date(item.withdrawalDate(), path + ".withdrawalDate").ifPresent(b::withdrawalDate);
      if (qualification.isPresent() && start.isPresent()) {
        aims.add(b.build());
      }
    }
    return aims;
  }

  private Optional<StandardFunding> standard(ApprenticeshipRecord.StandardItem s, Optional<LocalDate> start) {
    StandardFunding.Builder b = StandardFunding.builder();
    Optional<StandardReference> reference = required(s.reference(), "standard.reference").flatMap(text -> {
      try {
        return Optional.of(StandardReference.parse(text));
      } catch (InvalidValueException e) {
        issues.add(e.issue().at("standard.reference"));
        return Optional.empty();
      }
    });
    reference.ifPresent(b::reference);
    if (s.level() == null && s.typicalDurationMonths() == null && reference.isPresent()) {
      if (start.isEmpty()) {
        return Optional.empty(); // the start date, which picks the version, is already reported
      }
      Optional<Standard> version = fromCatalogue(reference.get(), start.get());
      if (version.isEmpty()) {
        return Optional.empty();
      }
      b.level(version.get().level()).typicalDurationMonths(version.get().typicalDurationMonths());
    } else {
      required(s.level(), "standard.level").ifPresent(n -> whole(n, "standard.level").ifPresent(b::level));
      required(s.typicalDurationMonths(), "standard.typicalDurationMonths").ifPresent(n -> whole(n,
          "standard.typicalDurationMonths").ifPresent(b::typicalDurationMonths));
    }
    if (s.foundation() != null) {
      b.foundation(s.foundation());
    }
    List<ApprenticeshipRecord.@Nullable CapItem> caps = s.caps() == null ? List.of() : s.caps();
    for (int i = 0; i < caps.size(); i++) {
      String path = "standard.caps[" + i + "]";
      ApprenticeshipRecord.CapItem cap = caps.get(i);
      if (cap == null) {
        issues.add(Issue.error(ReadCodes.JSON_FIELD_MISSING, path + " is null").at(path));
        continue;
      }
      Optional<BigDecimal> amount = required(cap.amount(), path + ".amount").flatMap(n -> decimal(n, path + ".amount"));
      Optional<LocalDate> from = required(cap.from(), path + ".from").flatMap(d -> date(d, path + ".from"));
      Optional<LocalDate> to = date(cap.to(), path + ".to");
      if (amount.isEmpty() || from.isEmpty() || reference.isEmpty() || (cap.to() != null && to.isEmpty())) {
        continue;
      }
      try {
        b.addCap(FundingRule.builder().key(RuleKey.FUNDING_CAP).qualifier(reference.get().toString())
            .effectiveFrom(from.get()).effectiveTo(to).value(amount.get().toPlainString()).basis(RuleBasis.OFFICIAL)
            .source(cap.source() == null || cap.source().isBlank() ? "input" : cap.source()).build());
      } catch (InvalidValueException e) {
        issues.add(e.issue().at(path));
      }
    }
    return hasErrors() ? Optional.empty() : Optional.of(b.build());
  }

  /**
   * The version of {@code reference} new apprentices start on on {@code start}, for a standard given by reference
   * only; empty with an error at {@code standard} when there is no catalogue or no such version.
   */
  private Optional<Standard> fromCatalogue(StandardReference reference, LocalDate start) {
    if (standards.isEmpty()) {
      issues.add(Issue.error(ReadCodes.JSON_STANDARD_NO_CATALOGUE, "standard " + reference + " is given by reference "
          + "only: give standard.level and standard.typicalDurationMonths, or read with a standards catalogue")
          .at("standard").rejecting(reference.toString()));
      return Optional.empty();
    }
    Optional<Standard> version = standards.get().versionForStartOn(reference, start);
    if (version.isEmpty()) {
      issues.add(Issue.error(ReadCodes.JSON_STANDARD_UNKNOWN, "the standards catalogue has no approved version of "
          + reference + " for a start on " + start + "; give standard.level and standard.typicalDurationMonths")
          .at("standard.reference").rejecting(reference.toString()));
    }
    return version;
  }

  private Optional<Employer> employer(ApprenticeshipRecord.EmployerItem e, String path) {
    Employer.Builder b = Employer.builder();
    Optional<Boolean> levyPayer = required(e.levyPayer(), path + ".levyPayer");
    levyPayer.ifPresent(b::levyPayer);
    whole(e.headcount(), path + ".headcount").ifPresent(b::headcount);
    decimal(e.levyFundsAvailable(), path + ".levyFundsAvailable").ifPresent(b::levyFundsAvailable);
    return levyPayer.isEmpty() || hasErrors() ? Optional.empty() : Optional.of(b.build());
  }

  private Optional<Apprentice> apprentice(ApprenticeshipRecord.ApprenticeItem a) {
    Optional<LocalDate> born = required(a.dateOfBirth(), "apprentice.dateOfBirth")
        .flatMap(d -> date(d, "apprentice.dateOfBirth"));
    return born.map(d -> Apprentice.builder().dateOfBirth(d)
        .hasEhcPlan(Boolean.TRUE.equals(a.hasEhcPlan()))
        .careLeaver(Boolean.TRUE.equals(a.careLeaver()))
        .consentsToTellEmployer(Boolean.TRUE.equals(a.consentsToTellEmployer()))
        .custodialSentence(Boolean.TRUE.equals(a.custodialSentence()))
        .build());
  }

  private Progress progress(ApprenticeshipRecord.ProgressItem p) {
    Progress.Builder b = Progress.builder();
    date(p.completionDate(), "progress.completionDate").ifPresent(b::completionDate);
    date(p.withdrawalDate(), "progress.withdrawalDate").ifPresent(b::withdrawalDate);
    date(p.progressionDate(), "progress.progressionDate").ifPresent(b::progressionDate);
    List<ApprenticeshipRecord.@Nullable BreakItem> breaks = p.breaks() == null ? List.of() : p.breaks();
    for (int i = 0; i < breaks.size(); i++) {
      String path = "progress.breaks[" + i + "]";
      ApprenticeshipRecord.BreakItem item = breaks.get(i);
      if (item == null) {
        issues.add(Issue.error(ReadCodes.JSON_FIELD_MISSING, path + " is null").at(path));
        continue;
      }
      Optional<LocalDate> last = required(item.lastDayInLearning(), path + ".lastDayInLearning")
          .flatMap(d -> date(d, path + ".lastDayInLearning"));
      Optional<LocalDate> back = required(item.returnDate(), path + ".returnDate")
          .flatMap(d -> date(d, path + ".returnDate"));
      Optional<LocalDate> newEnd = date(item.newPlannedEndDate(), path + ".newPlannedEndDate");
      if (last.isPresent() && back.isPresent()) {
        b.addBreak(new BreakInLearning(last.get(), back.get(), newEnd));
      }
    }
    List<ApprenticeshipRecord.@Nullable PriceChangeItem> prices = p.priceChanges() == null ? List.of()
        : p.priceChanges();
    for (int i = 0; i < prices.size(); i++) {
      String path = "progress.priceChanges[" + i + "]";
      ApprenticeshipRecord.PriceChangeItem item = prices.get(i);
      if (item == null) {
        issues.add(Issue.error(ReadCodes.JSON_FIELD_MISSING, path + " is null").at(path));
        continue;
      }
      Optional<LocalDate> from = required(item.effectiveFrom(), path + ".effectiveFrom")
          .flatMap(d -> date(d, path + ".effectiveFrom"));
      Optional<BigDecimal> training = required(item.trainingPrice(), path + ".trainingPrice")
          .flatMap(n -> decimal(n, path + ".trainingPrice"));
      Optional<BigDecimal> assessment = required(item.assessmentPrice(), path + ".assessmentPrice")
          .flatMap(n -> decimal(n, path + ".assessmentPrice"));
      if (from.isPresent() && training.isPresent() && assessment.isPresent()) {
        b.addPriceChange(new PriceChange(from.get(), training.get(), assessment.get()));
      }
    }
    List<ApprenticeshipRecord.@Nullable EmployerChangeItem> employers = p.employerChanges() == null ? List.of()
        : p.employerChanges();
    for (int i = 0; i < employers.size(); i++) {
      String path = "progress.employerChanges[" + i + "]";
      ApprenticeshipRecord.EmployerChangeItem item = employers.get(i);
      if (item == null) {
        issues.add(Issue.error(ReadCodes.JSON_FIELD_MISSING, path + " is null").at(path));
        continue;
      }
      Optional<LocalDate> from = required(item.effectiveFrom(), path + ".effectiveFrom")
          .flatMap(d -> date(d, path + ".effectiveFrom"));
      Optional<Employer> employer = required(item.employer(), path + ".employer")
          .flatMap(e -> employer(e, path + ".employer"));
      if (from.isPresent() && employer.isPresent()) {
        b.addEmployerChange(new EmployerChange(from.get(), employer.get()));
      }
    }
    return hasErrors() ? Progress.asPlanned() : b.build();
  }

  private <V> Optional<V> required(@Nullable V value, String path) {
    if (value == null || (value instanceof JsonValue node && node.isNull())) {
      issues.add(Issue.error(ReadCodes.JSON_FIELD_MISSING, path + " is required").at(path));
      return Optional.empty();
    }
    return Optional.of(value);
  }

  private Optional<LocalDate> date(@Nullable String text, String path) {
    if (text == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(text.strip()));
    } catch (DateTimeParseException e) {
      issues.add(Issue.error(ReadCodes.JSON_DATE_FORMAT, path + " must be a date written yyyy-MM-dd").at(path)
          .rejecting(text));
      return Optional.empty();
    }
  }

  private OptionalInt whole(@Nullable JsonValue node, String path) {
    if (node == null || node.isNull()) {
      return OptionalInt.empty();
    }
    if (node.isIntegralNumber() && node.canConvertToInt()) {
      return OptionalInt.of((int) node.longValue());
    }
    if (node.isString() && node.stringValue().strip().matches("-?\\d{1,9}")) {
      return OptionalInt.of(Integer.parseInt(node.stringValue().strip()));
    }
    issues.add(Issue.error(ReadCodes.JSON_NUMBER_FORMAT, path + " must be a whole number").at(path)
        .rejecting(node.toString()));
    return OptionalInt.empty();
  }

  private Optional<BigDecimal> decimal(@Nullable JsonValue node, String path) {
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    try {
      BigDecimal value;
      if (node.isNumber()) {
        value = node.decimalValue();
      } else if (node.isString()) {
        value = new BigDecimal(node.stringValue().strip());
      } else {
        throw new NumberFormatException("not a number");
      }
      if (value.precision() - value.scale() > MAX_INTEGER_DIGITS || value.scale() > MAX_DECIMALS) {
        throw new NumberFormatException("out of range");
      }
      return Optional.of(value);
    } catch (NumberFormatException | ArithmeticException e) {
      issues.add(Issue.error(ReadCodes.JSON_NUMBER_FORMAT, path + " must be a decimal number (pounds or a "
          + "percentage) with at most " + MAX_INTEGER_DIGITS + " digits before the point and " + MAX_DECIMALS
          + " after").at(path).rejecting(node.toString()));
      return Optional.empty();
    }
  }

  private boolean hasErrors() {
    return !issues.isEmpty();
  }
}
