package io.github.apprenticeships4j.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.apprenticeships4j.core.career.ApprenticeshipNode;
import io.github.apprenticeships4j.core.career.CareerNode;
import io.github.apprenticeships4j.core.career.CareerPath;
import io.github.apprenticeships4j.core.career.EdgeKind;
import io.github.apprenticeships4j.core.career.Framework;
import io.github.apprenticeships4j.core.career.PathCost;
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
import io.github.apprenticeships4j.core.funding.Apprentice;
import io.github.apprenticeships4j.core.funding.Apprenticeship;
import io.github.apprenticeships4j.core.funding.Employer;
import io.github.apprenticeships4j.core.funding.FundingBreakdown;
import io.github.apprenticeships4j.core.funding.FundingCalculator;
import io.github.apprenticeships4j.core.funding.FundingResult;
import io.github.apprenticeships4j.core.funding.StandardFunding;
import io.github.apprenticeships4j.core.standard.LarsCode;
import io.github.apprenticeships4j.core.standard.Standard;
import io.github.apprenticeships4j.core.standard.StandardCatalogue;
import io.github.apprenticeships4j.core.standard.StandardFilters;
import io.github.apprenticeships4j.core.standard.StandardFixtures;
import io.github.apprenticeships4j.core.standard.StandardReference;
import io.github.apprenticeships4j.core.standard.StandardVersion;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The code examples in the class Javadoc of core types: each is here, line for line, and runs. */
class JavadocExamplesTest {
  static final Path MAIN = Path.of("src/main/java/io/github/apprenticeships4j/core");
  static final Path THIS = Path.of("src/test/java/io/github/apprenticeships4j/core/JavadocExamplesTest.java");

  @ParameterizedTest
  @ValueSource(strings = {"funding/FundingCalculator.java", "standard/StandardCatalogue.java",
      "career/ProgressionGraph.java"})
  void everyCodeExample_isCompiledAndRunHere(String source) throws IOException {
    String javadoc = Files.readString(MAIN.resolve(source), StandardCharsets.UTF_8);
    Matcher blocks = Pattern.compile("<pre>\\{@code\\n(.*?)\\n \\* }</pre>", Pattern.DOTALL).matcher(javadoc);
    List<String> examples = new ArrayList<>();
    while (blocks.find()) {
      examples.add(blocks.group(1).lines().map(l -> l.replaceFirst("^ \\* ?", "")).collect(Collectors.joining("\n")));
    }
    String here = normalise(Files.readString(THIS, StandardCharsets.UTF_8));

    assertThat(examples).as(source).isNotEmpty();
    assertThat(examples).allSatisfy(example -> assertThat(here).contains(normalise(example)));
  }

  @Test
  void fundingCalculator_example() {
    FundingCalculator calculator = FundingCalculator.withDefaultRules();
    Apprenticeship ml = Apprenticeship.builder()
        .startDate(LocalDate.of(2025, 9, 1)).plannedDurationMonths(24)
        .standard(StandardFunding.builder().reference(StandardReference.parse("ST1398"))
            .level(6).typicalDurationMonths(24).build())          // its £22,000 cap comes from the rules
        .trainingPrice(new BigDecimal("19000")).assessmentPrice(new BigDecimal("3000"))
        .employer(Employer.nonLevy()).apprentice(Apprentice.bornOn(LocalDate.of(2000, 3, 15)))
        .build();
    FundingResult result = calculator.calculate(ml);
    result.report().issues().forEach(System.out::println);       // the errors if rejected, else any warnings
    FundingBreakdown funding = result.orElseThrow();
    System.out.println(funding.split());     // FundingSplit[levy=0.00, government=20900.00, employer=1100.00]
    System.out.println(funding.instalments().size() + " x " + funding.instalments().get(0).amount());   // 24 x 733.33

    assertThat(funding.split()).hasToString("FundingSplit[levy=0.00, government=20900.00, employer=1100.00]");
    assertThat(funding.instalments().size() + " x " + funding.instalments().get(0).amount()).isEqualTo("24 x 733.33");
  }

  @Test
  void standardCatalogue_example() {
    List<Standard> standards = List.of(StandardFixtures.ML_ENGINEER);

    StandardCatalogue catalogue = StandardCatalogue.of(standards);   // or StandardsJson.readCatalogue(file).value()
    StandardReference ref = StandardReference.parse("ST1398");
    Standard ml = catalogue.get(ref, StandardVersion.of(1, 0));
    Optional<Standard> forStart = catalogue.versionForStartOn(ref, LocalDate.of(2025, 9, 1));   // approved, not a draft
    List<Standard> byLarsCode = catalogue.findByLarsCode(LarsCode.of(795));
    List<Standard> level6Digital = catalogue.select(StandardFilters.level(6).and(StandardFilters.route("Digital")));

    assertThat(forStart).contains(ml);
    assertThat(byLarsCode).containsExactly(ml);
    assertThat(level6Digital).containsExactly(ml);
  }

  @Test
  void progressionGraph_example() {
    Framework framework = ladder();

    CareerNode st1398 = CareerNode.parse("ST1398");
    CareerNode engineer = CareerNode.parse("machine-learning-engineer");
    CareerNode lead = CareerNode.parse("lead-machine-learning-engineer");
    ProgressionGraph graph = ProgressionGraph.builder()
        .framework(framework)                                   // its role levels and skills, e.g. DDaT's
        .addApprenticeships(ApprenticeshipNode.of(StandardReference.parse("ST1398"), "Machine learning engineer", 6,
            List.of(SkillRequirement.of(SkillId.parse("systems-integration"), framework.scale().get("Working")))))
        .addEdges(new ProgressionEdge(st1398, engineer, EdgeKind.APPRENTICESHIP_TO_ROLE),
            new ProgressionEdge(engineer, lead, EdgeKind.PROMOTION))
        .build();
    for (CareerPath path : graph.paths(st1398, lead, 5)) {        // at most 5 steps (and 1,000 paths), fewest first
      System.out.println(path + ": " + path.skillGap() + " skill levels to learn");
    }
    graph.delta(graph.nextSteps(st1398).get(0)).ifPresent(System.out::println);   // what the first step asks
    CareerPath easiest = graph.shortestPath(st1398, lead, PathCost.SKILL_GAP).orElseThrow();

    assertThat(easiest.nodes()).containsExactly(st1398, engineer, lead);
    assertThat(easiest.skillGap()).isEqualTo(2);
  }

  /** Systems integration, required at Practitioner by a machine learning engineer and at Expert by a lead. */
  private static Framework ladder() {
    SkillLevelScale ddat = SkillLevelScale.ddat();
    SkillId integration = SkillId.parse("systems-integration");
    Skill skill = Skill.builder().id(integration).name("Systems integration")
        .putLevelDescription(ddat.get("Working"), "You can integrate")
        .putLevelDescription(ddat.get("Practitioner"), "You can lead integration")
        .putLevelDescription(ddat.get("Expert"), "You can set integration strategy").build();
    Role role = Role.builder().id(RoleId.parse("machine-learning-engineer")).name("Machine learning engineer")
        .family("Data")
        .addLevels(level("Machine learning engineer", 1, SkillRequirement.of(integration, ddat.get("Practitioner"))),
            level("Lead machine learning engineer", 2, SkillRequirement.of(integration, ddat.get("Expert"))))
        .build();
    return Framework.builder().name("Example").publisher("Test").source("test").scale(ddat).addSkills(skill)
        .addRoles(role).build();
  }

  private static RoleLevel level(String name, int rank, SkillRequirement requirement) {
    return RoleLevel.builder().id(RoleLevelId.ofName(name)).name(name).rank(rank).addRequirements(requirement)
        .build();
  }

  private static String normalise(String text) {
    return text.lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.joining("\n"));
  }
}
