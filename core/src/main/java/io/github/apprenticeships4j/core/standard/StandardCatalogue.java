package io.github.apprenticeships4j.core.standard;

import io.github.apprenticeships4j.core.internal.Lazy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
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
  private final Lazy<List<Candidate>> relatable = Lazy.of(this::latestApprovedWithTerms);

  /** A standard {@link #related} may give: the latest version of a reference approved for delivery, and its terms. */
  private record Candidate(Standard standard, Set<String> terms) {}

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

  /**
   * The standards related to {@code standard}, highest {@link RelatedStandard#score() score} first, equal scores in
   * reference order. Each other standard of the catalogue is considered at its latest version approved for delivery
   * (a standard with none is left out; so is every version of {@code standard}'s own reference), and is related when
   * it is in the same cluster, pathway or route, or when its KSBs share enough terms with {@code standard}'s (see
   * {@link RelatedStandard.Reason}).
   *
   * <p>The terms of a standard are the distinct words of its KSB texts, lower case, split at every character that is
   * neither a letter nor a digit, keeping words of at least 3 characters that are not only digits and not one of 60
   * common English words ("and", "the", "with", "using", ...). The catalogue works out the terms of its standards
   * once, on the first call.
   */
  public List<RelatedStandard> related(Standard standard) {
    Set<String> ours = KsbTerms.of(standard);
    List<RelatedStandard> related = new ArrayList<>();
    for (Candidate candidate : relatable.get()) {
      if (!candidate.standard().reference().equals(standard.reference())) {
        relate(standard, ours, candidate).ifPresent(related::add);
      }
    }
    related.sort(Comparator.comparingDouble(RelatedStandard::score).reversed()
        .thenComparing(r -> r.standard().reference()));
    return List.copyOf(related);
  }

  private List<Candidate> latestApprovedWithTerms() {
    List<Candidate> candidates = new ArrayList<>();
    chains.values().forEach(chain -> chain.stream()
        .filter(s -> s.status().equals(StandardStatus.APPROVED_FOR_DELIVERY)).reduce((lower, higher) -> higher)
        .ifPresent(latest -> candidates.add(new Candidate(latest, KsbTerms.of(latest)))));
    return List.copyOf(candidates);
  }

  private static Optional<RelatedStandard> relate(Standard standard, Set<String> ours, Candidate candidate) {
    Standard other = candidate.standard();
    List<RelatedStandard.Reason> reasons = new ArrayList<>();
    if (sameCluster(standard, other)) {
      reasons.add(RelatedStandard.Reason.SAME_CLUSTER);
    }
    if (same(standard.pathway(), other.pathway())) {
      reasons.add(RelatedStandard.Reason.SAME_PATHWAY);
    }
    if (same(Optional.of(standard.route()), Optional.of(other.route()))) {
      reasons.add(RelatedStandard.Reason.SAME_ROUTE);
    }
    Set<String> theirs = candidate.terms();
    Set<String> shared = new HashSet<>(ours);
    shared.retainAll(theirs);
    int union = ours.size() + theirs.size() - shared.size();
    double similarity = union == 0 ? 0 : (double) shared.size() / union;
    if (similarity >= RelatedStandard.SHARED_TERMS_THRESHOLD) {
      reasons.add(RelatedStandard.Reason.SHARED_KSB_TERMS);
    }
    return reasons.isEmpty() ? Optional.empty()
        : Optional.of(new RelatedStandard(other, reasons, shared, similarity));
  }

  private static boolean sameCluster(Standard a, Standard b) {
    if (a.clusterId().isPresent() && b.clusterId().isPresent()) {
      return same(a.clusterId(), b.clusterId());
    }
    return same(a.cluster(), b.cluster());
  }

  /** Whether both are given, not blank, and equal ignoring case and surrounding blanks. */
  private static boolean same(Optional<String> a, Optional<String> b) {
    return a.isPresent() && b.isPresent() && !a.get().isBlank() && a.get().strip().equalsIgnoreCase(b.get().strip());
  }

  @Override
  public String toString() {
    return "StandardCatalogue[" + chains.size() + " standards, " + standards.size() + " versions]";
  }
}
