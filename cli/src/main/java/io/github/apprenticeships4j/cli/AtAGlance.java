package io.github.apprenticeships4j.cli;

import io.github.apprenticeships4j.core.funding.AgeRange;
import io.github.apprenticeships4j.core.funding.Apprentice;
import io.github.apprenticeships4j.core.funding.Apprenticeship;
import io.github.apprenticeships4j.core.funding.Employer;
import io.github.apprenticeships4j.core.funding.FundingBreakdown;
import io.github.apprenticeships4j.core.funding.FundingCalculator;
import io.github.apprenticeships4j.core.funding.FundingResult;
import io.github.apprenticeships4j.core.funding.FundingRule;
import io.github.apprenticeships4j.core.funding.FundingSplit;
import io.github.apprenticeships4j.core.funding.RuleKey;
import io.github.apprenticeships4j.core.funding.StandardFunding;
import io.github.apprenticeships4j.core.standard.ApprenticeshipLevel;
import io.github.apprenticeships4j.core.standard.RelatedStandard;
import io.github.apprenticeships4j.core.standard.Standard;
import io.github.apprenticeships4j.core.standard.StandardCatalogue;
import io.github.apprenticeships4j.core.validation.Issue;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The "at a glance" facts of a standard, as Find Apprenticeship Training shows them: level and its equivalent
 * education level, typical duration, minimum off-the-job hours, end-point assessment period, maximum funding, how a
 * start on the day is funded (worked out by the funding calculator, for a levy payer and a non-levy employer, an
 * apprentice of the oldest age the rules fully fund and one a year older), and the top related standards.
 */
final class AtAGlance {
  /** How many related standards the block names. */
  static final int RELATED = 3;

  private AtAGlance() {}

  /** Prints the block of {@code standard}, with funding for a start on {@code today}, related in {@code catalogue}. */
  static void print(Standard standard, StandardCatalogue catalogue, LocalDate today, PrintWriter out) {
    out.println("At a glance");
    out.println("  Level: " + standard.apprenticeshipLevel().map(AtAGlance::level)
        .orElse(standard.level() + " (not an apprenticeship level)"));
    out.println("  Typical duration: " + (standard.typicalDurationMonths() > 0
        ? standard.typicalDurationMonths() + " months" : "not given"));
    out.println("  Off-the-job training: " + (standard.minimumOffTheJobHours().isPresent()
        ? "at least " + standard.minimumOffTheJobHours().getAsInt() + " hours" : "not given"));
    out.println("  End-point assessment: " + (standard.endPointAssessmentMonths().isPresent()
        ? standard.endPointAssessmentMonths().getAsInt() + " months" : "not given"));
    out.println("  Maximum funding: " + (standard.maxFunding().signum() > 0 ? pounds(standard.maxFunding())
        : "not given"));
    funding(standard, catalogue, today).forEach(out::println);
    List<RelatedStandard> related = catalogue.related(standard);
    out.println("  Related standards: " + (related.isEmpty() ? "none in the input"
        : "the top " + Math.min(RELATED, related.size()) + " of " + related.size()
            + " (a4j standards related lists them)"));
    related.stream().limit(RELATED).forEach(r -> out.println("    " + r.standard().reference() + " "
        + r.standard().title() + ", level " + r.standard().level() + ": " + r.describeReasons()));
  }

  /** For example {@code 6 (Degree), equivalent to Bachelor's degree}. */
  private static String level(ApprenticeshipLevel level) {
    return level.number() + " (" + level.displayName() + "), equivalent to " + level.equivalentEducationLevel();
  }

  /** The funding lines: one per kind of employer and age, or why there are none. */
  static List<String> funding(Standard standard, StandardCatalogue catalogue, LocalDate today) {
    if (standard.maxFunding().signum() <= 0) {
      return List.of("  Funding: no maximum funding set, so none can be worked out");
    }
    FundingCalculator calculator = FundingCalculator.withDefaultRules().withStandards(catalogue);
    Optional<AgeRange> young = calculator.rules().find(RuleKey.FULL_FUNDING_AGE, today).map(FundingRule::ageRange);
    if (young.isEmpty()) {
      return List.of("  Funding: the rules fully fund no age on " + today + ", so none can be worked out");
    }
    int youngAge = young.get().to();
    int olderAge = youngAge + 1;
    List<String> lines = new ArrayList<>();
    lines.add("  Funding of a start on " + today + " at the maximum price, " + standard.typicalDurationMonths()
        + " months (funding calculator, rules in force that day):");
    Employer levyPayer = Employer.levyPayer(standard.maxFunding());
    lines.add(line(calculator, standard, today, levyPayer, olderAge, "levy payer with funds"));
    lines.add(line(calculator, standard, today, Employer.levyPayer(BigDecimal.ZERO), olderAge,
        "levy payer, funds spent"));
    lines.add(line(calculator, standard, today, levyPayer, youngAge, "levy payer"));
    lines.add(line(calculator, standard, today, Employer.nonLevy(), olderAge, "non-levy employer"));
    lines.add(line(calculator, standard, today, Employer.nonLevy(), youngAge, "non-levy employer"));
    return lines;
  }

  private static String line(FundingCalculator calculator, Standard standard, LocalDate today, Employer employer,
      int age, String who) {
    Apprenticeship apprenticeship = Apprenticeship.builder().startDate(today)
        .plannedDurationMonths(standard.typicalDurationMonths())
        .standard(StandardFunding.builder().reference(standard.reference()).level(standard.level())
            .typicalDurationMonths(standard.typicalDurationMonths()).build())
        .trainingPrice(standard.maxFunding()).assessmentPrice(BigDecimal.ZERO)
        .employer(employer).apprentice(Apprentice.bornOn(today.minusYears(age)))
        .build();
    String label = "    " + who + ", apprentice aged " + age + ": ";
    FundingResult result = calculator.calculate(apprenticeship);
    if (result.breakdown().isEmpty()) {
      return label + "not funded: " + result.report().issues().stream().map(Issue::message)
          .collect(Collectors.joining("; "));
    }
    FundingBreakdown breakdown = result.breakdown().get();
    FundingSplit split = breakdown.split();
    List<String> parts = new ArrayList<>();
    BigDecimal total = split.total();
    if (split.levy().signum() > 0) {
      parts.add("levy funds " + pounds(split.levy()) + share(split.levy(), total));
    }
    if (split.government().signum() > 0) {
      parts.add("government " + pounds(split.government()) + share(split.government(), total));
    }
    if (split.employer().signum() > 0) {
      parts.add("employer " + pounds(split.employer()) + share(split.employer(), total));
    }
    String fully = breakdown.fullFunding().value().isFullyFunded() ? ", fully funded" : "";
    return label + (parts.isEmpty() ? "nothing to pay" : String.join(", ", parts)) + fully;
  }

  /** For example {@code  (95%)}. */
  private static String share(BigDecimal part, BigDecimal total) {
    BigDecimal percent = part.multiply(BigDecimal.valueOf(100)).divide(total, 1, RoundingMode.HALF_EVEN)
        .stripTrailingZeros();
    return " (" + percent.toPlainString() + "%)";
  }

  /** For example {@code £22,000} or {@code £20,900.50}. */
  static String pounds(BigDecimal amount) {
    DecimalFormat format = new DecimalFormat(amount.stripTrailingZeros().scale() > 0 ? "#,##0.00" : "#,##0",
        DecimalFormatSymbols.getInstance(Locale.ROOT));
    return "£" + format.format(amount);
  }
}
