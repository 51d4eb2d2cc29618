package io.github.apprenticeships4j.core.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.apprenticeships4j.core.standard.StandardCatalogue;
import io.github.apprenticeships4j.core.standard.StandardStatus;
import io.github.apprenticeships4j.core.validation.InvalidValueException;
import io.github.apprenticeships4j.core.validation.Issue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FundingBandTableTest {
  private static final LocalDate AUGUST_2018 = LocalDate.of(2018, 8, 1);
  private static final int[] FIFTEEN = {1500, 2000, 2500, 3000, 3500, 4000, 5000, 6000, 9000, 12000, 15000, 18000,
      21000, 24000, 27000};

  /** The two structures as in the shared band table: 15 bands before 1 August 2018, 30 bands from then. */
  static FundingBandTable bands() {
    List<FundingBand> bands = new ArrayList<>();
    for (int n = 1; n <= 15; n++) {
      bands.add(FundingBand.of("15-band", n, new BigDecimal(FIFTEEN[n - 1]), Optional.empty(),
          Optional.of(AUGUST_2018.minusDays(1)), "hampshirefutures.co.uk"));
    }
    for (int n = 1; n <= 30; n++) {
      int maximum = n <= 8 ? 1000 + 500 * n : 5000 + 1000 * (n - 8);
      bands.add(FundingBand.of("30-band", n, new BigDecimal(maximum), Optional.of(AUGUST_2018), Optional.empty(),
          "devepa.tquk.org/funding-bands"));
    }
    return FundingBandTable.of(bands);
  }

  @Test
  void bandOfAVersion_isTheBandWithItsMaximumOnItsEarliestStart() {
    FundingBandTable table = bands();
    assertThat(table.bands()).hasSize(45);
    assertThat(table.inForceOn(LocalDate.of(2018, 7, 31))).hasSize(15);
    assertThat(table.inForceOn(AUGUST_2018)).hasSize(30);
    CapHistory caps = CapHistory.of(CapHistoryTest.DATA_TECHNICIAN, CapHistoryTest.ST0795);
    assertThat(caps.versions()).extracting(v -> table.bandOf(v).map(FundingBand::toString).orElse("none"))
        .containsExactly("30-band 15 (2018-08-01..) 12000.00", "30-band 16 (2018-08-01..) 13000.00");
    assertThat(table.withMaximum(new BigDecimal("9000"), LocalDate.of(2017, 6, 1)).map(FundingBand::number))
        .contains(9);
    assertThat(table.withMaximum(new BigDecimal("9000"), AUGUST_2018).map(FundingBand::number)).contains(12);
  }

  @Test
  void capThatIsNoBandsMaximum_isReportedAboutItsVersion() {
    StandardCatalogue catalogue = StandardCatalogue.of(List.of(
        CapHistoryTest.version("ST0795", "1.0", StandardStatus.RETIRED, 4500, Optional.of(LocalDate.of(2017, 9, 1)),
            Optional.of(LocalDate.of(2019, 12, 31))),
        CapHistoryTest.version("ST0795", "1.1", StandardStatus.APPROVED_FOR_DELIVERY, 4500,
            Optional.of(LocalDate.of(2020, 1, 1)), Optional.empty()),
        CapHistoryTest.version("ST0796", "1.0", StandardStatus.APPROVED_FOR_DELIVERY, 0,
            Optional.of(LocalDate.of(2020, 1, 1)), Optional.empty())));
    List<Issue> issues = bands().check(catalogue).issues();
    assertThat(issues).extracting(Issue::code).containsExactly(FundingCodes.BAND_CAP_UNMATCHED);
    assertThat(issues.get(0).subject()).contains("ST0795_1.0");
    assertThat(issues.get(0).rejectedValue()).contains("4500.00");
    assertThat(bands().check(CapHistoryTest.DATA_TECHNICIAN).isEmpty()).isTrue();
  }

  @Test
  void bandsAgreeingWithTheDefaultRules_giveNoFinding() {
    assertThat(bands().check(FundingRules.defaults()).issues()).isEmpty();
  }

  @Test
  void bandMaximaTheRulesDoNotHave_areMismatches_bothWays() {
    List<FundingBand> changed = new ArrayList<>(bands().bands());
    changed.set(1, FundingBand.of("15-band", 2, new BigDecimal("2100"), Optional.empty(),
        Optional.of(AUGUST_2018.minusDays(1)), "typo"));
    changed.add(FundingBand.of("30-band", 31, new BigDecimal("28000"), Optional.of(AUGUST_2018), Optional.empty(),
        "invented"));
    changed.removeIf(b -> b.structure().equals("30-band") && b.number() == 30);
    List<Issue> issues = FundingBandTable.of(changed).check(FundingRules.defaults()).issues();
    assertThat(issues).extracting(Issue::code).containsOnly(FundingCodes.BAND_RULE_MISMATCH);
    assertThat(issues).extracting(Issue::message).containsExactlyInAnyOrder(
        "the rule catalogue gives band 2 a maximum of 2000.00 on 2017-05-01; the band table gives 2100.00 (15-band)",
        "the rule catalogue gives band 30 a maximum of 27000.00 on 2018-08-01; the band table gives no such band",
        "the band table gives 15-band band 2 a maximum of 2100.00 on 2018-07-31; the rule catalogue gives 2000.00",
        "the band table gives 30-band band 31 a maximum of 28000.00 on 2018-08-01; the rule catalogue gives no such "
            + "band");
  }

  @Test
  void bandOutsideItsRules_isRefused() {
    assertThatThrownBy(() -> FundingBand.of("30-band", 0, new BigDecimal("1500"), Optional.empty(), Optional.empty(),
        "s")).isInstanceOf(InvalidValueException.class).extracting(e -> ((InvalidValueException) e).issue().code())
        .isEqualTo(FundingCodes.BAND_INVALID);
    assertThatThrownBy(() -> FundingBand.of("30-band", 1, BigDecimal.ZERO, Optional.empty(), Optional.empty(), "s"))
        .extracting(e -> ((InvalidValueException) e).issue().code()).isEqualTo(FundingCodes.BAND_INVALID);
    assertThatThrownBy(() -> FundingBand.of("30-band", 1, BigDecimal.TEN, Optional.of(AUGUST_2018),
        Optional.of(AUGUST_2018.minusDays(1)), "s")).extracting(e -> ((InvalidValueException) e).issue().code())
        .isEqualTo(FundingCodes.BAND_INVALID);
    assertThatThrownBy(() -> FundingBand.of("30-band", 1, new BigDecimal("1.001"), Optional.empty(),
        Optional.empty(), "s")).extracting(e -> ((InvalidValueException) e).issue().code())
        .isEqualTo(FundingCodes.AMOUNT_SCALE);
  }

  @Test
  void bandsWithTheSameParts_areEqual() {
    FundingBand a = FundingBand.of(" 30-band ", 25, new BigDecimal("22000"), Optional.of(AUGUST_2018),
        Optional.empty(), "s ");
    FundingBand b = FundingBand.of("30-band", 25, new BigDecimal("22000.00"), Optional.of(AUGUST_2018),
        Optional.empty(), "s");
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(b.toString());
    assertThat(a.structure()).isEqualTo("30-band");
    assertThat(a.source()).isEqualTo("s");
    assertThat(a.from()).contains(AUGUST_2018);
    assertThat(a.to()).isEmpty();
    assertThat(a.isInForceOn(AUGUST_2018.minusDays(1))).isFalse();
    assertThat(FundingBandTable.of(List.of(a)).toString()).isEqualTo("FundingBandTable[1 bands]");
  }
}
