package io.github.apprenticeships4j.core.standard;

import static io.github.apprenticeships4j.core.standard.StandardCodes.*;

import io.github.apprenticeships4j.core.validation.internal.ConstraintBridge;
import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.core.validation.Severity;
import io.github.apprenticeships4j.core.validation.ValidationReport;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The structural rules of published standards, for one version or for a whole catalogue. Returns findings, whose
 * codes are those of {@link StandardCodes}; never throws for bad data.
 *
 * <p>The rules of one version: the constraints of {@link Standard} and {@link Ksb} (level, duration, funding, KSB
 * text and number), then title, status, version number, first version, funding and duration once approved, route,
 * start dates, KSB ids, the KSBs and options each duty maps to, the published off-the-job hours against the policy
 * figures in force (a floor and a plausible bound, kept as dated data) and the EPA period of an approved version. The rules of a catalogue: a version held twice,
 * and for each chain of versions one approved version, no version gap and contiguous start dates; across standards,
 * a LARS code carried by two. Rules that DfE's import validators also apply (SkillsFundingAgency/das-courses-api,
 * {@code src/SFA.DAS.Courses.Application/CoursesImport/Validators}) name DfE's rule in {@link StandardCodes}.
 *
 * <p>Findings about one version have that version's {@link Standard#key()} as subject; findings about a chain of
 * versions have the reference.
 */
public final class StandardValidator {
  private static final StandardVersion FIRST = StandardVersion.of(1, 0);

  private StandardValidator() {}

  /** The findings about one version of a standard. */
  public static ValidationReport validate(Standard standard) {
    List<Issue> issues = new ArrayList<>(ConstraintBridge.validate(standard));
    checkIdentity(standard, issues);
    checkValues(standard, issues);
    checkOffTheJobHours(standard, issues);
    checkDuties(standard, issues);
    String subject = standard.key();
    return ValidationReport.of(issues.stream().map(i -> i.about(subject)).collect(Collectors.toList()));
  }

  /** The findings about every version of a catalogue, then about each chain of versions and across standards. */
  public static ValidationReport validate(StandardCatalogue catalogue) {
    List<Issue> issues = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Standard standard : catalogue.standards()) {
      issues.addAll(validate(standard).issues());
      if (!seen.add(standard.key())) {
        issues.add(Issue.error(VERSION_DUPLICATE, "the catalogue holds version " + standard.version() + " of "
            + standard.reference() + " more than once").about(standard.key()));
      }
    }
    for (StandardReference reference : catalogue.references()) {
      checkChain(catalogue.versions(reference), issues);
    }
    checkLarsCodes(catalogue, issues);
    return ValidationReport.of(issues);
  }

  private static void checkIdentity(Standard standard, List<Issue> issues) {
    if (standard.title().isEmpty() || Character.isWhitespace(standard.title().charAt(0))) {
      issues.add(Issue.error(TITLE_FORMAT, "title must not be empty or start with a space").at("title")
          .rejecting(standard.title()));
    }
    if (!standard.status().isKnown()) {
      issues.add(Issue.error(STATUS_UNKNOWN, "status must be one of " + StandardStatus.known()).at("status")
          .rejecting(standard.status().label()));
    }
    boolean approvedOrRetired = standard.status().equals(StandardStatus.APPROVED_FOR_DELIVERY)
        || standard.status().equals(StandardStatus.RETIRED);
    standard.versionNumber().filter(n -> approvedOrRetired && !n.strip().equals(standard.version().toString()))
        .ifPresent(n -> issues.add(Issue.error(VERSION_NUMBER_MISMATCH,
            "versionNumber must equal version " + standard.version() + " once approved").at("versionNumber")
            .rejecting(n)));
    if (standard.version().equals(FIRST) && !standard.status().wasApproved()) {
      issues.add(Issue.warning(FIRST_VERSION_NOT_APPROVED,
          "version 1.0 is expected to be approved, retired or withdrawn")
          .at("status").rejecting(standard.status().label()));
    }
  }

  private static void checkValues(Standard standard, List<Issue> issues) {
    boolean approved = standard.status().equals(StandardStatus.APPROVED_FOR_DELIVERY);
    if (approved && standard.maxFunding().signum() == 0) {
      issues.add(Issue.error(FUNDING_MISSING, "a standard approved for delivery must have a maximum funding")
          .at("maxFunding").rejecting(BigDecimal.ZERO.toPlainString()));
    }
    if (approved && standard.typicalDurationMonths() == 0) {
      issues.add(Issue.error(DURATION_MISSING, "a standard approved for delivery must have a typical duration")
          .at("typicalDurationMonths").rejecting("0"));
    }
    if (standard.route().isBlank()) {
      issues.add(Issue.error(ROUTE_MISSING, "route must not be empty").at("route"));
    }
    Optional<LocalDate> first = standard.earliestStartDate();
    Optional<LocalDate> last = standard.latestStartDate();
    if (first.isPresent() && last.isPresent() && last.get().isBefore(first.get())) {
      issues.add(Issue.error(START_DATES_ORDER, "latest start date " + last.get()
          + " is before earliest start date " + first.get()).at("latestStartDate"));
    }
  }

  /**
   * The published off-the-job hours against the floor in force on the last day the version takes starts (the floor
   * binds starts, whenever the version was approved), the plausible bound in force on its approval date (else its
   * earliest start date), and the EPA period of an approved standard. A version with neither date was never open to
   * starts and is not judged. The 6 hours a week of 2022 to 2025 is not a rule for a standard's published figure and
   * is not applied.
   */
  private static void checkOffTheJobHours(Standard standard, List<Issue> issues) {
    if (standard.status().equals(StandardStatus.APPROVED_FOR_DELIVERY)
        && standard.endPointAssessmentMonths().isEmpty()) {
      issues.add(Issue.of(Severity.INFO, EPA_PERIOD_MISSING,
          "a standard approved for delivery is expected to give its end-point assessment period")
          .at("endPointAssessmentMonths"));
    }
    Optional<LocalDate> judged = standard.approvedForDeliveryDate().or(standard::earliestStartDate);
    if (standard.minimumOffTheJobHours().isEmpty() || judged.isEmpty()) {
      return;
    }
    int hours = standard.minimumOffTheJobHours().getAsInt();
    StandardRules rules = StandardRules.defaults();
    Optional<LocalDate> lastStart = standard.latestStartDate();
    rules.on(StandardRules.OFF_THE_JOB_MINIMUM_HOURS, lastStart.orElse(LocalDate.MAX)).ifPresent(floor -> {
      if (hours < floor) {
        issues.add(Issue.warning(OFF_THE_JOB_HOURS_BELOW_MINIMUM, "minimum off-the-job hours " + hours
            + " are below the " + floor + " the funding rules require of the starts this version takes ("
            + lastStart.map(d -> "up to " + d).orElse("no latest start date") + ")")
            .at("minimumOffTheJobHours").rejecting(Integer.toString(hours)));
      }
    });
    int months = standard.typicalDurationMonths();
    rules.on(StandardRules.OFF_THE_JOB_MAXIMUM_WEEKLY_HOURS, judged.get()).ifPresent(weekly -> {
      // weekly hours x 52 weeks / 12 months x months, compared without rounding
      if (months > 0 && (long) hours * 12 > (long) weekly * 52 * months) {
        issues.add(Issue.warning(OFF_THE_JOB_HOURS_IMPLAUSIBLE, "minimum off-the-job hours " + hours
            + " exceed every hour of a " + weekly + "-hour week over " + months + " months ("
            + (long) weekly * 52 * months / 12 + " hours)").at("minimumOffTheJobHours")
            .rejecting(Integer.toString(hours)));
      }
    });
  }

  private static void checkDuties(Standard standard, List<Issue> issues) {
    Set<String> ksbIds = new HashSet<>();
    List<Ksb> ksbs = standard.ksbs();
    for (int i = 0; i < ksbs.size(); i++) {
      if (!ksbIds.add(ksbs.get(i).id())) {
        issues.add(Issue.error(KSB_DUPLICATE_ID, ksbs.get(i).code() + " has the id of another KSB")
            .at("ksbs[" + i + "].id").rejecting(ksbs.get(i).id()));
      }
    }
    Set<String> optionIds = standard.options().stream().map(StandardOption::id).collect(Collectors.toSet());
    List<Duty> duties = standard.duties();
    for (int d = 0; d < duties.size(); d++) {
      List<String> mapped = duties.get(d).ksbIds();
      for (int k = 0; k < mapped.size(); k++) {
        if (!ksbIds.contains(mapped.get(k))) {
          issues.add(Issue.error(DUTY_KSB_UNRESOLVED, "duty " + (d + 1) + " maps to a KSB the standard does not have")
              .at("duties[" + d + "].ksbIds[" + k + "]").rejecting(mapped.get(k)));
        }
      }
      List<String> options = duties.get(d).optionIds();
      for (int o = 0; o < options.size(); o++) {
        if (!optionIds.contains(options.get(o))) {
          issues.add(Issue.error(DUTY_OPTION_UNRESOLVED, "duty " + (d + 1)
              + " maps to an option the standard does not have").at("duties[" + d + "].optionIds[" + o + "]")
              .rejecting(options.get(o)));
        }
      }
    }
  }

  private static void checkChain(List<Standard> chain, List<Issue> issues) {
    String reference = chain.get(0).reference().value();
    List<String> approved = chain.stream().filter(s -> s.status().equals(StandardStatus.APPROVED_FOR_DELIVERY))
        .map(s -> s.version().toString()).collect(Collectors.toList());
    if (approved.size() > 1) {
      issues.add(Issue.error(APPROVED_VERSION_NOT_UNIQUE, "more than one version is approved for delivery: " + approved)
          .about(reference));
    }
    for (int i = 1; i < chain.size(); i++) {
      Standard previous = chain.get(i - 1);
      Standard next = chain.get(i);
      if (!next.version().follows(previous.version())) {
        issues.add(Issue.error(VERSION_GAP, "version " + next.version() + " does not follow version "
            + previous.version() + " without a gap").about(reference));
      }
      if (previous.latestStartDate().isPresent() && next.earliestStartDate().isPresent()
          && !previous.latestStartDate().get().plusDays(1).equals(next.earliestStartDate().get())) {
        issues.add(Issue.error(START_DATES_NOT_CONTIGUOUS, "version " + next.version() + " starts on "
            + next.earliestStartDate().get() + ", not the day after version " + previous.version()
            + " closes to starts (" + previous.latestStartDate().get() + ")").about(reference));
      }
    }
  }

  private static void checkLarsCodes(StandardCatalogue catalogue, List<Issue> issues) {
    Map<LarsCode, Set<StandardReference>> owners = new HashMap<>();
    catalogue.stream().forEach(s -> s.larsCode().ifPresent(
        code -> owners.computeIfAbsent(code, c -> new TreeSet<>()).add(s.reference())));
    new TreeMap<>(owners).forEach((code, references) -> {
      if (references.size() > 1) {
        references.forEach(reference -> issues.add(Issue.of(Severity.ERROR, LARS_CODE_DUPLICATE,
            "LARS code " + code + " is used by " + references).at("larsCode").about(reference.value())));
      }
    });
  }
}
