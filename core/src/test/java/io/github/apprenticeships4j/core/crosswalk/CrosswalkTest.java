package io.github.apprenticeships4j.core.crosswalk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.apprenticeships4j.core.career.ApprenticeshipNode;
import io.github.apprenticeships4j.core.career.Framework;
import io.github.apprenticeships4j.core.career.ProgressionGraph;
import io.github.apprenticeships4j.core.career.Role;
import io.github.apprenticeships4j.core.career.RoleId;
import io.github.apprenticeships4j.core.career.RoleLevel;
import io.github.apprenticeships4j.core.career.RoleLevelId;
import io.github.apprenticeships4j.core.career.Skill;
import io.github.apprenticeships4j.core.career.SkillChange;
import io.github.apprenticeships4j.core.career.SkillGap;
import io.github.apprenticeships4j.core.career.SkillId;
import io.github.apprenticeships4j.core.career.SkillLevel;
import io.github.apprenticeships4j.core.career.SkillLevelScale;
import io.github.apprenticeships4j.core.career.SkillRequirement;
import io.github.apprenticeships4j.core.standard.StandardFixtures;
import io.github.apprenticeships4j.core.standard.StandardReference;
import io.github.apprenticeships4j.core.standard.StandardVersion;
import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.core.validation.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CrosswalkTest {
  static final SkillLevelScale DDAT = SkillLevelScale.ddat();
  static final SkillLevel AWARENESS = DDAT.get("Awareness");
  static final SkillLevel WORKING = DDAT.get("Working");
  static final SkillLevel PRACTITIONER = DDAT.get("Practitioner");
  static final SkillId MATHS = SkillId.parse("applied-maths");
  static final SkillId ETHICS = SkillId.parse("data-ethics");
  static final SkillId INTEGRATION = SkillId.parse("systems-integration");
  static final RoleLevelId MLE = RoleLevelId.parse("machine-learning-engineer");
  static final Provenance BY_TEAM = Provenance.of("Example team", LocalDate.of(2026, 11, 26), "KSB texts");

  static final Framework FRAMEWORK = Framework.builder().name("Mini").publisher("Test").source("test").scale(DDAT)
      .addSkills(skill(MATHS, "Applied maths", AWARENESS, WORKING, PRACTITIONER),
          skill(ETHICS, "Data ethics", AWARENESS, WORKING, PRACTITIONER),
          skill(INTEGRATION, "Systems integration", WORKING, PRACTITIONER))
      .addRoles(Role.builder().id(RoleId.parse("ml")).name("ML engineer").family("Data")
          .addLevels(RoleLevel.builder().id(MLE).name("Machine learning engineer").rank(1)
              .addRequirements(SkillRequirement.of(MATHS, PRACTITIONER), SkillRequirement.of(ETHICS, WORKING),
                  SkillRequirement.of(INTEGRATION, WORKING))
              .build())
          .build())
      .build();

  static Skill skill(SkillId id, String name, SkillLevel... levels) {
    Skill.Builder b = Skill.builder().id(id).name(name);
    for (SkillLevel level : levels) {
      b.putLevelDescription(level, "You can: " + level);
    }
    return b.build();
  }

  static Alignment align(String ksb, SkillId skill, MatchKind kind, String level) {
    return Alignment.builder().ksb(ksb).skill(skill).kind(kind).level(level).reasoning("because").build();
  }

  static Crosswalk crosswalk(Alignment... alignments) {
    return Crosswalk.builder().standard(StandardFixtures.ST1398).standardVersion(StandardVersion.of(1, 0))
        .framework("Mini").provenance(BY_TEAM).addAlignments(alignments).build();
  }

  @Test
  void aSkill_takesTheHighestLevelOfItsHierarchicalAlignments_andRelatedOnesAreOnlyNoted() {
    Alignment k1 = align("K1", MATHS, MatchKind.BROAD, "Awareness");
    Alignment s1 = align("S1", MATHS, MatchKind.NARROW, "Working");
    Alignment s2 = align("S2", MATHS, MatchKind.RELATED, "Practitioner");
    Alignment b1 = align("B1", ETHICS, MatchKind.EXACT, "Working");
    CrosswalkProfile profile = crosswalk(k1, s1, s2, b1).profile(StandardFixtures.ML_ENGINEER, FRAMEWORK);

    assertThat(profile.findings().issues()).isEmpty();
    assertThat(profile.profile().levels()).containsOnly(Map.entry(MATHS, WORKING),
        Map.entry(ETHICS, WORKING));
    assertThat(profile.findEvidence(MATHS).orElseThrow().counted()).containsExactly(k1, s1);
    assertThat(profile.findEvidence(MATHS).orElseThrow().noted()).containsExactly(s2);
    assertThat(profile.profile().name()).isEqualTo("ST1398 Machine learning engineer");
    assertThat(profile.outcomes()).containsExactly(SkillRequirement.of(MATHS, WORKING),
        SkillRequirement.of(ETHICS, WORKING));
    assertThat(profile.countedKinds()).isEqualTo(Crosswalk.COUNTED_BY_DEFAULT);
  }

  @Test
  void countingOnlyExactAndNarrowAlignments_leavesOutTheSkillsOnlyBroadlyMatched() {
    Crosswalk crosswalk = crosswalk(align("K1", MATHS, MatchKind.BROAD, "Practitioner"),
        align("S1", MATHS, MatchKind.NARROW, "Working"), align("K2", INTEGRATION, MatchKind.BROAD, "Working"));
    CrosswalkProfile strict = crosswalk.profile(StandardFixtures.ML_ENGINEER, FRAMEWORK,
        Set.of(MatchKind.EXACT, MatchKind.NARROW));

    assertThat(crosswalk.profile(StandardFixtures.ML_ENGINEER, FRAMEWORK).profile().levels())
        .containsEntry(MATHS, PRACTITIONER).containsEntry(INTEGRATION, WORKING);
    assertThat(strict.profile().levels()).containsOnly(Map.entry(MATHS, WORKING));
    assertThat(strict.findEvidence(INTEGRATION).orElseThrow().level()).isEmpty();
    assertThat(strict.findEvidence(INTEGRATION).orElseThrow()).hasToString(
        "Systems integration (not counted) (counted: none; noted: K2)");
    assertThat(crosswalk.profile(StandardFixtures.ML_ENGINEER, FRAMEWORK, Set.of()).profile().levels()).isEmpty();
  }

  @Test
  void anAlignmentWithoutALevel_isNoted_butGivesNoLevel() {
    Alignment unrated = Alignment.builder().ksb("B1").skill(ETHICS).kind(MatchKind.EXACT).build();
    CrosswalkProfile profile = crosswalk(unrated).profile(StandardFixtures.ML_ENGINEER, FRAMEWORK);

    assertThat(profile.profile().levels()).isEmpty();
    assertThat(profile.findEvidence(ETHICS).orElseThrow().noted()).containsExactly(unrated);
    assertThat(unrated).hasToString("B1 exact data-ethics");
  }

  @Test
  void theGapToARoleLevel_startsFromTheDerivedProfile() {
    CrosswalkProfile profile = crosswalk(align("S1", MATHS, MatchKind.EXACT, "Working"),
        align("B1", ETHICS, MatchKind.EXACT, "Practitioner")).profile(StandardFixtures.ML_ENGINEER, FRAMEWORK);
    SkillGap gap = profile.gap(FRAMEWORK, MLE);

    assertThat(gap.from()).isEqualTo("ST1398 Machine learning engineer");
    assertThat(gap.raised()).extracting(SkillChange::skill).containsExactly(MATHS);
    assertThat(gap.lowered()).extracting(SkillChange::skill).containsExactly(ETHICS);
    assertThat(gap.added()).extracting(SkillChange::skill).containsExactly(INTEGRATION);
    assertThat(profile.node().outcomes()).isEqualTo(profile.outcomes());
    assertThat(profile.node().level()).isEqualTo(6);
    assertThat(profile.node().reference()).isEqualTo(StandardFixtures.ST1398);
    assertThat(profile).hasToString("ST1398 Machine learning engineer: 2 skills" + System.lineSeparator()
        + "  Applied maths at Working (counted: S1; noted: none)" + System.lineSeparator()
        + "  Data ethics at Practitioner (counted: B1; noted: none)");
  }

  @Test
  void aKsbTheStandardLacks_aSkillTheFrameworkLacks_andALevelNotOfTheScaleOrNotDefined_areErrors() {
    Crosswalk crosswalk = crosswalk(align("K99", MATHS, MatchKind.EXACT, "Working"),
        align("K1", SkillId.parse("astrology"), MatchKind.EXACT, "Working"),
        align("K2", MATHS, MatchKind.EXACT, "Grandmaster"),
        align("K3", INTEGRATION, MatchKind.EXACT, "Awareness"),
        align("s1", MATHS, MatchKind.BROAD, "Awareness"));
    CrosswalkProfile profile = crosswalk.profile(StandardFixtures.ML_ENGINEER, FRAMEWORK);
    List<Issue> issues = CrosswalkValidator.validate(crosswalk, StandardFixtures.ML_ENGINEER, FRAMEWORK).issues();

    assertThat(issues).extracting(Issue::code, Issue::path).containsExactly(
        tuple(CrosswalkCodes.KSB_UNKNOWN, "alignments[0].ksb"),
        tuple(CrosswalkCodes.SKILL_UNKNOWN, "alignments[1].skill"),
        tuple(CrosswalkCodes.LEVEL_FOREIGN, "alignments[2].level"),
        tuple(CrosswalkCodes.LEVEL_UNDEFINED, "alignments[3].level"));
    assertThat(issues).allMatch(i -> i.severity() == Severity.ERROR);
    assertThat(issues.get(0).subject()).hasValue("K99 exact applied-maths at Working");
    assertThat(issues.get(3).rejectedValue()).hasValue("Awareness");
    assertThat(profile.findings().issues()).isEqualTo(issues);
    assertThat(profile.profile().levels()).containsOnly(Map.entry(MATHS, AWARENESS));
  }

  @Test
  void aRepeatedAlignment_isAWarning_andTheFirstCounts() {
    Crosswalk crosswalk = crosswalk(align("S1", MATHS, MatchKind.EXACT, "Working"),
        align(" s1 ", MATHS, MatchKind.EXACT, "Practitioner"));
    CrosswalkProfile profile = crosswalk.profile(StandardFixtures.ML_ENGINEER, FRAMEWORK);

    assertThat(profile.findings().issues()).singleElement().satisfies(i -> {
      assertThat(i.code()).isEqualTo(CrosswalkCodes.ALIGNMENT_DUPLICATE);
      assertThat(i.severity()).isEqualTo(Severity.WARNING);
      assertThat(i.path()).isEqualTo("alignments[1]");
    });
    assertThat(profile.profile().levels()).containsEntry(MATHS, WORKING);
    assertThat(crosswalk.alignmentsOf("S1")).hasSize(2);
    assertThat(crosswalk.alignmentsTo(MATHS)).hasSize(2);
  }

  @Test
  void anotherStandard_isAnError_andAnotherVersion_aWarning() {
    Crosswalk crosswalk = crosswalk(align("S1", MATHS, MatchKind.EXACT, "Working"));
    assertThat(CrosswalkValidator.validate(crosswalk,
        StandardFixtures.ML_ENGINEER.withReference(StandardReference.parse("ST0118")), FRAMEWORK).issues())
        .extracting(Issue::code, Issue::severity)
        .containsExactly(tuple(CrosswalkCodes.STANDARD_MISMATCH, Severity.ERROR));
    assertThat(CrosswalkValidator.validate(crosswalk,
        StandardFixtures.ML_ENGINEER.withVersion(StandardVersion.of(2, 0)), FRAMEWORK).issues())
        .extracting(Issue::code, Issue::severity).containsExactly(
            tuple(CrosswalkCodes.STANDARD_VERSION_MISMATCH, Severity.WARNING));
    assertThat(CrosswalkValidator.validate(crosswalk.withStandardVersion(Optional.empty()),
        StandardFixtures.ML_ENGINEER.withVersion(StandardVersion.of(2, 0)), FRAMEWORK).issues()).isEmpty();
  }

  @Test
  void aProfileForAnotherStandard_isEmpty_andKeepsTheMismatch() {
    Crosswalk crosswalk = crosswalk(align("S1", MATHS, MatchKind.EXACT, "Working"));

    CrosswalkProfile profile = crosswalk.profile(StandardFixtures.ML_ENGINEER.withReference(StandardReference.parse(
        "ST0118")), FRAMEWORK);

    assertThat(profile.profile().levels()).isEmpty();
    assertThat(profile.evidence()).isEmpty();
    assertThat(profile.findings().issues()).extracting(Issue::code)
        .containsExactly(CrosswalkCodes.STANDARD_MISMATCH);
  }

  @Test
  void anAlignment_hasItsOwnProvenance_orElseTheCrosswalks() {
    Provenance own = Provenance.builder().assertedBy("Reviewer").assertedOn(LocalDate.of(2026, 12, 1))
        .basis("the EPA plan").build();
    Alignment plain = align("S1", MATHS, MatchKind.EXACT, "Working");
    Alignment reviewed = plain.withProvenance(own);
    Crosswalk crosswalk = crosswalk(plain, reviewed);

    assertThat(crosswalk.provenanceOf(plain)).isEqualTo(BY_TEAM);
    assertThat(crosswalk.provenanceOf(reviewed)).isEqualTo(own);
    assertThat(own).hasToString("Reviewer, 2026-12-01, from the EPA plan");
    assertThat(crosswalk).hasToString("ST1398 v1.0 -> Mini (2 alignments)");
    assertThat(crosswalk(plain).withStandardVersion(Optional.empty()))
        .hasToString("ST1398 -> Mini (1 alignment)");
  }

  @Test
  void appliedToAGraph_theProfileReplacesTheApprenticeshipsOutcomes_orAddsTheApprenticeship() {
    CrosswalkProfile profile = crosswalk(align("S1", MATHS, MatchKind.EXACT, "Working"))
        .profile(StandardFixtures.ML_ENGINEER, FRAMEWORK);
    ApprenticeshipNode other = ApprenticeshipNode.of(StandardReference.parse("ST0118"), "Data analyst", 4, List.of());
    ProgressionGraph without = ProgressionGraph.builder().framework(FRAMEWORK).addApprenticeships(other).build();
    ProgressionGraph handWritten = without.withApprenticeships(List.of(
        ApprenticeshipNode.of(StandardFixtures.ST1398, "ML", 6, List.of(SkillRequirement.of(ETHICS, AWARENESS))),
        other, ApprenticeshipNode.of(StandardFixtures.ST1398, "again", 6, List.of())));

    assertThat(profile.applyTo(without).apprenticeships()).containsExactly(other, profile.node());
    assertThat(profile.applyTo(handWritten).apprenticeships()).containsExactly(profile.node(), other);
  }

  @Test
  void onlyRelated_isNotAHierarchicalMatch() {
    assertThat(MatchKind.values()).filteredOn(MatchKind::isHierarchical)
        .containsExactly(MatchKind.EXACT, MatchKind.BROAD, MatchKind.NARROW);
  }
}
