package io.github.apprenticeships4j.examples;

import io.github.apprenticeships4j.core.career.CareerPath;
import io.github.apprenticeships4j.core.career.EdgeKind;
import io.github.apprenticeships4j.core.career.ProgressionEdge;
import io.github.apprenticeships4j.core.career.ProgressionGraph;
import io.github.apprenticeships4j.core.career.Role;
import io.github.apprenticeships4j.core.career.RoleOverlap;
import io.github.apprenticeships4j.core.career.SharedSkill;
import io.github.apprenticeships4j.core.career.SkillChange;
import io.github.apprenticeships4j.core.career.SkillGap;
import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Prints the answers of the career model for reading: shared-skill tables, skill gaps and career paths. */
public final class CareerPrinter {
  private CareerPrinter() {}

  /** The roles {@code role} shares skills with, most shared first, one line each. */
  public static void printSharedSkills(Role role, List<RoleOverlap> table, PrintWriter out) {
    out.println("Roles sharing skills with " + role.name() + " (" + role.family() + "): " + table.size());
    int width = table.stream().mapToInt(o -> o.role().name().length()).max().orElse(0);
    for (RoleOverlap overlap : table) {
      out.printf("  %-" + width + "s  %d  %s%n", overlap.role().name(), overlap.shared().size(),
          overlap.shared().stream().map(SharedSkill::toString).collect(Collectors.joining(", ")));
    }
  }

  /** The gap: its summary line, then one line per change. */
  public static void printGap(SkillGap gap, PrintWriter out) {
    out.println(gap);
    out.println("  skill levels to learn: " + gap.stepsToLearn());
  }

  /**
   * The paths from first to last node, each with its steps and, on each step, the skills to learn (added or
   * raised); the path with the least to learn is marked.
   */
  public static void printPaths(ProgressionGraph graph, List<CareerPath> paths, PrintWriter out) {
    Optional<CareerPath> easiest = paths.stream().min(Comparator.comparingInt(CareerPath::skillGap)
        .thenComparingInt(CareerPath::steps));
    for (int i = 0; i < paths.size(); i++) {
      CareerPath path = paths.get(i);
      out.println("  " + (i + 1) + ". " + path.steps() + " steps, " + path.skillGap() + " skill levels to learn"
          + (path.equals(easiest.get()) ? " (least to learn)" : ""));
      for (ProgressionEdge edge : path.edges()) {
        out.println("     " + graph.label(edge.from()) + " -> " + graph.label(edge.to()) + " (" + describe(edge.kind())
            + ")");
        out.println("       learn: " + toLearn(graph.delta(edge)));
      }
    }
  }

  /** The skills to learn on a step, for reading. */
  public static String toLearn(Optional<SkillGap> delta) {
    if (delta.isEmpty()) {
      return "(no skill requirements on one side)";
    }
    List<SkillChange> learn = learning(delta.get());
    if (learn.isEmpty()) {
      return "nothing new";
    }
    return learn.stream().map(CareerPrinter::describe).collect(Collectors.joining("; "));
  }

  /** The changes of a gap that mean learning: skills added and skills raised. */
  public static List<SkillChange> learning(SkillGap gap) {
    return gap.changes().stream()
        .filter(c -> c.kind() == SkillChange.Kind.ADDED || c.kind() == SkillChange.Kind.RAISED)
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * For example {@code Systems integration (Practitioner -> Expert)} or {@code Data ethics and privacy (new,
   * Working)}.
   */
  public static String describe(SkillChange change) {
    if (change.kind() == SkillChange.Kind.ADDED) {
      return change.skillName() + " (new" + change.to().map(l -> ", " + l).orElse("") + ")";
    }
    return change.skillName() + " (" + change.from().map(Object::toString).orElse("no level") + " -> "
        + change.to().map(Object::toString).orElse("no level") + ")";
  }

  /** For example {@code apprenticeship to role}. */
  public static String describe(EdgeKind kind) {
    return kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
