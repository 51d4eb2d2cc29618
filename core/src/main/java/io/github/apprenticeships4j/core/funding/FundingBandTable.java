package io.github.apprenticeships4j.core.funding;

import io.github.apprenticeships4j.core.standard.StandardCatalogue;
import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.core.validation.ValidationReport;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The history of the apprenticeship funding bands (e.g. read by {@code FundingBandsCsv} of the formats module), with
 * the band of a standard version's cap and the cross-checks of the bands against a standards catalogue and against
 * a rule catalogue's {@link RuleKey#FUNDING_BAND_MAXIMUM} lines. Immutable and thread-safe.
 *
 * <pre>{@code
 * FundingBandTable bands = FundingBandTable.of(readBands);
 * CapHistory caps = CapHistory.of(catalogue, StandardReference.parse("ST0116"));
 * caps.versions().forEach(v -> System.out.println(v + " " + bands.bandOf(v).map(FundingBand::number)));
 * bands.check(catalogue).issues().forEach(System.out::println);      // funding.band.cap-unmatched
 * bands.check(FundingRules.defaults()).issues().forEach(System.out::println);   // funding.band.rule-mismatch
 * }</pre>
 */
public final class FundingBandTable {
  private final List<FundingBand> bands;

  private FundingBandTable(List<FundingBand> bands) {
    this.bands = List.copyOf(bands);
  }

  /** A table of {@code bands}, kept in the order given. */
  public static FundingBandTable of(Collection<FundingBand> bands) {
    return new FundingBandTable(new ArrayList<>(bands));
  }

  /** The bands in the order given. */
  public List<FundingBand> bands() {
    return bands;
  }

  /** The bands that apply to a start on {@code date}, in the order given. */
  public List<FundingBand> inForceOn(LocalDate date) {
    return bands.stream().filter(b -> b.isInForceOn(date)).collect(Collectors.toUnmodifiableList());
  }

  /** The band in force on {@code date} whose maximum is {@code maximum}, if there is one (the first if several). */
  public Optional<FundingBand> withMaximum(BigDecimal maximum, LocalDate date) {
    return bands.stream().filter(b -> b.isInForceOn(date) && b.maximum().compareTo(maximum) == 0).findFirst();
  }

  /**
   * The band of a version's cap: the band in force on the version's earliest start date whose maximum equals its
   * maximum funding; empty when it has no cap or no band matches.
   */
  public Optional<FundingBand> bandOf(VersionCap cap) {
    return cap.hasCap() ? withMaximum(cap.maxFunding(), cap.from()) : Optional.empty();
  }

  /**
   * Where {@code catalogue} and the bands disagree: a warning {@code funding.band.cap-unmatched} for every approved
   * version with a cap (in {@link CapHistory} order) that is no band's maximum on its earliest start date, about the
   * version (e.g. {@code ST0116_1.2}).
   */
  public ValidationReport check(StandardCatalogue catalogue) {
    List<Issue> issues = new ArrayList<>();
    for (var reference : catalogue.references()) {
      for (VersionCap cap : CapHistory.of(catalogue, reference).versions()) {
        if (cap.hasCap() && bandOf(cap).isEmpty()) {
          issues.add(Issue.warning(FundingCodes.BAND_CAP_UNMATCHED, "the maximum funding of " + reference + " v"
              + cap.version() + " is not the maximum of a band in force on its earliest start date " + cap.from())
              .about(reference + "_" + cap.version()).at("maxFunding").rejecting(cap.maxFunding().toPlainString()));
        }
      }
    }
    return ValidationReport.of(issues);
  }

  /**
   * Where the bands and the {@link RuleKey#FUNDING_BAND_MAXIMUM} lines of {@code rules} disagree: a warning
   * {@code funding.band.rule-mismatch} for every rule whose band number has no band, or another maximum, on the
   * rule's first day, and for every band whose number has no rule, or another maximum, on the band's first day (its
   * last day when it has no first) while the rules have band maxima in force.
   */
  public ValidationReport check(FundingRules rules) {
    List<Issue> issues = new ArrayList<>();
    List<FundingRule> maxima = rules.rules().stream().filter(r -> r.key() == RuleKey.FUNDING_BAND_MAXIMUM)
        .collect(Collectors.toList());
    for (FundingRule rule : maxima) {
      LocalDate day = rule.effectiveFrom();
      Optional<FundingBand> band = inForceOn(day).stream().filter(b -> rule.qualifier().equals(
          String.valueOf(b.number()))).findFirst();
      if (band.isEmpty() || band.get().maximum().compareTo(rule.decimalValue()) != 0) {
        issues.add(mismatch("the rule catalogue gives band " + rule.qualifier() + " a maximum of "
            + rule.decimalValue().toPlainString() + " on " + day + "; the band table gives "
            + band.map(b -> b.maximum().toPlainString() + " (" + b.structure() + ")").orElse("no such band"),
            rule.value()));
      }
    }
    for (FundingBand band : bands) {
      Optional<LocalDate> firstOrLast = band.from().or(band::to);
      if (firstOrLast.isEmpty()) {
        continue;
      }
      LocalDate day = firstOrLast.get();
      List<FundingRule> inForce = maxima.stream().filter(r -> r.isInForceOn(day)).collect(Collectors.toList());
      if (inForce.isEmpty()) {
        continue;
      }
      Optional<FundingRule> rule = inForce.stream().filter(r -> r.qualifier().equals(String.valueOf(band.number())))
          .findFirst();
      if (rule.isEmpty() || rule.get().decimalValue().compareTo(band.maximum()) != 0) {
        issues.add(mismatch("the band table gives " + band.structure() + " band " + band.number() + " a maximum of "
            + band.maximum().toPlainString() + " on " + day + "; the rule catalogue gives " + rule.map(r -> r
                .decimalValue().toPlainString()).orElse("no such band"), band.maximum().toPlainString()));
      }
    }
    return ValidationReport.of(issues);
  }

  private static Issue mismatch(String message, String value) {
    return Issue.warning(FundingCodes.BAND_RULE_MISMATCH, message).rejecting(value);
  }

  @Override
  public String toString() {
    return "FundingBandTable[" + bands.size() + " bands]";
  }
}
