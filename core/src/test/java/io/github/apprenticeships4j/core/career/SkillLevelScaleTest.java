package io.github.apprenticeships4j.core.career;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.apprenticeships4j.core.validation.InvalidValueException;
import java.util.List;
import org.junit.jupiter.api.Test;

class SkillLevelScaleTest {
  @Test
  void ddat_ordersAwarenessWorkingPractitionerExpert() {
    SkillLevelScale ddat = SkillLevelScale.ddat();

    assertThat(ddat.levels()).extracting(SkillLevel::label)
        .containsExactly("Awareness", "Working", "Practitioner", "Expert");
    assertThat(ddat.get("expert").isAbove(ddat.get("Practitioner"))).isTrue();
    assertThat(ddat.levels()).isSorted();
  }

  @Test
  void numeric_holdsSfiaStyleOneToSeven() {
    SkillLevelScale sfia = SkillLevelScale.numeric("SFIA levels", 1, 7);

    assertThat(sfia.levels()).hasSize(7);
    assertThat(sfia.lowest().label()).isEqualTo("1");
    assertThat(sfia.highest().rank()).isEqualTo(6);
    assertThat(sfia.contains(SkillLevelScale.ddat().get("Working"))).isFalse();
  }

  @Test
  void get_unknownLabel_throwsWithStableCode() {
    assertThatThrownBy(() -> SkillLevelScale.ddat().get("NOT IN USE"))
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.issue().code()).isEqualTo(CareerCodes.SKILL_LEVEL_UNKNOWN));
  }

  @Test
  void of_duplicateLabels_isRefused() {
    assertThatThrownBy(() -> SkillLevelScale.of("x", List.of("Low", "low")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
