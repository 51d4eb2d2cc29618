package io.github.apprenticeships4j.cli;

import io.github.apprenticeships4j.core.career.CareerCodes;
import io.github.apprenticeships4j.core.career.CareerNode;
import io.github.apprenticeships4j.core.career.CareerPath;
import io.github.apprenticeships4j.core.career.CareerPaths;
import io.github.apprenticeships4j.core.career.Framework;
import io.github.apprenticeships4j.core.career.ProgressionEdge;
import io.github.apprenticeships4j.core.career.ProgressionGraph;
import io.github.apprenticeships4j.core.career.Role;
import io.github.apprenticeships4j.core.career.RoleId;
import io.github.apprenticeships4j.core.career.RoleLevelId;
import io.github.apprenticeships4j.core.career.RoleOverlap;
import io.github.apprenticeships4j.core.career.SharedSkill;
import io.github.apprenticeships4j.core.career.Skill;
import io.github.apprenticeships4j.core.career.SkillChange;
import io.github.apprenticeships4j.core.career.SkillGap;
import io.github.apprenticeships4j.core.career.SkillLevel;
import io.github.apprenticeships4j.core.crosswalk.Crosswalk;
import io.github.apprenticeships4j.core.crosswalk.CrosswalkProfile;
import io.github.apprenticeships4j.core.standard.Standard;
import io.github.apprenticeships4j.core.standard.StandardReference;
import io.github.apprenticeships4j.core.validation.InvalidValueException;
import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.core.validation.Severity;
import io.github.apprenticeships4j.examples.CareerData;
import io.github.apprenticeships4j.examples.CareerPrinter;
import io.github.apprenticeships4j.formats.LoadException;
import io.github.apprenticeships4j.formats.Loaded;
import io.github.apprenticeships4j.formats.diagram.DiagramFormat;
import io.github.apprenticeships4j.formats.diagram.Diagrams;
import io.github.apprenticeships4j.formats.json.CareerJson;
import io.github.apprenticeships4j.formats.json.CrosswalkJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * {@code a4j career shared|gap|paths|export}: the questions of the career model on the bundled data (the official DDaT
 * Capability Framework, and the example ML engineer ladder for paths) or on other files.
 */
@Command(name = "career", description = "Career frameworks: shared skills, skill gaps and progression paths.",
    subcommands = {CareerCommand.Shared.class, CareerCommand.Gap.class, CareerCommand.Paths.class,
        CareerExportCommand.class})
final class CareerCommand {
  private CareerCommand() {}

  /** Where a framework comes from: at most one of the options; none means the command's bundled default. */
  static final class Source {
    @Option(names = "--ddat", paramLabel = "DIR", description = "A folder holding DDaT's role-content.csv and "
        + "skill-description-content.csv (default: the bundled official copy).")
    @Nullable
    Path ddat;

    @Option(names = "--file", paramLabel = "FILE",
        description = "A career JSON document (format apprenticeships4j-career/1).")
    @Nullable
    Path file;

    @Option(names = "--ladder", description = "The bundled example ML engineer career ladder.")
    boolean ladder;
  }

  /** The input could not be read; the message says why. */
  static final class Unreadable extends Exception {
    private static final long serialVersionUID = 1L;

    Unreadable(String message) {
      super(message);
    }
  }

  /** The graph of the chosen source: a framework alone is a graph without edges. */
  static ProgressionGraph load(@Nullable Source source, boolean ladderByDefault, PrintWriter err) throws Unreadable {
    if (source != null && source.file != null) {
      return readJson(source.file, err);
    }
    if (source != null ? source.ladder : ladderByDefault) {
      return CareerData.ladder();
    }
    Loaded<Framework> load;
    try {
      load = source != null && source.ddat != null ? CareerData.ddat(source.ddat) : CareerData.ddat();
    } catch (NoSuchFileException e) {
      throw new Unreadable("cannot read " + e.getFile() + ": no such file");
    } catch (LoadException e) {
      e.issues().stream().filter(i -> i.severity().isAtLeast(Severity.FATAL)).forEach(err::println);
      throw new Unreadable("cannot read the DDaT files: " + e.summaries().get(0) + "; " + e.summaries().get(1));
    } catch (IOException e) {
      throw new Unreadable("cannot read " + source.ddat + ": " + A4j.describe(e));
    }
    if (!load.rejected().isEmpty()) {
      err.println("a4j: records rejected, the rest is used: " + load);
    }
    return ProgressionGraph.builder().framework(load.value()).build();
  }

  /**
   * {@code graph} with the apprenticeship of the crosswalk of {@code file}, its skills derived from the crosswalk;
   * the crosswalk's findings are printed on {@code err}. Empty, said on {@code err}, if the bundled standards do not
   * have the crosswalk's standard.
   */
  static Optional<ProgressionGraph> withCrosswalk(ProgressionGraph graph, Path file, PrintWriter err)
      throws Unreadable {
    Crosswalk crosswalk = load(file, CrosswalkJson::read, err);
    Optional<Standard> standard = CareerData.standardOf(crosswalk);
    if (standard.isEmpty()) {
      err.println("a4j: no standard " + crosswalk.standard() + crosswalk.standardVersion().map(v -> " version " + v)
          .orElse("") + " in the bundled standards");
      return Optional.empty();
    }
    CrosswalkProfile profile = crosswalk.profile(standard.get(), graph.framework());
    profile.findings().issues().forEach(err::println);
    return Optional.of(profile.applyTo(graph));
  }

  private static ProgressionGraph readJson(Path file, PrintWriter err) throws Unreadable {
    return load(file, CareerJson::readGraph, err);
  }

  /** A whole-file load of the library's formats. */
  private interface Load<T> {
    Loaded<T> from(Path file) throws IOException, LoadException;
  }

  /** What {@code load} reads from {@code file}, its findings printed on {@code err}; unreadable, said why. */
  private static <T> T load(Path file, Load<T> load, PrintWriter err) throws Unreadable {
    Loaded<T> read;
    try {
      read = load.from(file);
    } catch (NoSuchFileException e) {
      throw new Unreadable("cannot read " + file + ": no such file");
    } catch (LoadException e) {
      e.issues().forEach(err::println);
      throw new Unreadable("cannot read " + file + ": "
          + e.issues().stream().filter(i -> i.severity().isAtLeast(Severity.ERROR)).count() + " errors");
    } catch (IOException e) {
      throw new Unreadable("cannot read " + file + ": " + A4j.describe(e));
    }
    read.issues().forEach(err::println);
    return read.value();
  }

  /** The role written as an id or a name ({@code data-scientist}, {@code "Data scientist"}). */
  static Optional<Role> findRole(Framework framework, String text) {
    return framework.findRole(RoleId.ofName(text));
  }

  /** The node written as a standard reference, a role level id or a role level name. */
  static CareerNode node(String text) {
    return StandardReference.tryParse(text).map(CareerNode::of)
        .orElseGet(() -> CareerNode.of(RoleLevelId.ofName(text)));
  }

  /** Whether {@code graph} holds every one of {@code nodes}; if not, says on {@code err} the first it lacks. */
  static boolean holds(ProgressionGraph graph, List<CareerNode> nodes, PrintWriter err) {
    for (CareerNode node : nodes) {
      if (!graph.contains(node)) {
        err.println("a4j: no " + (node.isApprenticeship() ? "apprenticeship " : "role level ") + node + " in "
            + graph.framework().name());
        return false;
      }
    }
    return true;
  }

  static Map<String, Object> node(ProgressionGraph graph, CareerNode node) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", node.toString());
    json.put("kind", node.isApprenticeship() ? "apprenticeship" : "role-level");
    json.put("name", node.isApprenticeship() ? graph.findApprenticeship(node).map(a -> a.title()).orElse(null)
        : graph.label(node));
    return json;
  }

  static Map<String, Object> change(SkillChange change) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("skill", change.skill().value());
    json.put("name", change.skillName());
    json.put("change", change.kind().name().toLowerCase(Locale.ROOT));
    json.put("from", change.from().map(SkillLevel::label).orElse(null));
    json.put("to", change.to().map(SkillLevel::label).orElse(null));
    json.put("steps", change.steps());
    return json;
  }

  static String kebab(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** What {@code gap} and {@code paths} print: text for people, JSON, or a diagram in Mermaid or Graphviz DOT. */
  enum Format {
    text, json, mermaid, dot;

    /** The diagram language, for {@code mermaid} and {@code dot}. */
    Optional<DiagramFormat> diagram() {
      return this == mermaid ? Optional.of(DiagramFormat.MERMAID)
          : this == dot ? Optional.of(DiagramFormat.DOT) : Optional.empty();
    }
  }

  /** The description of {@code --format}. */
  static final String FORMAT_DESCRIPTION = "What to print: ${COMPLETION-CANDIDATES} (default: text); mermaid and dot"
      + " print a diagram (a Mermaid flowchart or a Graphviz DOT digraph).";

  /** The format asked for: {@code --format}, or {@code --json}, which is {@code --format json}. */
  static Format format(Subcommand command, boolean json, @Nullable Format format) {
    if (json && format != null && format != Format.json) {
      throw new ParameterException(command.spec.commandLine(), "--json and --format " + format
          + " cannot be used together");
    }
    return json ? Format.json : format == null ? Format.text : format;
  }

  @Command(name = "shared",
      description = "The roles that share skills with ROLE, most shared first (default data: the official DDaT"
          + " framework).")
  static final class Shared extends Subcommand {

    @Parameters(index = "0", paramLabel = "ROLE", description = "Role id or name, e.g. machine-learning-engineer.")
    String role;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    @Nullable
    Source source;

    @Override
    int run(PrintWriter out, PrintWriter err) {
      Framework framework;
      Optional<Role> found;
      try {
        framework = load(source, false, err).framework();
        found = findRole(framework, role);
      } catch (Unreadable | InvalidValueException e) {
        return CommandIo.failed(err, e);
      }
      if (found.isEmpty()) {
        err.println("a4j: no role " + role + " in " + framework.name());
        return A4j.ERRORS;
      }
      List<RoleOverlap> table = framework.sharedSkillTable(found.get().id());
      if (json) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("framework", framework.name());
        doc.put("role", role(found.get()));
        doc.put("roles", table.stream().map(o -> {
          Map<String, Object> line = role(o.role());
          line.put("shared", o.shared().stream().map(Shared::shared).collect(Collectors.toList()));
          return line;
        }).collect(Collectors.toList()));
        CommandIo.printJson(out, doc);
      } else {
        CareerPrinter.printSharedSkills(found.get(), table, out);
      }
      out.flush();
      return A4j.OK;
    }

    private static Map<String, Object> role(Role role) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("id", role.id().value());
      json.put("name", role.name());
      json.put("family", role.family());
      return json;
    }

    private static Map<String, Object> shared(SharedSkill shared) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("skill", shared.identity().value());
      json.put("ours", skill(shared.first()));
      json.put("theirs", skill(shared.second()));
      return json;
    }

    private static Map<String, Object> skill(Skill skill) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("id", skill.id().value());
      json.put("name", skill.name());
      return json;
    }
  }

  @Command(name = "gap",
      description = "The skill gap from FROM to TO: skills added, raised, unchanged, lowered and no longer required"
          + " (default data: the official DDaT framework).")
  static final class Gap extends Subcommand {

    @Parameters(index = "0", paramLabel = "FROM",
        description = "Role level id or name, e.g. senior-machine-learning-engineer; or a standard reference of"
            + " the graph, e.g. ST1398.")
    String from;

    @Parameters(index = "1", paramLabel = "TO", description = "Role level or standard reference.")
    String to;

    @Option(names = "--json", description = "Print one JSON object (the same as --format json).")
    boolean json;

    @Option(names = "--format", paramLabel = "FORMAT", description = FORMAT_DESCRIPTION)
    @Nullable
    Format format;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    @Nullable
    Source source;

    @Option(names = "--crosswalk", paramLabel = "FILE",
        description = "A crosswalk JSON document (format apprenticeships4j-crosswalk/1) from the KSBs of a bundled "
            + "standard to the framework's skills: the standard's skills are the profile derived from it.")
    @Nullable
    Path crosswalk;

    @Override
    int run(PrintWriter out, PrintWriter err) {
      Format chosen = format(this, json, format);
      ProgressionGraph graph;
      CareerNode before;
      CareerNode after;
      try {
        graph = load(source, false, err);
        before = node(from);
        after = node(to);
        if (crosswalk != null) {
          Optional<ProgressionGraph> derived = withCrosswalk(graph, crosswalk, err);
          if (derived.isEmpty()) {
            return A4j.ERRORS;
          }
          graph = derived.get();
        }
      } catch (Unreadable | InvalidValueException e) {
        return CommandIo.failed(err, e);
      }
      if (!holds(graph, List.of(before, after), err)) {
        return A4j.ERRORS;
      }
      SkillGap gap = SkillGap.between(graph.label(before), graph.requirements(before), graph.label(after),
          graph.requirements(after), graph.framework()::skillName);
      if (chosen.diagram().isPresent()) {
        out.print(Diagrams.skillGap(gap, chosen.diagram().get()));
      } else if (chosen == Format.json) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("from", node(graph, before));
        doc.put("to", node(graph, after));
        doc.put("stepsToLearn", gap.stepsToLearn());
        doc.put("changes", gap.changes().stream().map(CareerCommand::change).collect(Collectors.toList()));
        CommandIo.printJson(out, doc);
      } else {
        CareerPrinter.printGap(gap, out);
      }
      out.flush();
      return A4j.OK;
    }
  }

  @Command(name = "paths",
      description = "The paths from FROM to TO, fewest steps first, with the skills to learn on each step"
          + " (default data: the bundled example ML engineer ladder). The search is bounded: at most"
          + " --max-steps steps and --max-paths paths, and it gives up on a graph so dense that it would run for"
          + " long; a bound that cut the answer short is reported on standard error.")
  static final class Paths extends Subcommand {

    @Parameters(index = "0", paramLabel = "FROM", description = "Standard reference or role level, e.g. ST1398.")
    String from;

    @Parameters(index = "1", paramLabel = "TO", description = "Role level or standard reference, e.g. head-of-ai.")
    String to;

    @Option(names = "--max-steps", paramLabel = "N",
        description = "Only paths of at most N steps (default: " + ProgressionGraph.DEFAULT_MAX_STEPS + ").")
    @Nullable
    Integer maxSteps;

    @Option(names = "--max-paths", paramLabel = "N", description = "At most N paths, those with the fewest steps"
        + " (default: " + ProgressionGraph.DEFAULT_MAX_PATHS + ").")
    @Nullable
    Integer maxPaths;

    @Option(names = "--json", description = "Print one JSON object (the same as --format json).")
    boolean json;

    @Option(names = "--format", paramLabel = "FORMAT", description = FORMAT_DESCRIPTION
        + " The diagram draws the paths as one graph, each step labelled with its kind and the skill levels to"
        + " learn.")
    @Nullable
    Format format;

    @Option(names = "--file", paramLabel = "FILE",
        description = "A career JSON document with edges (format apprenticeships4j-career/1).")
    @Nullable
    Path file;

    @Override
    int run(PrintWriter out, PrintWriter err) {
      Format chosen = format(this, json, format);
      ProgressionGraph graph;
      CareerNode start;
      CareerNode end;
      try {
        graph = file == null ? CareerData.ladder() : readJson(file, err);
        start = node(from);
        end = node(to);
      } catch (Unreadable | InvalidValueException e) {
        return CommandIo.failed(err, e);
      }
      if (maxSteps != null && maxSteps < 1) {
        err.println("a4j: --max-steps must be at least 1");
        return A4j.UNREADABLE;
      }
      if (maxPaths != null && maxPaths < 1) {
        err.println("a4j: --max-paths must be at least 1");
        return A4j.UNREADABLE;
      }
      if (!holds(graph, List.of(start, end), err)) {
        return A4j.ERRORS;
      }
      int steps = maxSteps == null ? ProgressionGraph.DEFAULT_MAX_STEPS : maxSteps;
      int count = maxPaths == null ? ProgressionGraph.DEFAULT_MAX_PATHS : maxPaths;
      try {
        return print(graph, start, end, steps, graph.paths(start, end, steps, count), chosen, out, err);
      } catch (OutOfMemoryError e) {
        // Only a --max-paths far above the default gets here: the paths kept are the only large allocation, and
        // they are unreachable once the search or the printing has unwound.
        err.println("a4j: not enough memory for " + count + " paths; ask for fewer with --max-paths, or give Java"
            + " more memory (JAVA_OPTS=-Xmx...)");
        return A4j.UNREADABLE;
      }
    }

    private Integer print(ProgressionGraph graph, CareerNode start, CareerNode end, int steps, CareerPaths found,
        Format chosen, PrintWriter out, PrintWriter err) {
      List<CareerPath> paths = found.paths();
      Optional<CareerPath> easiest = paths.stream()
          .min(Comparator.comparingInt(CareerPath::skillGap).thenComparingInt(CareerPath::steps));
      if (chosen.diagram().isPresent()) {
        if (!paths.isEmpty()) {
          out.print(Diagrams.paths(graph, paths, chosen.diagram().get()));
        }
      } else if (chosen == Format.json) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("from", node(graph, start));
        doc.put("to", node(graph, end));
        List<Object> list = new ArrayList<>();
        for (CareerPath path : paths) {
          Map<String, Object> entry = new LinkedHashMap<>();
          entry.put("steps", path.steps());
          entry.put("skillGap", path.skillGap());
          entry.put("leastToLearn", path.equals(easiest.get()));
          entry.put("nodes", path.nodes().stream().map(CareerNode::toString).collect(Collectors.toList()));
          entry.put("edges", path.edges().stream().map(e -> edge(graph, e)).collect(Collectors.toList()));
          list.add(entry);
        }
        doc.put("paths", list);
        doc.put("complete", found.isComplete());
        doc.put("findings", found.findings().stream().map(Paths::finding).collect(Collectors.toList()));
        CommandIo.printJson(out, doc);
      } else if (!paths.isEmpty()) {
        out.println("Paths from " + graph.label(start) + " to " + graph.label(end) + ": " + paths.size()
            + ", fewest steps first");
        CareerPrinter.printPaths(graph, paths, out);
      }
      out.flush();
      found.findings().stream()
          .filter(f -> maxSteps == null || !f.code().equals(CareerCodes.PATHS_STEP_BOUND))   // asked for: not news
          .forEach(err::println);
      if (paths.isEmpty()) {
        err.println("a4j: no path from " + start + " to " + end + " in at most " + steps + " steps"
            + (found.findings().stream().anyMatch(f -> f.code().equals(CareerCodes.PATHS_WORK_BOUND))
                ? " found before the search stopped" : ""));
        return A4j.ERRORS;
      }
      return A4j.OK;
    }

    private static Map<String, Object> finding(Issue issue) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("severity", issue.severity().name().toLowerCase(Locale.ROOT));
      json.put("code", issue.code());
      json.put("message", issue.message());
      return json;
    }

    private static Map<String, Object> edge(ProgressionGraph graph, ProgressionEdge edge) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("from", edge.from().toString());
      json.put("to", edge.to().toString());
      json.put("kind", kebab(edge.kind()));
      json.put("learn", graph.delta(edge).map(d -> CareerPrinter.learning(d).stream().map(CareerCommand::change)
          .collect(Collectors.toList())).orElse(null));
      return json;
    }
  }
}
