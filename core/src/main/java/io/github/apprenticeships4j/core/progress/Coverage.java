package io.github.apprenticeships4j.core.progress;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * How many of a set of KSBs have evidence: the codes required (in the standard's code order) and those evidenced.
 * Immutable and thread-safe; made by {@link ProgressCheck}.
 */
@Value.Immutable
public abstract class Coverage {
  Coverage() {}

  /** The codes of the KSBs to show, e.g. {@code [K1, K2, S1, B1]}. */
  public abstract List<String> required();

  /** The required codes that have at least one evidence item, in the same order. */
  public abstract List<String> evidenced();

  /** The required codes without evidence, in the same order. */
  public final List<String> missing() {
    Set<String> evidenced = Set.copyOf(evidenced());
    return required().stream().filter(c -> !evidenced.contains(c)).collect(Collectors.toUnmodifiableList());
  }

  /** Whole per cent evidenced, rounded down (so 100 only when complete); 100 when nothing is required. */
  public final int percent() {
    return required().isEmpty() ? 100 : (int) (100L * evidenced().size() / required().size());
  }

  /** Whether every required KSB has evidence. */
  public final boolean isComplete() {
    return evidenced().size() == required().size();
  }

  static Coverage of(List<String> required, Set<String> evidencedCodes) {
    return ImmutableCoverage.builder().addAllRequired(required)
        .addAllEvidenced(required.stream().filter(evidencedCodes::contains).collect(Collectors.toList())).build();
  }

  @Override
  public String toString() {
    return evidenced().size() + "/" + required().size() + " (" + percent() + "%)";
  }
}
