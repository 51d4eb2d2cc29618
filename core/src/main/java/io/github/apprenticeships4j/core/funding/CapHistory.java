package io.github.apprenticeships4j.core.funding;

import io.github.apprenticeships4j.core.standard.Standard;
import io.github.apprenticeships4j.core.standard.StandardCatalogue;
import io.github.apprenticeships4j.core.standard.StandardReference;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The funding caps of one standard over time, from a {@link StandardCatalogue}: each approved version's maximum
 * funding with the start dates it applies to, in version order. Immutable and thread-safe.
 *
 * <p>The versions are those that were approved ({@link io.github.apprenticeships4j.core.standard.StandardStatus
 * #wasApproved()}), chained in version order. A version applies from its earliest start date to its latest start
 * date; one without a latest start date ends the day before the next approved version's earliest start date, or is
 * open-ended when it is the last. A version without an earliest start date, or whose window would end before it
 * starts, applies to no date and is left out. A maximum funding of 0 means the version has no cap: a start in its
 * window has no cap from the catalogue (the previous version's cap does not carry over). Where windows overlap in
 * the data, the highest version whose window contains the date wins, as in
 * {@link StandardCatalogue#versionForStartOn}.
 *
 * <pre>{@code
 * CapHistory caps = CapHistory.of(catalogue, StandardReference.parse("ST0116"));
 * caps.inForceOn(LocalDate.of(2026, 1, 5));   // ST0116 v1.2 2025-12-10.. 18000.00
 * }</pre>
 */
public final class CapHistory {
  private final StandardReference reference;
  private final List<VersionCap> versions;

  private CapHistory(StandardReference reference, List<VersionCap> versions) {
    this.reference = reference;
    this.versions = List.copyOf(versions);
  }

  /** The cap history of {@code reference} in {@code catalogue}; empty when the catalogue has no approved version. */
  public static CapHistory of(StandardCatalogue catalogue, StandardReference reference) {
    List<Standard> approved = catalogue.versions(reference).stream().filter(s -> s.status().wasApproved())
        .collect(Collectors.toList());
    List<VersionCap> caps = new ArrayList<>();
    for (int i = 0; i < approved.size(); i++) {
      Standard s = approved.get(i);
      if (s.earliestStartDate().isEmpty()) {
        continue;
      }
      LocalDate from = s.earliestStartDate().get();
      Optional<LocalDate> to = s.latestStartDate();
      if (to.isEmpty()) {
        to = nextStart(approved, i).map(next -> next.minusDays(1));
      }
      if (to.isPresent() && to.get().isBefore(from)) {
        continue;
      }
      caps.add(new VersionCap(reference, s.version(), from, to, s.maxFunding()));
    }
    return new CapHistory(reference, caps);
  }

  private static Optional<LocalDate> nextStart(List<Standard> approved, int index) {
    return approved.subList(index + 1, approved.size()).stream().flatMap(s -> s.earliestStartDate().stream())
        .findFirst();
  }

  /** The standard, e.g. {@code ST0116}. */
  public StandardReference reference() {
    return reference;
  }

  /** The versions' caps in version order; empty when the catalogue has no approved version with start dates. */
  public List<VersionCap> versions() {
    return versions;
  }

  /**
   * The entry in force for a start on {@code date}: the highest version whose window contains it. Its
   * {@link VersionCap#hasCap()} is false when that version has no maximum funding.
   */
  public Optional<VersionCap> inForceOn(LocalDate date) {
    for (int i = versions.size() - 1; i >= 0; i--) {
      if (versions.get(i).isInForceOn(date)) {
        return Optional.of(versions.get(i));
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return "CapHistory" + versions;
  }
}
