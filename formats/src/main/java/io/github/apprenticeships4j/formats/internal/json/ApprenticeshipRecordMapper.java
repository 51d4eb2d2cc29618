package io.github.apprenticeships4j.formats.internal.json;

import io.github.apprenticeships4j.core.funding.Apprentice;
import io.github.apprenticeships4j.core.funding.Apprenticeship;
import io.github.apprenticeships4j.core.funding.BreakInLearning;
import io.github.apprenticeships4j.core.funding.Employer;
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
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
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
    required(r.employer(), "employer").flatMap(this::employer).ifPresent(b::employer);
    required(r.apprentice(), "apprentice").flatMap(this::apprentice).ifPresent(b::apprentice);
    Progress progress = r.progress() == null ? Progress.asPlanned() : progress(r.progress());
    if (hasErrors()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new FundingInput(Optional.ofNullable(r.id()), b.build(), progress));
    } catch (IllegalArgumentException | IllegalStateException e) {
      issues.add(Issue.error(ReadCodes.JSON_RECORD_INVALID, Failures.describe(e)));
      return Optional.empty();
    }
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
    if (s.level() == null && s.typicalDurationMonths() == null && reference.isPresent() && start.isPresent()) {
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

  private Optional<Employer> employer(ApprenticeshipRecord.EmployerItem e) {
    Employer.Builder b = Employer.builder();
    Optional<Boolean> levyPayer = required(e.levyPayer(), "employer.levyPayer");
    levyPayer.ifPresent(b::levyPayer);
    whole(e.headcount(), "employer.headcount").ifPresent(b::headcount);
    decimal(e.levyFundsAvailable(), "employer.levyFundsAvailable").ifPresent(b::levyFundsAvailable);
    return levyPayer.isEmpty() || hasErrors() ? Optional.empty() : Optional.of(b.build());
  }

  private Optional<Apprentice> apprentice(ApprenticeshipRecord.ApprenticeItem a) {
    Optional<LocalDate> born = required(a.dateOfBirth(), "apprentice.dateOfBirth")
        .flatMap(d -> date(d, "apprentice.dateOfBirth"));
    return born.map(d -> Apprentice.builder().dateOfBirth(d)
        .hasEhcPlan(Boolean.TRUE.equals(a.hasEhcPlan()))
        .careLeaver(Boolean.TRUE.equals(a.careLeaver()))
        .consentsToTellEmployer(Boolean.TRUE.equals(a.consentsToTellEmployer()))
        .build());
  }

  private Progress progress(ApprenticeshipRecord.ProgressItem p) {
    Progress.Builder b = Progress.builder();
    date(p.completionDate(), "progress.completionDate").ifPresent(b::completionDate);
    date(p.withdrawalDate(), "progress.withdrawalDate").ifPresent(b::withdrawalDate);
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
