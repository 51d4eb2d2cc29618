package io.github.apprenticeships4j.core.career;

import io.github.apprenticeships4j.core.internal.Tamper;
import static io.github.apprenticeships4j.core.career.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.apprenticeships4j.core.validation.InvalidValueException;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class FrameworkTest {
  @Test
  void gap_seniorToLeadMachineLearningEngineer_raisesFourSkillsByOneStep() {
    SkillGap gap = FRAMEWORK.gap(SENIOR_MLE, LEAD_MLE);

    assertThat(gap.raised()).extracting(SkillChange::skill)
        .containsExactly(COMMUNICATING, INNOVATION, PROGRAMMING_SE, INTEGRATION);
    assertThat(gap.raised()).allSatisfy(c -> {
      assertThat(c.steps()).isEqualTo(1);
      assertThat(c.from()).contains(PRACTITIONER);
      assertThat(c.to()).contains(EXPERT);
    });
    assertThat(gap.unchanged()).extracting(SkillChange::skill).containsExactly(MATHS, ETHICS);
    assertThat(gap.added()).isEmpty();
    assertThat(gap.removed()).isEmpty();
    assertThat(gap.stepsToLearn()).isEqualTo(4);
  }

  @Test
  void gap_rendersOneLinePerSkill() {
    String text = FRAMEWORK.gap(SENIOR_MLE, LEAD_MLE).toString();

    assertThat(text).startsWith("Senior machine learning engineer -> Lead machine learning engineer: 4 raised, "
        + "2 unchanged");
    assertThat(text).contains("raised by 1: Systems integration (Practitioner -> Expert)");
    assertThat(text.lines()).hasSize(7);
  }

  @Test
  void gap_fromPersonProfile_listsAddedRaisedAndNoLongerRequired() {
    SkillId cooking = SkillId.parse("cooking");
    SkillProfile alex = SkillProfile.of("Alex").with(MATHS, EXPERT).with(COMMUNICATING, WORKING)
        .with(cooking, WORKING);

    SkillGap gap = FRAMEWORK.gap(alex, SENIOR_MLE);

    assertThat(gap.from()).isEqualTo("Alex");
    assertThat(gap.lowered()).extracting(SkillChange::skill).containsExactly(MATHS);
    assertThat(gap.raised()).extracting(SkillChange::skill).containsExactly(COMMUNICATING);
    assertThat(gap.added()).extracting(SkillChange::skill)
        .containsExactlyInAnyOrder(ETHICS, INNOVATION, PROGRAMMING_SE, INTEGRATION);
    assertThat(gap.removed()).extracting(SkillChange::skill).containsExactly(cooking);
    assertThat(gap.added()).allSatisfy(c -> assertThat(c.steps()).isEqualTo(PRACTITIONER.rank() + 1));
  }

  @Test
  void gap_unknownRoleLevel_throws() {
    assertThatThrownBy(() -> FRAMEWORK.gap(SENIOR_MLE, RoleLevelId.parse("astronaut")))
        .isInstanceOf(NoSuchElementException.class);
  }

  @Test
  void sharedSkills_matchVariantsOfOneSkillByIdentity() {
    var shared = FRAMEWORK.sharedSkills(MLE, RoleId.ofName("Data scientist"));

    assertThat(shared).extracting(SharedSkill::identity)
        .containsExactly(MATHS, ETHICS, INNOVATION, SkillId.parse("programming-and-build"));
    SharedSkill programming = shared.get(3);
    assertThat(programming.isSameVariant()).isFalse();
    assertThat(programming).hasToString(
        "Programming and build (software engineering) ~ Programming and build (data science)");
  }

  @Test
  void sharedSkillTable_listsRolesWithMostSharedSkillsFirst() {
    var table = FRAMEWORK.sharedSkillTable(MLE);

    assertThat(table).extracting(o -> o.role().name()).containsExactly("Data scientist",
        "Development operations (DevOps) engineer", "Software developer");
    assertThat(table.get(1).shared()).extracting(SharedSkill::identity)
        .containsExactly(SkillId.parse("programming-and-build"), INTEGRATION);
    assertThat(table.get(1).shared()).allMatch(SharedSkill::isSameVariant);
  }

  @Test
  void lookups_findRolesLevelsAndSkills() {
    assertThat(FRAMEWORK.roleOf(LEAD_MLE)).map(Role::id).contains(MLE);
    assertThat(FRAMEWORK.getRole(MLE).levelsInOrder()).extracting(RoleLevel::id).containsExactly(SENIOR_MLE, LEAD_MLE);
    assertThat(FRAMEWORK.families()).containsExactly("Data", "Software development");
    assertThat(FRAMEWORK.getSkill(INTEGRATION).definedLevels()).containsExactly(WORKING, PRACTITIONER, EXPERT);
    assertThat(FRAMEWORK.findSkill(SkillId.parse("nothing"))).isEmpty();
  }

  @Test
  void ids_ofName_areSlugs_andMalformedIdsAreRefusedWithStableCode() {
    assertThat(RoleLevelId.ofName("Head of (Agile) delivery management").value())
        .isEqualTo("head-of-agile-delivery-management");
    assertThat(SkillId.parse(" Data-Science ")).isEqualTo(SkillId.parse("data-science"));
    assertThatThrownBy(() -> SkillId.parse("data science")).isInstanceOfSatisfying(InvalidValueException.class,
        e -> assertThat(e.issue().code()).isEqualTo("career.id.format"));
    assertThatThrownBy(() -> RoleId.ofName("***")).isInstanceOf(InvalidValueException.class);
    // Only ASCII letters change case: the Kelvin sign is not a k (found by CareerNodeFuzzTest's property).
    assertThatThrownBy(() -> RoleLevelId.parse("networ\u212A-architect")).isInstanceOfSatisfying(
        InvalidValueException.class, e -> assertThat(e.issue().code()).isEqualTo("career.id.format"));
  }

  @Test
  void lookups_surviveWhateverACallerDoesToWhatTheFrameworkHandsOut() {
    Framework framework = FRAMEWORK.withName("A copy of ours alone");
    framework.roleOf(LEAD_MLE);   // builds the look-ups

    Tamper.everyAccessorOf(framework);

    assertThat(framework.findSkill(INTEGRATION)).isPresent();
    assertThat(framework.findRoleLevel(LEAD_MLE)).isPresent();
    assertThat(framework.roleOf(LEAD_MLE)).map(Role::id).contains(MLE);
    assertThat(framework.roleLevels()).hasSize(5);
  }
}
