package io.github.apprenticeships4j.formats.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.apprenticeships4j.core.career.ApprenticeshipNode;
import io.github.apprenticeships4j.core.career.CareerNode;
import io.github.apprenticeships4j.core.career.EdgeKind;
import io.github.apprenticeships4j.core.career.Framework;
import io.github.apprenticeships4j.core.career.PayBand;
import io.github.apprenticeships4j.core.career.ProgressionEdge;
import io.github.apprenticeships4j.core.career.ProgressionGraph;
import io.github.apprenticeships4j.core.career.Role;
import io.github.apprenticeships4j.core.career.RoleId;
import io.github.apprenticeships4j.core.career.RoleLevel;
import io.github.apprenticeships4j.core.career.RoleLevelId;
import io.github.apprenticeships4j.core.career.Skill;
import io.github.apprenticeships4j.core.career.SkillId;
import io.github.apprenticeships4j.core.career.SkillLevelScale;
import io.github.apprenticeships4j.core.career.SkillRequirement;
import io.github.apprenticeships4j.core.standard.StandardReference;
import io.github.apprenticeships4j.formats.LoadException;
import io.github.apprenticeships4j.formats.Loaded;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class CareerJsonPropertiesTest {
  /** Any text, including quotes, backslashes, line breaks and characters outside Latin-1. */
  static Gen<String> texts() {
    return strings().betweenCodePoints(0, 0x2FFF).ofLengthBetween(0, 12);
  }

  /** A graph whose shape and values come from {@code seed}, with the given texts used for names and descriptions. */
  static ProgressionGraph graph(long seed, List<String> texts) {
    SplittableRandom random = new SplittableRandom(seed);
    List<String> words = texts.isEmpty() ? List.of("x") : texts;
    java.util.function.Supplier<String> text = () -> words.get(random.nextInt(words.size()));
    SkillLevelScale scale = random.nextBoolean() ? SkillLevelScale.ddat()
        : SkillLevelScale.numeric("Numeric " + text.get(), 1, 1 + random.nextInt(7));
    Framework.Builder framework = Framework.builder().name(text.get()).publisher(text.get())
        .source(text.get()).scale(scale);
    if (random.nextBoolean()) {
      framework.published(LocalDate.ofEpochDay(random.nextInt(30_000))).licence(text.get());
    }
    int skillCount = random.nextInt(5);
    for (int s = 0; s < skillCount; s++) {
      Skill.Builder skill = Skill.builder().id(SkillId.parse("skill-" + s)).name(text.get());
      if (random.nextBoolean()) {
        skill.description(text.get());
      }
      if (random.nextInt(3) == 0) {
        skill.identity(SkillId.parse("base-" + random.nextInt(2))).context(text.get());
      }
      scale.levels().stream().filter(l -> random.nextBoolean()).forEach(l -> skill.putLevelDescription(l, text.get()));
      framework.addSkills(skill.build());
    }
    List<RoleLevelId> levels = new ArrayList<>();
    int roleCount = random.nextInt(4);
    for (int r = 0; r < roleCount; r++) {
      var role = Role.builder().id(RoleId.parse("role-" + r)).name(text.get()).family(text.get());
      if (random.nextBoolean()) {
        role.description(text.get()).type(text.get());
      }
      int levelCount = random.nextInt(4);
      for (int l = 0; l < levelCount; l++) {
        RoleLevelId id = RoleLevelId.parse("level-" + r + "-" + l);
        levels.add(id);
        RoleLevel.Builder level = RoleLevel.builder().id(id).name(text.get());
        if (random.nextBoolean()) {
          level.rank(random.nextInt(-3, 10)).description(text.get());
        }
        level.addAllRequirements(requirements(random, scale));
        if (random.nextInt(3) == 0) {
          level.addPayBands(PayBand.of(text.get(), random.nextInt(100_000), random.nextInt(200_000),
              random.nextBoolean(), text.get()));
        }
        role.addLevels(level.build());
      }
      framework.addRoles(role.build());
    }
    ProgressionGraph.Builder graph = ProgressionGraph.builder().framework(framework.build());
    List<CareerNode> nodes = new ArrayList<>();
    levels.forEach(l -> nodes.add(CareerNode.of(l)));
    int apprenticeships = random.nextInt(3);
    for (int a = 0; a < apprenticeships; a++) {
      StandardReference reference = StandardReference.parse(String.format(Locale.ROOT, "ST%04d", random.nextInt(
          10_000)));
      graph.addApprenticeships(ApprenticeshipNode.of(reference, text.get(), 2 + random.nextInt(6),
          requirements(random, scale)));
      nodes.add(CareerNode.of(reference));
    }
    nodes.add(CareerNode.parse("unknown-node"));
    int edges = nodes.size() < 2 ? 0 : random.nextInt(8);
    for (int e = 0; e < edges; e++) {
      graph.addEdges(new ProgressionEdge(nodes.get(random.nextInt(nodes.size())),
          nodes.get(random.nextInt(nodes.size())), EdgeKind.values()[random.nextInt(EdgeKind.values().length)]));
    }
    return graph.build();
  }

  private static List<SkillRequirement> requirements(SplittableRandom random, SkillLevelScale scale) {
    List<SkillRequirement> requirements = new ArrayList<>();
    int count = random.nextInt(4);
    for (int i = 0; i < count; i++) {
      SkillId skill = SkillId.parse("skill-" + random.nextInt(6));
      requirements.add(random.nextInt(4) == 0 ? SkillRequirement.unrated(skill)
          : SkillRequirement.of(skill, scale.levels().get(random.nextInt(scale.levels().size()))));
    }
    return requirements;
  }

  @Test
  void writeThenRead_givesAnEqualGraph_withoutFindings() {
    qt().withExamples(300).forAll(integers().all(), lists().of(texts()).ofSizeBetween(0, 6))
        .checkAssert((seed, texts) -> {
          ProgressionGraph graph = graph(seed, texts);
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          CareerJson.write(graph, out);

          Loaded<ProgressionGraph> read;
          try {
            read = CareerJson.readGraph(CareerJson.reader().open(new ByteArrayInputStream(out.toByteArray()),
                "round-trip.json"));
          } catch (LoadException e) {
            throw new AssertionError(e.getMessage(), e);
          }

          assertThat(read.issues()).isEmpty();
          assertThat(read.value()).isEqualTo(graph);
        });
  }
}
