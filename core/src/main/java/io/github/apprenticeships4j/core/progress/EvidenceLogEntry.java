package io.github.apprenticeships4j.core.progress;

import io.github.apprenticeships4j.core.standard.StandardReference;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One entry of a cohort's evidence log: whose evidence it is (the apprentice and the standard they are on) and the
 * {@link KsbEvidence} itself. A log kept apart from the progress records, such as a provider's spreadsheet, joins
 * them with {@link #attach(Collection, Collection)}. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class EvidenceLogEntry implements WithEvidenceLogEntry {
  EvidenceLogEntry() {}

  /** The apprentice's id, as in {@link ProgressRecord#apprenticeId()}; matched exactly. */
  public abstract String apprenticeId();

  /** The standard the apprentice is on, e.g. ST1398. */
  public abstract StandardReference standardReference();

  /** The evidence of one KSB. */
  public abstract KsbEvidence evidence();

  /** The entry of {@code evidence} for the apprentice {@code apprenticeId} on {@code standardReference}. */
  public static EvidenceLogEntry of(String apprenticeId, StandardReference standardReference, KsbEvidence evidence) {
    return ImmutableEvidenceLogEntry.builder().apprenticeId(apprenticeId).standardReference(standardReference)
        .evidence(evidence).build();
  }

  /** Whether this entry is about {@code record}: the same apprentice id and the same standard. */
  public boolean matches(ProgressRecord record) {
    return apprenticeId().equals(record.apprenticeId()) && standardReference().equals(record.standardReference());
  }

  /**
   * The records, in their order, each with the evidence of the {@code log} entries that {@linkplain #matches match}
   * it added after its own, in log order; an item equal to one the record already holds (or to one added before) is
   * not added again, so attaching a log twice changes nothing. A record no entry matches is returned as it is; an
   * entry that matches no record is left out (find those with {@link #matches}).
   */
  public static List<ProgressRecord> attach(Collection<ProgressRecord> records, Collection<EvidenceLogEntry> log) {
    Map<Apprenticeship, List<KsbEvidence>> byApprentice = new HashMap<>();
    for (EvidenceLogEntry entry : log) {
      byApprentice.computeIfAbsent(new Apprenticeship(entry.apprenticeId(), entry.standardReference()),
          k -> new ArrayList<>())
          .add(entry.evidence());
    }
    List<ProgressRecord> attached = new ArrayList<>(records.size());
    for (ProgressRecord record : records) {
      List<KsbEvidence> logged = byApprentice.get(new Apprenticeship(record.apprenticeId(),
          record.standardReference()));
      if (logged == null) {
        attached.add(record);
        continue;
      }
      List<KsbEvidence> evidence = new ArrayList<>(record.evidence());
      Set<KsbEvidence> held = new HashSet<>(evidence);
      for (KsbEvidence item : logged) {
        if (held.add(item)) {
          evidence.add(item);
        }
      }
      attached.add(evidence.size() == record.evidence().size() ? record : record.withEvidence(evidence));
    }
    return List.copyOf(attached);
  }

  /** Whose evidence: the key that entries and records are matched on. */
  private record Apprenticeship(String apprenticeId, StandardReference standardReference) {}

  @Override
  public String toString() {
    KsbEvidence e = evidence();
    return apprenticeId() + " " + standardReference() + " " + e.ksbCode() + " " + e.date() + ": " + e.description();
  }
}
