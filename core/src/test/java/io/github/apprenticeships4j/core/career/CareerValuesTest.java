package io.github.apprenticeships4j.core.career;

import static io.github.apprenticeships4j.core.career.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.apprenticeships4j.core.standard.StandardReference;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CareerValuesTest {
  static final StandardReference ST1398 = StandardReference.tryParse("ST1398").orElseThrow();

  @Test
  void apprenticeshipNode_copiesItsOutcomes_andIsEqualByValue() {
    List<SkillRequirement> outcomes = new ArrayList<>(List.of(SkillRequirement.of(INTEGRATION, WORKING)));

    ApprenticeshipNode node = ApprenticeshipNode.of(ST1398, "Machine learning engineer", 6, outcomes);
    outcomes.clear();

    assertThat(node.outcomes()).containsExactly(SkillRequirement.of(INTEGRATION, WORKING));
    assertThat(node).isEqualTo(ApprenticeshipNode.of(ST1398, "Machine learning engineer", 6,
        List.of(SkillRequirement.of(INTEGRATION, WORKING))))
        .hasSameHashCodeAs(ApprenticeshipNode.of(ST1398, "Machine learning engineer", 6,
            List.of(SkillRequirement.of(INTEGRATION, WORKING))))
        .isNotEqualTo(ApprenticeshipNode.of(ST1398, "Machine learning engineer", 7, List.of()));
    assertThat(node.node()).isEqualTo(CareerNode.of(ST1398));
    assertThat(node).hasToString("ST1398 Machine learning engineer (level 6)");
  }

  @Test
  void payBand_isEqualByValue_andReadsAsARange() {
    PayBand london = PayBand.of("London", 145_000, 195_000, true, "Civil Service pay 2025");

    assertThat(london).isEqualTo(PayBand.of("London", 145_000, 195_000, true, "Civil Service pay 2025"))
        .hasSameHashCodeAs(PayBand.of("London", 145_000, 195_000, true, "Civil Service pay 2025"))
        .isNotEqualTo(PayBand.of("London", 145_000, 195_000, false, "Civil Service pay 2025"));
    assertThat(london).hasToString("London £145,000–£195,000+");
    assertThat(london.region()).isEqualTo("London");
    assertThat(london.source()).isEqualTo("Civil Service pay 2025");
  }

  @Test
  void skillChange_seenFromTheOtherSide_swapsItsEnds_andTwiceIsItself() {
    SkillGap gap = FRAMEWORK.gap(SENIOR_MLE, LEAD_MLE);

    for (SkillChange change : gap.changes()) {
      SkillChange inverse = change.inverse();
      assertThat(inverse.kind()).isEqualTo(change.kind().inverse());
      assertThat(inverse.from()).isEqualTo(change.to());
      assertThat(inverse.to()).isEqualTo(change.from());
      assertThat(inverse.steps()).isEqualTo(-change.steps());
      assertThat(inverse.inverse()).isEqualTo(change).hasSameHashCodeAs(change);
    }
    assertThat(gap.raised()).isNotEmpty().allSatisfy(c -> assertThat(c).isNotEqualTo(c.inverse()));
  }
}
