package io.github.apprenticeships4j.cli;

import io.github.apprenticeships4j.core.standard.Standard;
import io.github.apprenticeships4j.core.standard.StandardCatalogue;
import io.github.apprenticeships4j.core.standard.StandardReference;
import io.github.apprenticeships4j.core.standard.StandardStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The version of a standard a command uses when none is asked for, and why: the version new apprentices starting
 * on the date would start on ({@link StandardCatalogue#versionForStartOn}); if none takes starts that day, the
 * latest version ever approved for delivery; if none was ever approved, the latest version.
 *
 * @param standard the version chosen
 * @param explanation one line saying which version was chosen and why, e.g. {@code Version for starts on
 *     2026-09-15: ST1398 1.0 (approved for delivery; starts from 2024-12-18 to 2026-12-10; newer version 2.0 is In
 *     development)}
 */
record VersionChoice(Standard standard, String explanation) {
  /** The version of {@code reference} to use on {@code date}; empty if the catalogue has no version of it. */
  static Optional<VersionChoice> on(StandardCatalogue catalogue, StandardReference reference, LocalDate date) {
    List<Standard> versions = catalogue.versions(reference);
    if (versions.isEmpty()) {
      return Optional.empty();
    }
    Optional<Standard> forStarts = catalogue.versionForStartOn(reference, date);
    if (forStarts.isPresent()) {
      return Optional.of(new VersionChoice(forStarts.get(),
          "Version for starts on " + date + ": " + describe(forStarts.get(), versions)));
    }
    Optional<Standard> approved = versions.stream().filter(s -> s.status().wasApproved()).reduce((a, b) -> b);
    if (approved.isPresent()) {
      return Optional.of(new VersionChoice(approved.get(), "No version of " + reference + " takes starts on " + date
          + "; using the latest approved: " + describe(approved.get(), versions)));
    }
    Standard latest = versions.get(versions.size() - 1);
    return Optional.of(new VersionChoice(latest, "No version of " + reference
        + " has been approved for delivery; using the latest: " + describe(latest, versions)));
  }

  /** {@code ST1398 1.0 (approved for delivery; starts from 2024-12-18 to 2026-12-10; newer version 2.0 is ...)}. */
  private static String describe(Standard chosen, List<Standard> versions) {
    List<Standard> newer = versions.stream().filter(s -> s.version().compareTo(chosen.version()) > 0)
        .collect(Collectors.toList());
    String later;
    if (newer.isEmpty()) {
      later = "the latest version";
    } else if (newer.size() == 1) {
      later = "newer version " + newer.get(0).version() + " is " + newer.get(0).status().label();
    } else {
      later = "newer versions " + newer.stream().map(s -> s.version() + " (" + s.status().label() + ")")
          .collect(Collectors.joining(", "));
    }
    return chosen.reference() + " " + chosen.version() + " (" + status(chosen.status()) + "; " + starts(chosen)
        + "; " + later + ")";
  }

  private static String status(StandardStatus status) {
    return status.isKnown() ? status.label().toLowerCase(Locale.ROOT) : "status '" + status.label() + "'";
  }

  private static String starts(Standard standard) {
    Optional<LocalDate> first = standard.earliestStartDate();
    Optional<LocalDate> last = standard.latestStartDate();
    if (first.isEmpty()) {
      return last.map(d -> "starts until " + d).orElse("no start dates");
    }
    return "starts from " + first.get() + last.map(d -> " to " + d).orElse("");
  }
}
