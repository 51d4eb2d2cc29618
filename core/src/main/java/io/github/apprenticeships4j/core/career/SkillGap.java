package io.github.apprenticeships4j.core.career;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The difference between two sets of skill requirements, e.g. from one role level to another or from a person's
 * profile to a role level: one {@link SkillChange} per skill required on either side, listed by kind (added, raised,
 * not comparable, unchanged, lowered, no longer required) and then by skill id. {@code toString()} renders it for
 * reading. Immutable and thread-safe.
 */
public final class SkillGap {
  private static final Comparator<SkillChange> ORDER =
      Comparator.comparing(SkillChange::kind).thenComparing(SkillChange::skill);

  private final String from;
  private final String to;
  private final List<SkillChange> changes;

  private SkillGap(String from, String to, List<SkillChange> changes) {
    this.from = from;
    this.to = to;
    this.changes = changes.stream().sorted(ORDER).collect(Collectors.toUnmodifiableList());
  }

  /**
   * The gap from requirements {@code before} to {@code after}. Where a side lists a skill twice, its first
   * requirement counts.
   *
   * @param fromLabel what {@code before} belongs to, for reading
   * @param toLabel what {@code after} belongs to, for reading
   * @param names the name of each skill, for reading
   */
  public static SkillGap between(String fromLabel, List<SkillRequirement> before, String toLabel,
      List<SkillRequirement> after, Function<SkillId, String> names) {
    Map<SkillId, SkillRequirement> was = firstBySkill(before);
    Map<SkillId, SkillRequirement> now = firstBySkill(after);
    Set<SkillId> skills = new LinkedHashSet<>(now.keySet());
    skills.addAll(was.keySet());
    List<SkillChange> changes = skills.stream()
        .map(s -> change(s, names.apply(s), Optional.ofNullable(was.get(s)), Optional.ofNullable(now.get(s))))
        .collect(Collectors.toList());
    return new SkillGap(fromLabel, toLabel, changes);
  }

  private static SkillChange change(SkillId skill, String name, Optional<SkillRequirement> was,
      Optional<SkillRequirement> now) {
    Optional<SkillLevel> from = was.flatMap(SkillRequirement::level);
    Optional<SkillLevel> to = now.flatMap(SkillRequirement::level);
    if (was.isEmpty()) {
      return new SkillChange(skill, name, SkillChange.Kind.ADDED, from, to, 1 + to.map(SkillLevel::rank).orElse(0));
    }
    if (now.isEmpty()) {
      return new SkillChange(skill, name, SkillChange.Kind.REMOVED, from, to,
          -1 - from.map(SkillLevel::rank).orElse(0));
    }
    if (from.isEmpty() != to.isEmpty()) {
      return new SkillChange(skill, name, SkillChange.Kind.UNCOMPARABLE, from, to, 0);
    }
    int steps = from.isEmpty() ? 0 : to.get().rank() - from.get().rank();
    SkillChange.Kind kind = steps > 0 ? SkillChange.Kind.RAISED
        : steps < 0 ? SkillChange.Kind.LOWERED : SkillChange.Kind.UNCHANGED;
    return new SkillChange(skill, name, kind, from, to, steps);
  }

  private static Map<SkillId, SkillRequirement> firstBySkill(List<SkillRequirement> requirements) {
    Map<SkillId, SkillRequirement> bySkill = new LinkedHashMap<>();
    requirements.forEach(r -> bySkill.putIfAbsent(r.skill(), r));
    return bySkill;
  }

  /** What the gap starts from, e.g. {@code Senior machine learning engineer}. */
  public String from() {
    return from;
  }

  /** What the gap leads to. */
  public String to() {
    return to;
  }

  /** Every change, unchanged skills included, in the order described above. */
  public List<SkillChange> changes() {
    return changes;
  }

  /** The changes of one kind. */
  public List<SkillChange> changes(SkillChange.Kind kind) {
    return changes.stream().filter(c -> c.kind() == kind).collect(Collectors.toUnmodifiableList());
  }

  public List<SkillChange> added() {
    return changes(SkillChange.Kind.ADDED);
  }

  public List<SkillChange> raised() {
    return changes(SkillChange.Kind.RAISED);
  }

  public List<SkillChange> unchanged() {
    return changes(SkillChange.Kind.UNCHANGED);
  }

  public List<SkillChange> lowered() {
    return changes(SkillChange.Kind.LOWERED);
  }

  /** The skills no longer required. */
  public List<SkillChange> removed() {
    return changes(SkillChange.Kind.REMOVED);
  }

  /** Whether nothing changes: every skill is required at the same level on both sides. */
  public boolean isEmpty() {
    return changes.stream().allMatch(c -> c.kind() == SkillChange.Kind.UNCHANGED);
  }

  /**
   * The scale steps to learn: the sum of the positive {@link SkillChange#steps()}, i.e. of the levels gained on
   * raised skills and of the levels of added skills counted from "not required".
   */
  public int stepsToLearn() {
    return changes.stream().mapToInt(c -> Math.max(0, c.steps())).sum();
  }

  /** The same gap seen from the other side: gap(b, a) equals gap(a, b).inverse(). */
  public SkillGap inverse() {
    return new SkillGap(to, from, changes.stream().map(SkillChange::inverse).collect(Collectors.toList()));
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof SkillGap that && from.equals(that.from) && to.equals(that.to)
        && changes.equals(that.changes);
  }

  @Override
  public int hashCode() {
    return (from.hashCode() * 31 + to.hashCode()) * 31 + changes.hashCode();
  }

  /**
   * For example:
   * <pre>
   * Senior machine learning engineer -&gt; Lead machine learning engineer: 4 raised, 2 unchanged
   *   raised by 1: Data science innovation (Practitioner -&gt; Expert)
   *   ...
   * </pre>
   */
  @Override
  public String toString() {
    Map<SkillChange.Kind, Long> counts = changes.stream()
        .collect(Collectors.groupingBy(SkillChange::kind, () -> new java.util.EnumMap<>(SkillChange.Kind.class),
            Collectors.counting()));
    String summary = counts.isEmpty() ? "no skills" : counts.entrySet().stream()
        .map(e -> e.getValue() + " " + label(e.getKey())).collect(Collectors.joining(", "));
    StringBuilder text = new StringBuilder(from).append(" -> ").append(to).append(": ").append(summary);
    changes.forEach(c -> text.append(System.lineSeparator()).append("  ").append(c));
    return text.toString();
  }

  private static String label(SkillChange.Kind kind) {
    switch (kind) {
      case ADDED:
        return "added";
      case RAISED:
        return "raised";
      case UNCOMPARABLE:
        return "not comparable";
      case UNCHANGED:
        return "unchanged";
      case LOWERED:
        return "lowered";
      default:
        return "no longer required";
    }
  }
}
