package io.github.apprenticeships4j.core.standard;

import static io.github.apprenticeships4j.core.standard.StandardFixtures.B1;
import static io.github.apprenticeships4j.core.standard.StandardFixtures.B2;
import static io.github.apprenticeships4j.core.standard.StandardFixtures.CORE_BUILD;
import static io.github.apprenticeships4j.core.standard.StandardFixtures.CORE_EVALUATE;
import static io.github.apprenticeships4j.core.standard.StandardFixtures.DATA_DUTY;
import static io.github.apprenticeships4j.core.standard.StandardFixtures.K1;
import static io.github.apprenticeships4j.core.standard.StandardFixtures.K2;
import static io.github.apprenticeships4j.core.standard.StandardFixtures.K3;
import static io.github.apprenticeships4j.core.standard.StandardFixtures.ML_ENGINEER;
import static io.github.apprenticeships4j.core.standard.StandardFixtures.S1;
import static io.github.apprenticeships4j.core.standard.StandardFixtures.S2;
import static io.github.apprenticeships4j.core.standard.StandardFixtures.S3;
import static io.github.apprenticeships4j.core.standard.StandardFixtures.VISION_DUTY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.apprenticeships4j.core.standard.StandardDiff.FieldChange;
import io.github.apprenticeships4j.core.standard.StandardDiff.KsbChange;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class StandardDiffTest {
  private static final Standard NEXT = ML_ENGINEER.withVersion(StandardFixtures.V1_1).withVersionNumber("1.1");

  @Test
  void between_aStandardAndItself_isEmpty() {
    StandardDiff diff = StandardDiff.between(ML_ENGINEER, ML_ENGINEER);

    assertThat(diff.isEmpty()).isTrue();
    assertThat(diff.ksbsAdded()).isEmpty();
    assertThat(diff.fieldChanges()).isEmpty();
    assertThat(diff.before()).isSameAs(ML_ENGINEER);
    assertThat(diff.after()).isSameAs(ML_ENGINEER);
  }

  @Test
  void between_aStandardWithDuplicateKsbIdsAndItself_isEmpty() {
    Ksb s1SameIdAsK1 = S1.withId(K1.id());
    Standard duplicated = ML_ENGINEER.withKsbs(K1, K2, s1SameIdAsK1, S2, B1);

    assertThat(StandardDiff.between(duplicated, duplicated).isEmpty()).isTrue();
  }

  @Test
  void between_versionsDifferingOnlyInVersion_isEmpty() {
    assertThat(StandardDiff.between(ML_ENGINEER, NEXT).isEmpty()).isTrue();
  }

  @Test
  void ksbAdded_isReported() {
    Ksb s4 = Ksb.of(KsbType.SKILL, "s4-id", 4, "Monitor models in production");

    StandardDiff diff = StandardDiff.between(ML_ENGINEER, NEXT.withKsbs(K1, K2, K3, S1, S2, S3, s4, B1, B2));

    assertThat(diff.ksbsAdded()).containsExactly(s4);
    assertThat(diff.ksbsRemoved()).isEmpty();
    assertThat(diff.ksbsReworded()).isEmpty();
    assertThat(diff.isEmpty()).isFalse();
  }

  @Test
  void ksbRemoved_isReported() {
    StandardDiff diff = StandardDiff.between(ML_ENGINEER, NEXT.withKsbs(K1, K2, K3, S1, S2, S3, B1));

    assertThat(diff.ksbsRemoved()).containsExactly(B2);
    assertThat(diff.ksbsAdded()).isEmpty();
    assertThat(diff.ksbsReworded()).isEmpty();
  }

  @Test
  void ksbReworded_isMatchedById_evenWhenRenumbered() {
    Ksb k2Renumbered = Ksb.of(KsbType.KNOWLEDGE, K2.id(), 3, "Data structures, algorithms and complexity");
    Ksb k3Renumbered = K3.withNumber(2);

    StandardDiff diff = StandardDiff.between(ML_ENGINEER, NEXT.withKsbs(K1, k3Renumbered, k2Renumbered, S1, S2, S3,
        B1, B2));

    assertThat(diff.ksbsReworded()).containsExactly(new KsbChange(K2, k2Renumbered));
    assertThat(diff.ksbsAdded()).isEmpty();
    assertThat(diff.ksbsRemoved()).isEmpty();
  }

  @Test
  void ksbReworded_isMatchedByCode_whenTheIdChanged() {
    Ksb newS2 = Ksb.of(KsbType.SKILL, "new-guid", 2, "Label images and video for training");

    StandardDiff diff = StandardDiff.between(ML_ENGINEER, NEXT.withKsbs(K1, K2, K3, S1, newS2, S3, B1, B2));

    assertThat(diff.ksbsReworded()).containsExactly(new KsbChange(S2, newS2));
    assertThat(diff.ksbsAdded()).isEmpty();
    assertThat(diff.ksbsRemoved()).isEmpty();
  }

  @Test
  void ksbWithNewIdAndSameText_isNeitherAddedNorRemoved() {
    Ksb newIdS2 = S2.withId("regenerated-guid");

    StandardDiff diff = StandardDiff.between(ML_ENGINEER, NEXT.withKsbs(K1, K2, K3, S1, newIdS2, S3, B1, B2));

    assertThat(diff.isEmpty()).isTrue();
  }

  @Test
  void ksbWithNewIdAndNewCode_isAddedAndTheOldOneRemoved() {
    Ksb b3 = Ksb.of(KsbType.BEHAVIOUR, "b3-id", 3, "Keeps up to date with research");

    StandardDiff diff = StandardDiff.between(ML_ENGINEER, NEXT.withKsbs(K1, K2, K3, S1, S2, S3, B1, b3));

    assertThat(diff.ksbsAdded()).containsExactly(b3);
    assertThat(diff.ksbsRemoved()).containsExactly(B2);
    assertThat(diff.ksbsReworded()).isEmpty();
  }

  @Test
  void dutiesAddedAndRemoved_areMatchedByIdThenText() {
    Duty sameTextNewId = CORE_EVALUATE.withId("d2-regenerated");
    Duty added = Duty.builder().id("d5").text("Present findings").isCore(true).build();

    StandardDiff diff = StandardDiff.between(ML_ENGINEER,
        NEXT.withDuties(CORE_BUILD, sameTextNewId, DATA_DUTY, added));

    assertThat(diff.dutiesAdded()).containsExactly(added);
    assertThat(diff.dutiesRemoved()).containsExactly(VISION_DUTY);
    assertThat(diff.ksbsAdded()).isEmpty();
  }

  @Test
  void dutyWithSameIdAndNewText_isNotAddedOrRemoved() {
    StandardDiff diff = StandardDiff.between(ML_ENGINEER, NEXT.withDuties(CORE_BUILD.withText("Build models"),
        CORE_EVALUATE, DATA_DUTY, VISION_DUTY));

    assertThat(diff.dutiesAdded()).isEmpty();
    assertThat(diff.dutiesRemoved()).isEmpty();
  }

  @Test
  void fieldChanges_reportLevelDurationFundingStatusAndTitle_inOrder() {
    Standard changed = NEXT.withTitle("Machine learning engineer (integrated degree)").withLevel(7)
        .withTypicalDurationMonths(30).withMaxFunding(new BigDecimal("23000")).withStatus(StandardStatus.RETIRED);

    StandardDiff diff = StandardDiff.between(ML_ENGINEER, changed);

    assertThat(diff.fieldChanges()).containsExactly(
        new FieldChange("title", "Machine learning engineer", "Machine learning engineer (integrated degree)"),
        new FieldChange("level", "6", "7"),
        new FieldChange("typicalDurationMonths", "24", "30"),
        new FieldChange("maxFunding", "22000.00", "23000.00"),
        new FieldChange("status", "Approved for delivery", "Retired"));
    assertThat(diff.ksbsAdded()).isEmpty();
    assertThat(diff.dutiesAdded()).isEmpty();
  }

  @Test
  void fieldChanges_ignoreTheScaleOfFunding() {
    StandardDiff diff = StandardDiff.between(ML_ENGINEER, NEXT.withMaxFunding(new BigDecimal("22000.0")));

    assertThat(diff.fieldChanges()).isEmpty();
  }

  @Test
  void fieldChange_ofLevelOnly_isTheOnlyChange() {
    StandardDiff diff = StandardDiff.between(ML_ENGINEER, NEXT.withLevel(5));

    assertThat(diff.fieldChanges()).extracting(FieldChange::field).containsExactly("level");
    assertThat(diff.isEmpty()).isFalse();
  }

  @Test
  void lists_areCopies_thatCallersCannotChange() {
    StandardDiff diff = StandardDiff.between(ML_ENGINEER, NEXT.withKsbs(K1));

    assertThat(diff.ksbsRemoved()).hasSize(7);
    assertThatThrownBy(() -> diff.ksbsRemoved().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(diff.ksbsRemoved()).hasSize(7);
  }
}
