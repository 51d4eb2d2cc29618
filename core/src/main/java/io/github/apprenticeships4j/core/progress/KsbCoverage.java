package io.github.apprenticeships4j.core.progress;

import io.github.apprenticeships4j.core.standard.KsbType;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * KSB coverage of an apprentice: over all the KSBs they must show (the core duties' plus their option's), by duty
 * and by kind (knowledge, skill, behaviour). Immutable and thread-safe; made by {@link ProgressCheck}.
 */
@Value.Immutable
public abstract class KsbCoverage {
  KsbCoverage() {}

  /** Over every KSB the apprentice must show. */
  public abstract Coverage overall();

  /** Per duty that applies (core duties, then the option's), in the standard's order. */
  public abstract List<DutyCoverage> byDuty();

  /** Per kind of KSB, in the order of {@link KsbType}; kinds with no KSB to show are left out. */
  public abstract Map<KsbType, Coverage> byType();
}
