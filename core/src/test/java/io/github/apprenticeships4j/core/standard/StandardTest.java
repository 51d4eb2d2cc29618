package io.github.apprenticeships4j.core.standard;

import io.github.apprenticeships4j.core.internal.Tamper;
import static io.github.apprenticeships4j.core.standard.StandardFixtures.B1;
import static io.github.apprenticeships4j.core.standard.StandardFixtures.B2;
import static io.github.apprenticeships4j.core.standard.StandardFixtures.CORE_BUILD;
import static io.github.apprenticeships4j.core.standard.StandardFixtures.DATA;
import static io.github.apprenticeships4j.core.standard.StandardFixtures.DATA_DUTY;
import static io.github.apprenticeships4j.core.standard.StandardFixtures.K1;
import static io.github.apprenticeships4j.core.standard.StandardFixtures.K2;
import static io.github.apprenticeships4j.core.standard.StandardFixtures.K3;
import static io.github.apprenticeships4j.core.standard.StandardFixtures.ML_ENGINEER;
import static io.github.apprenticeships4j.core.standard.StandardFixtures.S1;
import static io.github.apprenticeships4j.core.standard.StandardFixtures.S2;
import static io.github.apprenticeships4j.core.standard.StandardFixtures.S3;
import static io.github.apprenticeships4j.core.standard.StandardFixtures.VISION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import java.util.Optional;

class StandardTest {

  @Test
  void key_isReferenceUnderscoreVersion() {
    assertThat(ML_ENGINEER.key()).isEqualTo("ST1398_1.0");
    assertThat(ML_ENGINEER.withVersion(StandardVersion.of(1, 10)).key()).isEqualTo("ST1398_1.10");
  }

  @Test
  void apprenticeshipLevel_isEmptyOutsideTwoToSeven() {
    assertThat(ML_ENGINEER.apprenticeshipLevel()).contains(ApprenticeshipLevel.LEVEL_6);
    assertThat(ML_ENGINEER.withLevel(0).apprenticeshipLevel()).isEmpty();
  }

  @Test
  void ksbsFor_givesCoreAndOptionKsbs_withoutDuplicates_inCodeOrder() {
    assertThat(ML_ENGINEER.ksbsFor(DATA)).containsExactly(K1, K2, K3, S1, S3, B1);
    assertThat(ML_ENGINEER.ksbsFor(VISION)).containsExactly(K1, K2, S1, S2, B1, B2);
  }

  @Test
  void ksbsFor_ordersKnowledgeBeforeSkillsBeforeBehaviours_andNumbersNumerically() {
    Ksb k10 = Ksb.of(KsbType.KNOWLEDGE, "k10-id", 10, "Tenth");
    Ksb k9 = Ksb.of(KsbType.KNOWLEDGE, "k9-id", 9, "Ninth");
    Duty core = Duty.builder().id("d").text("Everything").isCore(true)
        .addKsbIds("b1-id", "k10-id", "s2-id", "k9-id").build();
    Standard standard = ML_ENGINEER.withKsbs(B1, S2, k10, k9).withDuties(core);

    assertThat(standard.ksbsFor(DATA)).extracting(Ksb::code).containsExactly("K9", "K10", "S2", "B1");
  }

  @Test
  void ksbsFor_rejectsAnOptionOfAnotherStandard() {
    assertThatIllegalArgumentException().isThrownBy(
        () -> ML_ENGINEER.ksbsFor(StandardOption.of("opt-other", "Other")));
  }

  @Test
  void coreKsbs_areThoseOfCoreDuties_withoutDuplicates_inCodeOrder() {
    assertThat(ML_ENGINEER.coreKsbs()).containsExactly(K1, K2, S1, B1);
  }

  @Test
  void ksbsOf_resolvesIdsInCodeOrder() {
    assertThat(ML_ENGINEER.ksbsOf(CORE_BUILD)).containsExactly(K2, S1, B1);
  }

  @Test
  void ksbsOf_leavesOutUnresolvedIds() {
    Duty broken = CORE_BUILD.withKsbIds("s1-id", "no-such-id", "k2-id", "s1-id");

    assertThat(ML_ENGINEER.ksbsOf(broken)).containsExactly(K2, S1);
  }

  @Test
  void ksbs_ofType_givesThatTypeInCodeOrder() {
    Standard shuffled = ML_ENGINEER.withKsbs(S3, B1, S1, K1, S2);

    assertThat(shuffled.ksbs(KsbType.SKILL)).containsExactly(S1, S2, S3);
    assertThat(shuffled.ksbs(KsbType.TECHNICAL_SKILL)).isEmpty();
  }

  @Test
  void findKsb_matchesCodeIgnoringCaseAndSpace() {
    assertThat(ML_ENGINEER.findKsb("s3")).contains(S3);
    assertThat(ML_ENGINEER.findKsb(" B2 ")).contains(B2);
    assertThat(ML_ENGINEER.findKsb("S4")).isEmpty();
    assertThat(ML_ENGINEER.findKsb("TS1")).isEmpty();
  }

  @Test
  void findKsbById_givesTheFirstKsbWithThatId() {
    Ksb sameIdAsK1 = Ksb.of(KsbType.SKILL, "k1-id", 9, "Duplicate");

    assertThat(ML_ENGINEER.findKsbById("s2-id")).contains(S2);
    assertThat(ML_ENGINEER.findKsbById("nope")).isEmpty();
    assertThat(ML_ENGINEER.withKsbs(K1, sameIdAsK1).findKsbById("k1-id")).contains(K1);
  }

  @Test
  void findOption_matchesTitleIgnoringCase() {
    assertThat(ML_ENGINEER.findOption("computer VISION")).contains(VISION);
    assertThat(ML_ENGINEER.findOption("Robotics")).isEmpty();
  }

  @Test
  void acceptsStartsOn_isTrueWithinTheStartWindow_inclusive() {
    assertThat(ML_ENGINEER.acceptsStartsOn(LocalDate.of(2024, 12, 17))).isFalse();
    assertThat(ML_ENGINEER.acceptsStartsOn(LocalDate.of(2024, 12, 18))).isTrue();
    assertThat(ML_ENGINEER.acceptsStartsOn(LocalDate.of(2025, 6, 1))).isTrue();
    assertThat(ML_ENGINEER.acceptsStartsOn(LocalDate.of(2026, 12, 10))).isTrue();
    assertThat(ML_ENGINEER.acceptsStartsOn(LocalDate.of(2026, 12, 11))).isFalse();
  }

  @Test
  void acceptsStartsOn_isOpenEndedWithoutLatestStartDate_andFalseWithoutEarliest() {
    Standard openEnded = ML_ENGINEER.withLatestStartDate(Optional.empty());

    assertThat(openEnded.acceptsStartsOn(LocalDate.of(2099, 1, 1))).isTrue();
    assertThat(openEnded.withEarliestStartDate(Optional.empty()).acceptsStartsOn(LocalDate.of(2025, 1, 1)))
        .isFalse();
  }

  @Test
  void maxFunding_isHeldAtScaleTwo_so22000Equals22000Point00() {
    Standard withDecimals = ML_ENGINEER.withMaxFunding(new BigDecimal("22000.00"));

    assertThat(ML_ENGINEER.maxFunding()).isEqualTo(new BigDecimal("22000.00"));
    assertThat(ML_ENGINEER.maxFunding().scale()).isEqualTo(2);
    assertThat(withDecimals).isEqualTo(ML_ENGINEER).hasSameHashCodeAs(ML_ENGINEER);
    assertThat(ML_ENGINEER.withMaxFunding(new BigDecimal("2.2E+4")).maxFunding()).isEqualTo(new BigDecimal("22000.00"));
    assertThat(ML_ENGINEER.withMaxFunding(new BigDecimal("99.5")).maxFunding()).isEqualTo(new BigDecimal("99.50"));
  }

  @Test
  void maxFunding_withMoreThanTwoDecimals_isRefused() {
    assertThatIllegalArgumentException().isThrownBy(() -> ML_ENGINEER.withMaxFunding(new BigDecimal("22000.001")));
    assertThatIllegalArgumentException().isThrownBy(() -> Standard.builder()
        .reference(StandardFixtures.ST1398).version(StandardFixtures.V1_0).title("t").level(6).route("Digital")
        .status(StandardStatus.IN_DEVELOPMENT).typicalDurationMonths(0).maxFunding(new BigDecimal("0.125"))
        .build());
  }

  @Test
  void maxFunding_withTrailingZeroDecimals_isAccepted() {
    assertThat(ML_ENGINEER.withMaxFunding(new BigDecimal("22000.000")).maxFunding())
        .isEqualTo(new BigDecimal("22000.00"));
  }

  @Test
  void standard_holdsRuleBreakingValues_forTheValidator() {
    Standard broken = ML_ENGINEER.withLevel(0).withMaxFunding(new BigDecimal("-3"))
        .withTypicalDurationMonths(99).withRoute("");

    assertThat(broken.level()).isZero();
    assertThat(broken.maxFunding()).isEqualTo(new BigDecimal("-3.00"));
    assertThat(broken.typicalDurationMonths()).isEqualTo(99);
  }

  @Test
  void lists_keepTheGivenOrder() {
    assertThat(ML_ENGINEER.duties()).extracting(Duty::id).containsExactly("d1", "d2", "d3", "d4");
    assertThat(ML_ENGINEER.options()).containsExactly(DATA, VISION);
    assertThat(List.copyOf(ML_ENGINEER.keywords())).containsExactly("artificial intelligence", "AI");
    assertThat(DATA_DUTY.optionIds()).containsExactly(DATA.id());
  }

  @Test
  void ksbLookUps_surviveWhateverACallerDoesToWhatTheStandardHandsOut() {
    Standard standard = ML_ENGINEER.withTitle("A copy of ours alone");
    standard.findKsbById("k1-id");   // builds the look-up

    Tamper.everyAccessorOf(standard);

    assertThat(standard.findKsbById("k1-id")).contains(K1);
    assertThat(standard.ksbsOf(CORE_BUILD)).containsExactly(K2, S1, B1);
    assertThat(standard.ksbsFor(DATA)).containsExactly(K1, K2, K3, S1, S3, B1);
  }
}
