package io.github.apprenticeships4j.core.feed;

import io.github.apprenticeships4j.core.standard.LarsCode;
import io.github.apprenticeships4j.core.standard.Standard;
import io.github.apprenticeships4j.core.standard.StandardReference;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the apprenticeship service knows of a training course by its LARS code (its {@code Standards} table): the
 * dates between which apprentices may start on it, its level, whether it is a foundation apprenticeship, and, for the
 * library's advice, the funding band maximum in force on a start date. Made from the versions of a standard with
 * {@link #of(LarsCode, List)}, or from a user's own data with {@link #builder()}. Immutable and thread-safe.
 */
public final class KnownStandard {
  private final LarsCode larsCode;
  private final StandardReference reference;
  private final String title;
  private final int level;
  private final Optional<LocalDate> effectiveFrom;
  private final Optional<LocalDate> effectiveTo;
  private final List<Standard> versions;

  private KnownStandard(Builder builder) {
    this.larsCode = Objects.requireNonNull(builder.larsCode, "larsCode");
    this.reference = Objects.requireNonNull(builder.reference, "reference");
    this.title = Objects.requireNonNull(builder.title, "title");
    if (builder.level == null) {
      throw new IllegalStateException("level is not set");
    }
    this.level = builder.level;
    this.effectiveFrom = Optional.ofNullable(builder.effectiveFrom);
    this.effectiveTo = Optional.ofNullable(builder.effectiveTo);
    this.versions = List.copyOf(builder.versions);
  }

  /**
   * The course of the versions of one standard that carry {@code larsCode}: it opens on the earliest start date of
   * any version, and closes on the latest start date of the last version if that one has one. Its level is that of
   * the highest version.
   *
   * @throws IllegalArgumentException if {@code versions} is empty
   */
  public static KnownStandard of(LarsCode larsCode, List<Standard> versions) {
    if (versions.isEmpty()) {
      throw new IllegalArgumentException("no versions for LARS code " + larsCode);
    }
    List<Standard> sorted = versions.stream().sorted(Comparator.comparing(Standard::version)).toList();
    Standard last = sorted.get(sorted.size() - 1);
    Optional<LocalDate> from = sorted.stream().map(Standard::earliestStartDate).flatMap(Optional::stream)
        .min(Comparator.naturalOrder());
    return builder().larsCode(larsCode).reference(last.reference()).title(last.title()).level(last.level())
        .effectiveFrom(from.orElse(null)).effectiveTo(last.latestStartDate().orElse(null)).versions(sorted).build();
  }

  /** A builder of a course from a user's own data; LARS code, reference, title and level must be set. */
  public static Builder builder() {
    return new Builder();
  }

  /** The LARS code, the {@code StdCode} of a feed. */
  public LarsCode larsCode() {
    return larsCode;
  }

  /** The reference, e.g. ST1398. */
  public StandardReference reference() {
    return reference;
  }

  /** The title, e.g. {@code Machine learning engineer}. */
  public String title() {
    return title;
  }

  /** The level (2 to 7); the service refuses apprentices aged 25 or over on level 7 from 1 January 2026. */
  public int level() {
    return level;
  }

  /** The first start date allowed, if known. */
  public Optional<LocalDate> effectiveFrom() {
    return effectiveFrom;
  }

  /** The last start date allowed, if the course closes. */
  public Optional<LocalDate> effectiveTo() {
    return effectiveTo;
  }

  /** The versions, in version order, each with its start dates and maximum funding; may be empty. */
  public List<Standard> versions() {
    return versions;
  }

  /** Whether it is a foundation apprenticeship ({@code FA} reference): the service takes apprentices aged 15 to 25. */
  public boolean isFoundationApprenticeship() {
    return reference.isFoundationApprenticeship();
  }

  /**
   * The maximum funding (funding band cap) for apprentices starting on {@code start}: that of the highest version
   * that accepts starts on the date, or failing that of the highest version that started before it; empty when no
   * version gives one (a maximum of 0 means not yet set).
   */
  public Optional<BigDecimal> maxFundingOn(LocalDate start) {
    Standard accepting = null;
    Standard started = null;
    for (Standard v : versions) {
      if (v.acceptsStartsOn(start)) {
        accepting = v;
      }
      Optional<LocalDate> earliest = v.earliestStartDate();
      if (earliest.isPresent() && !earliest.get().isAfter(start)) {
        started = v;
      }
    }
    Standard version = accepting != null ? accepting : started;
    return version == null || version.maxFunding().signum() <= 0 ? Optional.empty()
        : Optional.of(version.maxFunding());
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof KnownStandard that
        && larsCode.equals(that.larsCode) && reference.equals(that.reference) && title.equals(that.title)
        && level == that.level && effectiveFrom.equals(that.effectiveFrom) && effectiveTo.equals(that.effectiveTo)
        && versions.equals(that.versions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(larsCode, reference, title, level, effectiveFrom, effectiveTo, versions);
  }

  /** For example {@code 795 ST1398 Machine learning engineer, level 6, starts from 2024-12-18}. */
  @Override
  public String toString() {
    return larsCode + " " + reference + " " + title + ", level " + level
        + effectiveFrom.map(d -> ", starts from " + d).orElse("") + effectiveTo.map(d -> " to " + d).orElse("");
  }

  /** Builds a {@link KnownStandard}; not thread-safe. */
  public static final class Builder {
    private @Nullable LarsCode larsCode;
    private @Nullable StandardReference reference;
    private @Nullable String title;
    private @Nullable Integer level;
    private @Nullable LocalDate effectiveFrom;
    private @Nullable LocalDate effectiveTo;
    private List<Standard> versions = List.of();

    private Builder() {}

    public Builder larsCode(LarsCode larsCode) {
      this.larsCode = Objects.requireNonNull(larsCode, "larsCode");
      return this;
    }

    public Builder reference(StandardReference reference) {
      this.reference = Objects.requireNonNull(reference, "reference");
      return this;
    }

    public Builder title(String title) {
      this.title = Objects.requireNonNull(title, "title");
      return this;
    }

    public Builder level(int level) {
      this.level = level;
      return this;
    }

    /** The first start date allowed; {@code null} (the default) when unknown. */
    public Builder effectiveFrom(@Nullable LocalDate effectiveFrom) {
      this.effectiveFrom = effectiveFrom;
      return this;
    }

    /** The last start date allowed; {@code null} (the default) while the course is open. */
    public Builder effectiveTo(@Nullable LocalDate effectiveTo) {
      this.effectiveTo = effectiveTo;
      return this;
    }

    /** The versions, in version order; none by default. */
    public Builder versions(List<Standard> versions) {
      this.versions = List.copyOf(versions);
      return this;
    }

    /**
     * The course.
     *
     * @throws NullPointerException if the LARS code, the reference or the title is not set
     * @throws IllegalStateException if the level is not set
     */
    public KnownStandard build() {
      return new KnownStandard(this);
    }
  }
}
