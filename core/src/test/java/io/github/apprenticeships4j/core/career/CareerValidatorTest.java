package io.github.apprenticeships4j.core.career;

import static io.github.apprenticeships4j.core.career.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.core.validation.Severity;
import io.github.apprenticeships4j.core.validation.ValidationReport;
import java.util.List;
import org.junit.jupiter.api.Test;

class CareerValidatorTest {
  private static Framework withRole(Role role) {
    return FRAMEWORK.withRoles(role);
  }

  @Test
  void validate_consistentFramework_findsNothing() {
    assertThat(CareerValidator.validate(FRAMEWORK).issues()).isEmpty();
  }

  @Test
  void validate_requirementAtUndefinedLevel_isAnError() {
    Framework f = withRole(Role.builder().id(RoleId.parse("r")).name("R").family("F")
        .addLevels(level("Only", 1, at(INTEGRATION, AWARENESS))).build());

    ValidationReport report = CareerValidator.validate(f);

    assertThat(report.withCode(CareerCodes.REQUIREMENT_LEVEL_UNDEFINED)).singleElement().satisfies(i -> {
      assertThat(i.severity()).isEqualTo(Severity.ERROR);
      assertThat(i.path()).isEqualTo("requirements[0].level");
      assertThat(i.subject()).contains("only");
      assertThat(i.rejectedValue()).contains("Awareness");
    });
  }

  @Test
  void validate_unknownSkillAndForeignLevelAndMissingLevel_areReported() {
    SkillLevel seven = SkillLevelScale.numeric("SFIA", 1, 7).get("7");
    Framework f = withRole(Role.builder().id(RoleId.parse("r")).name("R").family("F")
        .addLevels(level("Only", 1, at(SkillId.parse("juggling"), WORKING), at(MATHS, seven),
            SkillRequirement.unrated(ETHICS), at(ETHICS, WORKING)))
        .build());

    assertThat(CareerValidator.validate(f).issues()).extracting(Issue::code).containsExactly(
        CareerCodes.REQUIREMENT_SKILL_UNKNOWN, CareerCodes.REQUIREMENT_LEVEL_FOREIGN,
        CareerCodes.REQUIREMENT_LEVEL_MISSING, CareerCodes.REQUIREMENT_DUPLICATE);
  }

  @Test
  void validate_higherLevelRequiringLess_isAWarning_andUnrankedLevelsAreReported() {
    Framework f = withRole(Role.builder().id(RoleId.parse("r")).name("R").family("F")
        .addLevels(level("Junior", 1, at(MATHS, PRACTITIONER)), level("Senior", 2, at(MATHS, WORKING)),
            RoleLevel.builder().id(RoleLevelId.parse("floating")).name("Floating").build())
        .build());

    ValidationReport report = CareerValidator.validate(f);

    assertThat(report.withCode(CareerCodes.LADDER_REQUIREMENT_LOWERED)).singleElement()
        .satisfies(i -> assertThat(i.subject()).contains("senior"));
    assertThat(report.withCode(CareerCodes.ROLE_LEVEL_ORDER_MISSING)).singleElement()
        .satisfies(i -> assertThat(i.subject()).contains("floating"));
    assertThat(report.hasErrors()).isFalse();
  }

  @Test
  void validate_duplicateNames_areErrors() {
    Framework f = FRAMEWORK
        .withSkills(allLevels(MATHS, "Maths"), allLevels(SkillId.parse("maths-2"), "maths"))
        .withRoles(Role.builder().id(RoleId.parse("a")).name("A").family("F").addLevels(level("X", 1)).build(),
            Role.builder().id(RoleId.parse("b")).name("a").family("F").addLevels(level("X", 1)).build());

    assertThat(CareerValidator.validate(f).issues()).extracting(Issue::code).containsExactly(
        CareerCodes.SKILL_DUPLICATE, CareerCodes.ROLE_DUPLICATE, CareerCodes.ROLE_LEVEL_DUPLICATE);
  }

  @Test
  void validate_skillWithoutLevels_andBadPayBand_areReported() {
    Framework f = FRAMEWORK
        .withSkills(Skill.builder().id(MATHS).name("Maths").build())
        .withRoles(Role.builder().id(RoleId.parse("r")).name("R").family("F").addLevels(RoleLevel.builder()
            .id(RoleLevelId.parse("x")).name("X").addPayBands(PayBand.of("London", 10, 5, false, "test")).build())
            .build());

    assertThat(CareerValidator.validate(f).issues()).extracting(Issue::code)
        .containsExactly(CareerCodes.SKILL_NO_LEVELS, CareerCodes.PAY_BAND_RANGE);
  }

  @Test
  void validateGraph_edgesToUnknownNodes_wrongKinds_selfLoopsAndDuplicates_areReported() {
    ProgressionGraph g = graph(List.of(
        edge(SENIOR_MLE, RoleLevelId.parse("astronaut"), EdgeKind.LATERAL_MOVE),
        edge(ST1398, SENIOR_MLE, EdgeKind.PROMOTION),
        edge(DEVELOPER, DEVELOPER, EdgeKind.LATERAL_MOVE),
        edge(ST1398, DEVELOPER, EdgeKind.APPRENTICESHIP_TO_ROLE),
        edge(ST1398, DEVELOPER, EdgeKind.APPRENTICESHIP_TO_ROLE)));

    assertThat(CareerValidator.validate(g).issues()).extracting(Issue::code, Issue::path).containsExactly(
        org.assertj.core.groups.Tuple.tuple(CareerCodes.GRAPH_EDGE_UNKNOWN_NODE, "edges[0].to"),
        org.assertj.core.groups.Tuple.tuple(CareerCodes.GRAPH_EDGE_KIND, "edges[1].kind"),
        org.assertj.core.groups.Tuple.tuple(CareerCodes.GRAPH_EDGE_SELF, "edges[2]"),
        org.assertj.core.groups.Tuple.tuple(CareerCodes.GRAPH_EDGE_DUPLICATE, "edges[4]"));
  }

  @Test
  void validateGraph_promotionCycle_isOneErrorNamingItsNodes() {
    ProgressionGraph g = graph(List.of(
        edge(SENIOR_MLE, LEAD_MLE, EdgeKind.PROMOTION),
        edge(LEAD_MLE, SENIOR_MLE, EdgeKind.PROMOTION),
        edge(DATA_SCIENTIST, SENIOR_MLE, EdgeKind.LATERAL_MOVE)));

    ValidationReport report = CareerValidator.validate(g);

    assertThat(report.withCode(CareerCodes.GRAPH_PROMOTION_CYCLE)).singleElement().satisfies(i -> assertThat(
        i.subject()).contains("lead-machine-learning-engineer, senior-machine-learning-engineer"));
    assertThat(report.withCode(CareerCodes.GRAPH_PROMOTION_ORDER)).singleElement()
        .satisfies(i -> assertThat(i.path()).isEqualTo("edges[1]"));
  }

  @Test
  void validateGraph_promotionAcrossRoles_isAWarning() {
    ProgressionGraph g = graph(List.of(edge(DATA_SCIENTIST, LEAD_MLE, EdgeKind.PROMOTION)));

    assertThat(CareerValidator.validate(g).issues()).extracting(Issue::code, Issue::severity)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(CareerCodes.GRAPH_PROMOTION_ORDER, Severity.WARNING));
  }
}
