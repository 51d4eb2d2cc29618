package io.github.apprenticeships4j.core.funding;

import io.github.apprenticeships4j.core.standard.Standard;
import io.github.apprenticeships4j.core.standard.StandardCodes;
import io.github.apprenticeships4j.core.standard.StandardReference;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/**
 * What the funding rules need to know of a standard: its reference, level, typical duration, whether it is a
 * foundation apprenticeship, and its funding caps over time. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class StandardFunding implements WithStandardFunding {
  private static final LocalDate FIRST_START = LocalDate.of(2017, 5, 1);

  StandardFunding() {}

  /** A builder; without caps, the calculator takes the cap from its standards catalogue or its rules. */
  public static Builder builder() {
    return new Builder();
  }

  /** What {@link StandardFunding#builder()} gives: set each attribute once, then {@code build()}. */
  public static final class Builder extends ImmutableStandardFunding.Builder {
    Builder() {}
  }

  /**
   * The funding terms of one version of a standard as published: its maximum funding becomes a cap in force from its
   * earliest start date (1 May 2017 when it has none), and an {@code FA} reference makes it a foundation
   * apprenticeship. A maximum of 0 (not yet set) gives no cap.
   */
  public static StandardFunding of(Standard standard) {
    Builder builder = builder().reference(standard.reference()).level(standard.level())
        .typicalDurationMonths(standard.typicalDurationMonths())
        .foundation(standard.reference().isFoundationApprenticeship());
    if (standard.maxFunding().signum() > 0) {
      builder.addCap(FundingRule.builder().key(RuleKey.FUNDING_CAP).qualifier(standard.reference().toString())
          .effectiveFrom(standard.earliestStartDate().orElse(FIRST_START))
          .effectiveTo(standard.latestStartDate())
          .value(standard.maxFunding().toPlainString()).basis(RuleBasis.OFFICIAL)
          .source("Skills England standard " + standard.key() + " maximum funding").build());
    }
    return builder.build();
  }

  /** A standard with one cap of {@code cap} pounds in force from {@code from}, citing {@code source}. */
  public static StandardFunding of(StandardReference reference, int level, int typicalDurationMonths,
      BigDecimal cap, LocalDate from, String source) {
    return builder().reference(reference).level(level).typicalDurationMonths(typicalDurationMonths)
        .addCap(FundingRule.builder().key(RuleKey.FUNDING_CAP).qualifier(reference.toString()).effectiveFrom(from)
            .value(cap.toPlainString()).basis(RuleBasis.OFFICIAL).source(source).build())
        .build();
  }

  /** The standard's reference, e.g. {@code ST1398}, which per-standard rules are keyed by. */
  public abstract StandardReference reference();

  @Min(value = 2, message = "{io.github.apprenticeships4j." + StandardCodes.LEVEL_RANGE + "}")
  @Max(value = 7, message = "{io.github.apprenticeships4j." + StandardCodes.LEVEL_RANGE + "}")
  public abstract int level();

  /** Typical duration in months as published (short programmes earn their incentives earlier from August 2025). */
  @Min(value = 0, message = "{io.github.apprenticeships4j." + StandardCodes.DURATION_RANGE + "}")
  public abstract int typicalDurationMonths();

  /** Whether it is a foundation apprenticeship; unless set, whether its reference is an {@code FA} reference. */
  @Value.Default
  public boolean foundation() {
    return reference().isFoundationApprenticeship();
  }

  /**
   * The standard's funding caps ({@link RuleKey#FUNDING_CAP} rules) over time; the one in force on the start date
   * applies. When empty, the calculator looks the cap up by {@link #reference()} in its standards catalogue
   * ({@link FundingCalculator#withStandards}), then in its rule catalogue.
   */
  public abstract List<FundingRule> caps();

  @Value.Check
  protected void check() {
    if (caps().stream().anyMatch(c -> c.key() != RuleKey.FUNDING_CAP)) {
      throw new IllegalArgumentException("caps must be " + RuleKey.FUNDING_CAP.id() + " rules");
    }
  }
}
