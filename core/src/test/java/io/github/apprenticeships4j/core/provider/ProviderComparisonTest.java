package io.github.apprenticeships4j.core.provider;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.apprenticeships4j.core.standard.StandardReference;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ProviderComparisonTest {
  static final StandardReference ML = StandardReference.parse("ST1398");
  static final StandardReference OTHER = StandardReference.parse("ST0118");

  static RegisterEntry entry(long ukprn, String name, ProviderType type) {
    return RegisterEntry.builder().ukprn(Ukprn.of(ukprn)).name(name).type(type)
        .startDate(LocalDate.of(2020, 1, 6)).build();
  }

  static AchievementRate rate(long ukprn, StandardReference standard, String period, String published) {
    return AchievementRate.builder().ukprn(Ukprn.of(ukprn)).standard(standard).period(period)
        .publishedLeavers("20").publishedRate(published).build();
  }

  static final List<Provider> PROVIDERS = Provider.assemble(
      List.of(entry(10_000_001L, "Alpha", ProviderType.MAIN), entry(10_000_002L, "Bravo", ProviderType.MAIN),
          entry(10_000_003L, "Charlie", ProviderType.EMPLOYER), entry(10_000_004L, "Delta", ProviderType.MAIN),
          entry(10_000_005L, "Echo", ProviderType.SUPPORTING), entry(10_000_006L, "Foxtrot", ProviderType.MAIN)),
      List.of(rate(10_000_001L, ML, "2223", "50"), rate(10_000_001L, ML, "2324", "69.9"),
          rate(10_000_002L, ML, "2324", "70"), rate(10_000_003L, ML, "2324", "70"),
          rate(10_000_004L, ML, "2324", "x"), rate(10_000_005L, ML, "2324", "59.99"),
          rate(10_000_006L, OTHER, "2324", "90")),
      Map.of(Ukprn.of(10_000_001L), Feedback.of(4, 10), Ukprn.of(10_000_002L), Feedback.of(3, 5),
          Ukprn.of(10_000_003L), Feedback.of(3, 2)),
      Map.of(Ukprn.of(10_000_004L), Feedback.of(2, 9)));

  static List<String> names(List<ComparedProvider> rows) {
    return rows.stream().map(c -> c.provider().name()).collect(Collectors.toList());
  }

  @Test
  void byAchievementRate_bestFirst_tiesByEmployerStarsThenUkprn_withoutDataLast() {
    List<ComparedProvider> rows = ProviderComparison.forStandard(ML).compare(PROVIDERS);

    assertThat(names(rows)).containsExactly("Bravo", "Charlie", "Alpha", "Echo", "Delta", "Foxtrot");
    assertThat(rows.get(2).achievement().flatMap(AchievementRate::period)).contains("2324");
    assertThat(rows).extracting(ComparedProvider::band).containsExactly(AchievementBand.EXCELLENT,
        AchievementBand.EXCELLENT, AchievementBand.GOOD, AchievementBand.POOR, AchievementBand.NONE,
        AchievementBand.NONE);
  }

  @Test
  void byEmployerRating_thenAchievementRate() {
    List<ComparedProvider> rows = ProviderComparison.forStandard(ML).sortBy(ProviderSort.EMPLOYER_RATING)
        .compare(PROVIDERS);

    assertThat(names(rows)).containsExactly("Alpha", "Bravo", "Charlie", "Echo", "Delta", "Foxtrot");
  }

  @Test
  void byApprenticeRating_thenAchievementRate() {
    List<ComparedProvider> rows = ProviderComparison.forStandard(ML).sortBy(ProviderSort.APPRENTICE_RATING)
        .compare(PROVIDERS);

    assertThat(names(rows)).containsExactly("Delta", "Bravo", "Charlie", "Alpha", "Echo", "Foxtrot");
  }

  @Test
  void filters_byTypeBandAndRatings() {
    ProviderComparison main = ProviderComparison.forStandard(ML).types(EnumSet.of(ProviderType.MAIN));

    assertThat(names(main.compare(PROVIDERS))).containsExactly("Bravo", "Alpha", "Delta", "Foxtrot");
    assertThat(names(main.bands(EnumSet.of(AchievementBand.EXCELLENT, AchievementBand.GOOD)).compare(PROVIDERS)))
        .containsExactly("Bravo", "Alpha");
    assertThat(names(main.bands(EnumSet.of(AchievementBand.NONE)).compare(PROVIDERS)))
        .containsExactly("Delta", "Foxtrot");
    assertThat(names(main.employerRatings(EnumSet.of(Rating.NOT_YET_REVIEWED)).compare(PROVIDERS)))
        .containsExactly("Delta", "Foxtrot");
    assertThat(names(ProviderComparison.forStandard(ML).apprenticeRatings(EnumSet.of(Rating.POOR))
        .compare(PROVIDERS))).containsExactly("Delta");
  }

  @Test
  void typeFilter_dropsProvidersNotOnTheRegister() {
    Provider unregistered = Provider.builder().ukprn(Ukprn.of(10_000_009L)).name("Golf").build();

    assertThat(names(ProviderComparison.forStandard(ML).types(EnumSet.of(ProviderType.MAIN))
        .compare(List.of(unregistered)))).isEmpty();
    assertThat(names(ProviderComparison.forStandard(ML).compare(List.of(unregistered)))).containsExactly("Golf");
  }

  @Test
  void assessments_useThresholdsAndNationalRate() {
    AchievementRate national = AchievementRate.builder().standard(ML).publishedRate("62.5").build();
    List<ComparedProvider> rows = ProviderComparison.forStandard(ML).nationalRate(national).compare(PROVIDERS);

    ComparedProvider alpha = rows.stream().filter(c -> c.provider().name().equals("Alpha")).findFirst()
        .orElseThrow();
    assertThat(alpha.assessment().level()).isEqualTo(QualityAssessment.Level.BASELINE);
    assertThat(alpha.assessment().differenceFromNational()).hasValueSatisfying(
        d -> assertThat(d).isEqualByComparingTo("7.4"));
    assertThat(rows.get(rows.size() - 1).assessment().level()).isEqualTo(QualityAssessment.Level.NO_DATA);
  }

  @Test
  void rateForSector_picksTheNartRowOfTheLatestPeriod() {
    AchievementRate older = AchievementRate.builder().ukprn(Ukprn.of(10_000_001L))
        .sectorSubjectArea("ICT for practitioners").levelGroup(LevelGroup.LEVEL_4_PLUS).ageBand(AgeBand.ALL_AGES)
        .period("2223").publishedRate("61").build();
    AchievementRate newer = older.withPeriod("2324").withPublishedRate("66");
    Provider provider = Provider.builder().ukprn(Ukprn.of(10_000_001L)).name("Alpha")
        .addAchievementRates(newer, older).build();

    Optional<AchievementRate> picked = ProviderComparison.rateForSector("ict for practitioners",
        LevelGroup.LEVEL_4_PLUS, AgeBand.ALL_AGES).apply(provider);

    assertThat(picked).contains(newer);
    assertThat(ProviderComparison.rateForSector("ICT for practitioners", LevelGroup.LEVEL_3, AgeBand.ALL_AGES)
        .apply(provider)).isEmpty();
  }

  @Test
  void registerEntry_notStartingNewApprentices() {
    RegisterEntry barred = entry(10_000_001L, "Alpha", ProviderType.MAIN)
        .withNotCurrentlyStartingNewApprentices(true);

    assertThat(barred.isStartingNewApprentices()).isFalse();
    assertThat(barred).hasToString("10000001 Alpha (Main provider, not currently starting new apprentices)");
    assertThat(ProviderType.tryParse("MainProvider")).contains(ProviderType.MAIN);
    assertThat(ProviderType.tryParse("supporting provider")).contains(ProviderType.SUPPORTING);
    assertThat(ProviderType.tryParse("Employer_Provider")).contains(ProviderType.EMPLOYER);
    assertThat(ProviderType.tryParse("Lead provider")).isEmpty();
  }
}
