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

/**
 * What the apprenticeship service knows of a training course by its LARS code (its {@code Standards} table): the
 * dates between which apprentices may start on it, its level, whether it is a foundation apprenticeship, and, for the
 * library's advice, the funding band maximum in force on a start date.
 *
 * @param larsCode the LARS code, the {@code StdCode} of a feed
 * @param reference the reference, e.g. ST1398
 * @param title the title
 * @param level the level (2 to 7); the service refuses apprentices aged 25 or over on level 7 from 1 January 2026
 * @param effectiveFrom the first start date allowed, if known
 * @param effectiveTo the last start date allowed, if the course closes
 * @param versions the versions, in version order, each with its start dates and maximum funding; may be empty
 */
public record KnownStandard(LarsCode larsCode, StandardReference reference, String title, int level,
    Optional<LocalDate> effectiveFrom, Optional<LocalDate> effectiveTo, List<Standard> versions) {

  public KnownStandard {
    Objects.requireNonNull(larsCode, "larsCode");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    Objects.requireNonNull(effectiveTo, "effectiveTo");
    versions = List.copyOf(versions);
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
    return new KnownStandard(larsCode, last.reference(), last.title(), last.level(), from, last.latestStartDate(),
        sorted);
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
      if (v.earliestStartDate().map(d -> !d.isAfter(start)).orElse(false)) {
        started = v;
      }
    }
    Standard version = accepting != null ? accepting : started;
    return version == null || version.maxFunding().signum() <= 0 ? Optional.empty()
        : Optional.of(version.maxFunding());
  }

}
