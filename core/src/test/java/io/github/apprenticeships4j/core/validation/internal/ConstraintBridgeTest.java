package io.github.apprenticeships4j.core.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.apprenticeships4j.core.standard.Ksb;
import io.github.apprenticeships4j.core.standard.KsbType;
import io.github.apprenticeships4j.core.standard.Standard;
import io.github.apprenticeships4j.core.standard.StandardFixtures;
import io.github.apprenticeships4j.core.standard.ValueWithUnkeyedConstraint;
import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.core.validation.Severity;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.math.BigDecimal;
import java.util.List;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/**
 * Proves that Hibernate Validator sees the Jakarta constraints on Immutables-style accessors ({@code level()}, not
 * {@code getLevel()}), cascades into KSBs, and interpolates messages without Expression Language.
 */
class ConstraintBridgeTest {
  private static final Standard VALID = StandardFixtures.ML_ENGINEER;
  private static final Ksb K1 = StandardFixtures.K1;

  @Test
  void validate_aValidStandard_givesNoIssue() {
    assertThat(ConstraintBridge.validate(VALID)).isEmpty();
  }

  @Test
  void constraintOnFluentAccessor_level_isReported() {
    List<Issue> issues = ConstraintBridge.validate(VALID.withLevel(0));

    assertThat(issues).hasSize(1);
    Issue issue = issues.get(0);
    assertThat(issue.code()).isEqualTo("standard.level.range");
    assertThat(issue.path()).isEqualTo("level");
    assertThat(issue.rejectedValue()).contains("0");
    assertThat(issue.severity()).isEqualTo(Severity.ERROR);
  }

  @Test
  void bothBoundsOfLevel_areChecked() {
    assertThat(ConstraintBridge.validate(VALID.withLevel(8))).extracting(Issue::code, Issue::path)
        .containsExactly(tuple("standard.level.range", "level"));
    assertThat(ConstraintBridge.validate(VALID.withLevel(7))).isEmpty();
    assertThat(ConstraintBridge.validate(VALID.withLevel(2))).isEmpty();
  }

  @Test
  void message_isInterpolated_fromTheLibrarysBundle() {
    Issue issue = ConstraintBridge.validate(VALID.withLevel(0)).get(0);

    assertThat(issue.message()).doesNotContain("{").doesNotContain("io.github.apprenticeships4j")
        .isEqualTo("level must be between 2 and 7");
  }

  @Test
  void cascade_intoKsbs_reportsABlankText_atItsIndexedPath() {
    Ksb blank = StandardFixtures.K2.withText("  ");

    List<Issue> issues = ConstraintBridge.validate(VALID.withKsbs(K1, blank));

    assertThat(issues).extracting(Issue::code, Issue::path).containsExactly(tuple("standard.ksb.text.blank",
        "ksbs[1].text"));
    assertThat(issues.get(0).message()).doesNotContain("{");
  }

  @Test
  void cascade_intoKsbs_reportsTheFirstKsb_atIndexZero() {
    Ksb blank = Ksb.of(KsbType.KNOWLEDGE, "k-blank", 1, "");

    assertThat(ConstraintBridge.validate(VALID.withKsbs(blank))).extracting(Issue::code, Issue::path)
        .containsExactly(tuple("standard.ksb.text.blank", "ksbs[0].text"));
  }

  @Test
  void ksbNumberBelowOne_isReported_withItsCodeAndInterpolatedMessage() {
    Ksb numberedZero = K1.withNumber(0);

    List<Issue> issues = ConstraintBridge.validate(VALID.withKsbs(numberedZero));

    assertThat(issues).extracting(Issue::code, Issue::path)
        .containsExactly(tuple("standard.ksb.number.range", "ksbs[0].number"));
    assertThat(issues.get(0).message()).isEqualTo("KSB number must be 1 or more");
  }

  @Test
  void constraintWithoutALibraryKey_isRefusedAsADefectOfTheLibrary() {
    assertThatThrownBy(() -> ConstraintBridge.validate(new ValueWithUnkeyedConstraint())).isInstanceOf(
        IllegalStateException.class)
        .hasMessageContaining("ValueWithUnkeyedConstraint.count").hasMessageContaining(
            "{jakarta.validation.constraints.Min.message}");
  }

  @Test
  void issues_areSortedByPathThenCode() {
    Standard broken = VALID.withTypicalDurationMonths(99).withLevel(0)
        .withMaxFunding(new BigDecimal("-3")).withKsbs(K1.withText(""));

    assertThat(ConstraintBridge.validate(broken)).extracting(Issue::code, Issue::path).containsExactly(
        tuple("standard.ksb.text.blank", "ksbs[0].text"),
        tuple("standard.level.range", "level"),
        tuple("standard.funding.negative", "maxFunding"),
        tuple("standard.duration.range", "typicalDurationMonths"));
  }

  @Test
  void negativeFunding_echoesTheValue() {
    Issue issue = ConstraintBridge.validate(VALID.withMaxFunding(new BigDecimal("-3"))).get(0);

    assertThat(issue.code()).isEqualTo("standard.funding.negative");
    assertThat(issue.path()).isEqualTo("maxFunding");
    assertThat(issue.rejectedValue()).contains("-3.00");
  }

  /** Why {@link FluentGetterStrategy} exists: with the default strategy the same constraint goes unseen. */
  @Test
  void withoutFluentGetterStrategy_theConstraintOnLevel_wouldBeIgnored() {
    try (ValidatorFactory factory = Validation.byProvider(HibernateValidator.class).configure()
        .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory()) {
      Validator defaultValidator = factory.getValidator();

      assertThat(defaultValidator.validate((Standard) VALID.withLevel(0))).isEmpty();
    }
  }
}
