package io.github.apprenticeships4j.core.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.apprenticeships4j.core.standard.LarsCode;
import io.github.apprenticeships4j.core.standard.StandardFixtures;
import io.github.apprenticeships4j.core.standard.StandardReference;
import io.github.apprenticeships4j.core.standard.StandardVersion;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KnownStandardTest {
  private static final LarsCode ML = LarsCode.of(795);

  @Test
  void builder_makesACourseFromAUsersOwnData_withoutVersions() {
    KnownStandard course = KnownStandard.builder().larsCode(ML).reference(StandardReference.parse("FA0001"))
        .title("Bricklayer").level(2).effectiveFrom(LocalDate.of(2025, 8, 1)).build();

    assertThat(course.larsCode()).isEqualTo(ML);
    assertThat(course.isFoundationApprenticeship()).isTrue();
    assertThat(course.level()).isEqualTo(2);
    assertThat(course.effectiveFrom()).contains(LocalDate.of(2025, 8, 1));
    assertThat(course.effectiveTo()).isEmpty();
    assertThat(course.versions()).isEmpty();
    assertThat(course.maxFundingOn(LocalDate.of(2026, 1, 1))).isEmpty();
    assertThat(course).hasToString("795 FA0001 Bricklayer, level 2, starts from 2025-08-01");
  }

  @Test
  void builder_refusesACourseWithoutItsIdentityOrLevel() {
    assertThatNullPointerException().isThrownBy(() -> KnownStandard.builder().larsCode(ML).title("t").level(3)
        .build()).withMessage("reference");
    assertThatIllegalStateException().isThrownBy(() -> KnownStandard.builder().larsCode(ML)
        .reference(StandardFixtures.ST1398).title("t").build()).withMessage("level is not set");
  }

  @Test
  void of_takesTheDatesOfTheVersions_andTheLevelAndTitleOfTheHighest() {
    KnownStandard course = KnownStandard.of(ML, List.of(
        StandardFixtures.ML_ENGINEER.withVersion(StandardVersion.of(1, 1)).withLevel(7)
            .withEarliestStartDate(LocalDate.of(2026, 12, 11)).withLatestStartDate(Optional.empty()),
        StandardFixtures.ML_ENGINEER));

    assertThat(course.versions()).extracting(v -> v.version().toString()).containsExactly("1.0", "1.1");
    assertThat(course.level()).isEqualTo(7);
    assertThat(course.effectiveFrom()).contains(LocalDate.of(2024, 12, 18));
    assertThat(course.effectiveTo()).isEmpty();
    assertThat(course.maxFundingOn(LocalDate.of(2025, 1, 1))).contains(StandardFixtures.ML_ENGINEER.maxFunding());
    assertThat(course).isEqualTo(KnownStandard.of(ML, course.versions())).hasSameHashCodeAs(
        KnownStandard.of(ML, course.versions()));
    assertThat(course).isNotEqualTo(KnownStandard.builder().larsCode(ML).reference(course.reference())
        .title(course.title()).level(7).effectiveFrom(course.effectiveFrom().orElseThrow()).build());
    assertThat(course.maxFundingOn(LocalDate.of(2020, 1, 1))).isEmpty();
    assertThat(StandardFixtures.ML_ENGINEER.maxFunding()).isGreaterThan(BigDecimal.ZERO);
  }
}
