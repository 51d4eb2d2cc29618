package io.github.apprenticeships4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.apprenticeships4j.core.career.CareerNode;
import io.github.apprenticeships4j.core.career.Framework;
import io.github.apprenticeships4j.core.career.SkillId;
import io.github.apprenticeships4j.core.crosswalk.Crosswalk;
import io.github.apprenticeships4j.core.crosswalk.CrosswalkProfile;
import io.github.apprenticeships4j.core.crosswalk.CrosswalkValidator;
import io.github.apprenticeships4j.core.crosswalk.MatchKind;
import io.github.apprenticeships4j.core.standard.Standard;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The bundled crosswalk from ST1398 to DDaT, and the ladder's outcomes of ST1398 derived from it. */
class CrosswalkDataTest {
  @Test
  void theBundledCrosswalk_hasNoFindings_againstST1398v1_andTheOfficialDdat() {
    Crosswalk crosswalk = CareerData.crosswalk();
    Standard st1398 = CareerData.standardOf(crosswalk).orElseThrow();
    Framework ddat = CareerData.ddat().value();

    assertThat(st1398.version()).hasToString("1.0");
    assertThat(CrosswalkValidator.validate(crosswalk, st1398, ddat).issues()).isEmpty();
    assertThat(crosswalk.framework()).isEqualTo(ddat.name());
  }

  @Test
  void theLaddersOutcomesOfST1398_areTheProfileDerivedFromTheCrosswalk() {
    CrosswalkProfile derived = CareerData.st1398Profile();

    assertThat(CareerData.ladder().findApprenticeship(CareerNode.parse("ST1398")).orElseThrow().outcomes())
        .isEqualTo(derived.outcomes());
    assertThat(CareerData.ladder().findApprenticeship(CareerNode.parse("ST1398")).orElseThrow())
        .isEqualTo(derived.node());
    assertThat(derived.profile().levels()).hasSize(6);
  }

  @Test
  void eachSkillOfTheProfile_hasCountedAlignments_andTheStrictRuleKeepsFewerSkills() {
    CrosswalkProfile derived = CareerData.st1398Profile();
    Crosswalk crosswalk = CareerData.crosswalk();
    CrosswalkProfile strict = crosswalk.profile(CareerData.standardOf(crosswalk).orElseThrow(),
        CareerData.ddat().value(), Set.of(MatchKind.EXACT, MatchKind.NARROW));

    assertThat(derived.evidence()).allSatisfy(e -> assertThat(e.counted()).isNotEmpty());
    assertThat(derived.findEvidence(SkillId.parse("data-ethics-and-privacy")).orElseThrow())
        .hasToString("Data ethics and privacy at Working (counted: S11, K26, K24; noted: S20, B4)");
    assertThat(strict.profile().levels().keySet()).containsExactlyInAnyOrder(
        SkillId.parse("applied-maths-statistics-and-scientific-practices"),
        SkillId.parse("communicating-between-the-technical-and-non-technical"),
        SkillId.parse("data-ethics-and-privacy"), SkillId.parse("data-science-innovation"));
  }
}
