package io.github.apprenticeships4j.core.standard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * All versions of a set of standards, e.g. the national catalogue, with look-ups by reference and version, by LARS
 * code and by start date, and filtering (see {@link StandardFilters}). Standards are kept as given, duplicates
 * included, so that {@link StandardValidator} can report them; look-ups return the first of duplicates.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * StandardCatalogue catalogue = StandardCatalogue.of(standards);   // or StandardsJson.readCatalogue(file).value()
 * StandardReference ref = StandardReference.parse("ST1398");
 * Standard ml = catalogue.get(ref, StandardVersion.of(1, 0));
 * Optional<Standard> forStart = catalogue.versionForStartOn(ref, LocalDate.of(2025, 9, 1));   // approved, not a draft
 * List<Standard> byLarsCode = catalogue.findByLarsCode(LarsCode.of(795));
 * List<Standard> level6Digital = catalogue.select(StandardFilters.level(6).and(StandardFilters.route("Digital")));
 * }</pre>
 */
public final class StandardCatalogue {
  private static final Comparator<Standard> BY_REFERENCE_AND_VERSION =
      Comparator.comparing(Standard::reference).thenComparing(Standard::version);

  private final List<Standard> standards;
  private final Map<StandardReference, List<Standard>> chains;

  private StandardCatalogue(List<Standard> standards) {
    this.standards = List.copyOf(standards);
    Map<StandardReference, Map<StandardVersion, Standard>> byReference = new TreeMap<>();
    for (Standard s : this.standards) {
      byReference.computeIfAbsent(s.reference(), r -> new TreeMap<>()).putIfAbsent(s.version(), s);
    }
    Map<StandardReference, List<Standard>> versions = new LinkedHashMap<>();
    byReference.forEach((reference, chain) -> versions.put(reference, List.copyOf(chain.values())));
    this.chains = versions;
  }

  /** A catalogue of {@code standards}, kept in the order given. */
  public static StandardCatalogue of(Collection<Standard> standards) {
    return new StandardCatalogue(new ArrayList<>(standards));
  }

  /** Every standard, in the order given (duplicates included). */
  public List<Standard> standards() {
    return standards;
  }

  /** Every standard, in the order given. */
  public Stream<Standard> stream() {
    return standards.stream();
  }

  /** How many standards the catalogue holds, every version and duplicate counted. */
  public int size() {
    return standards.size();
  }

  /** The references in the catalogue, in order. */
  public SortedSet<StandardReference> references() {
    return new TreeSet<>(chains.keySet());
  }

  /** The versions of {@code reference} in version order: its version chain; empty if unknown. */
  public List<Standard> versions(StandardReference reference) {
    return chains.getOrDefault(reference, List.of());
  }

  /** The given version of a standard, if the catalogue has it. */
  public Optional<Standard> find(StandardReference reference, StandardVersion version) {
    return versions(reference).stream().filter(s -> s.version().equals(version)).findFirst();
  }

  /**
   * The given version of a standard.
   *
   * @throws NoSuchElementException if the catalogue has no such version
   */
  public Standard get(StandardReference reference, StandardVersion version) {
    return find(reference, version).orElseThrow(
        () -> new NoSuchElementException("no version " + version + " of " + reference + " in the catalogue"));
  }

  /**
   * The highest version of {@code reference}, if any, whatever its status: it may be a draft in development. The
   * version new apprentices start on is {@link #versionForStartOn}.
   */
  public Optional<Standard> latest(StandardReference reference) {
    List<Standard> chain = versions(reference);
    return chain.isEmpty() ? Optional.empty() : Optional.of(chain.get(chain.size() - 1));
  }

  /** Every version that carries {@code code}, by reference and version. */
  public List<Standard> findByLarsCode(LarsCode code) {
    return select(s -> s.larsCode().filter(code::equals).isPresent());
  }

  /**
   * The version of {@code reference} that new apprentices starting on {@code date} would start on: the highest
   * version whose start dates include the date and that has been approved (approved for delivery, retired or
   * withdrawn since).
   */
  public Optional<Standard> versionForStartOn(StandardReference reference, LocalDate date) {
    return versions(reference).stream()
        .filter(s -> s.status().wasApproved() && s.acceptsStartsOn(date))
        .reduce((lower, higher) -> higher);
  }

  /** The standards that pass {@code filter}, ordered by reference and version. */
  public List<Standard> select(Predicate<? super Standard> filter) {
    return standards.stream().filter(filter).sorted(BY_REFERENCE_AND_VERSION).collect(Collectors.toUnmodifiableList());
  }

  @Override
  public String toString() {
    return "StandardCatalogue[" + chains.size() + " standards, " + standards.size() + " versions]";
  }
}
