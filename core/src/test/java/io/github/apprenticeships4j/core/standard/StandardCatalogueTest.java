package io.github.apprenticeships4j.core.standard;

import static io.github.apprenticeships4j.core.standard.StandardFilters.keyword;
import static io.github.apprenticeships4j.core.standard.StandardFilters.level;
import static io.github.apprenticeships4j.core.standard.StandardFilters.route;
import static io.github.apprenticeships4j.core.standard.StandardFilters.status;
import static io.github.apprenticeships4j.core.standard.StandardFixtures.BRICKLAYER;
import static io.github.apprenticeships4j.core.standard.StandardFixtures.DATA_ANALYST;
import static io.github.apprenticeships4j.core.standard.StandardFixtures.ML_ENGINEER;
import static io.github.apprenticeships4j.core.standard.StandardFixtures.ST1398;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StandardCatalogueTest {
  /** ST1398 0.0 (in development), 1.0 (retired, to 2024-12-17), 1.1 (approved, from 2024-12-18), 1.10 (approved). */
  private static final Standard V0_0 = ML_ENGINEER.withVersion(StandardVersion.of(0, 0))
      .withVersionNumber(Optional.empty()).withStatus(StandardStatus.IN_DEVELOPMENT)
      .withEarliestStartDate(Optional.empty()).withLatestStartDate(Optional.empty());
  private static final Standard V1_0 = ML_ENGINEER.withStatus(StandardStatus.RETIRED)
      .withEarliestStartDate(LocalDate.of(2023, 1, 1)).withLatestStartDate(LocalDate.of(2024, 12, 17));
  private static final Standard V1_1 = ML_ENGINEER.withVersion(StandardVersion.of(1, 1))
      .withVersionNumber("1.1").withLatestStartDate(LocalDate.of(2025, 12, 31));
  private static final Standard V1_10 = ML_ENGINEER.withVersion(StandardVersion.of(1, 10))
      .withVersionNumber("1.10").withEarliestStartDate(LocalDate.of(2026, 1, 1))
      .withLatestStartDate(Optional.empty()).withStatus(StandardStatus.IN_DEVELOPMENT);

  private static final StandardCatalogue CATALOGUE =
      StandardCatalogue.of(List.of(V1_10, DATA_ANALYST, V1_0, BRICKLAYER, V0_0, V1_1));

  @Test
  void standards_keepTheGivenOrder() {
    assertThat(CATALOGUE.standards()).containsExactly(V1_10, DATA_ANALYST, V1_0, BRICKLAYER, V0_0, V1_1);
    assertThat(CATALOGUE.size()).isEqualTo(6);
  }

  @Test
  void references_areSorted() {
    assertThat(CATALOGUE.references()).extracting(StandardReference::value)
        .containsExactly("ST0095", "ST0118", "ST1398");
  }

  @Test
  void versions_areInVersionOrder() {
    assertThat(CATALOGUE.versions(ST1398)).extracting(Standard::version).extracting(StandardVersion::toString)
        .containsExactly("0.0", "1.0", "1.1", "1.10");
  }

  @Test
  void versions_ofAnUnknownReference_isEmpty() {
    assertThat(CATALOGUE.versions(StandardReference.parse("ST9999"))).isEmpty();
  }

  @Test
  void find_andGet_giveTheVersion() {
    assertThat(CATALOGUE.find(ST1398, StandardVersion.of(1, 1))).contains(V1_1);
    assertThat(CATALOGUE.get(ST1398, StandardVersion.of(1, 0))).isEqualTo(V1_0);
    assertThat(CATALOGUE.find(ST1398, StandardVersion.of(3, 0))).isEmpty();
  }

  @Test
  void get_throwsNoSuchElement_forAMissingVersion() {
    assertThatThrownBy(() -> CATALOGUE.get(ST1398, StandardVersion.of(3, 0)))
        .isInstanceOf(NoSuchElementException.class);
    assertThatThrownBy(() -> CATALOGUE.get(StandardReference.parse("ST9999"), StandardVersion.of(1, 0)))
        .isInstanceOf(NoSuchElementException.class);
  }

  @Test
  void latest_isTheHighestVersion() {
    assertThat(CATALOGUE.latest(ST1398)).contains(V1_10);
    assertThat(CATALOGUE.latest(StandardReference.parse("ST0118"))).contains(DATA_ANALYST);
    assertThat(CATALOGUE.latest(StandardReference.parse("ST9999"))).isEmpty();
  }

  @Test
  void findByLarsCode_givesEveryVersion_byReferenceAndVersion() {
    assertThat(CATALOGUE.findByLarsCode(LarsCode.of(795))).containsExactly(V0_0, V1_0, V1_1, V1_10);
    assertThat(CATALOGUE.findByLarsCode(LarsCode.of(80))).containsExactly(DATA_ANALYST);
    assertThat(CATALOGUE.findByLarsCode(LarsCode.of(1))).isEmpty();
  }

  @Test
  void versionForStartOn_givesTheApprovedVersionWhoseWindowHoldsTheDate() {
    assertThat(CATALOGUE.versionForStartOn(ST1398, LocalDate.of(2024, 6, 1))).contains(V1_0);
    assertThat(CATALOGUE.versionForStartOn(ST1398, LocalDate.of(2024, 12, 17))).contains(V1_0);
    assertThat(CATALOGUE.versionForStartOn(ST1398, LocalDate.of(2024, 12, 18))).contains(V1_1);
    assertThat(CATALOGUE.versionForStartOn(ST1398, LocalDate.of(2022, 12, 31))).isEmpty();
  }

  @Test
  void versionForStartOn_skipsVersionsNeverApproved() {
    assertThat(CATALOGUE.versionForStartOn(ST1398, LocalDate.of(2026, 6, 1))).isEmpty();
  }

  @Test
  void versionForStartOn_givesTheHighest_whenWindowsOverlap() {
    Standard v1_1OpenEnded = V1_1.withEarliestStartDate(LocalDate.of(2024, 1, 1));
    StandardCatalogue overlapping = StandardCatalogue.of(List.of(v1_1OpenEnded, V1_0));

    assertThat(overlapping.versionForStartOn(ST1398, LocalDate.of(2024, 6, 1))).contains(v1_1OpenEnded);
  }

  @Test
  void duplicates_areKept_andLookUpsGiveTheFirst() {
    Standard retitled = V1_1.withTitle("Machine learning engineer (duplicate)");
    StandardCatalogue withDuplicate = StandardCatalogue.of(List.of(V1_1, retitled));

    assertThat(withDuplicate.size()).isEqualTo(2);
    assertThat(withDuplicate.versions(ST1398)).containsExactly(V1_1);
    assertThat(withDuplicate.get(ST1398, StandardVersion.of(1, 1))).isEqualTo(V1_1);
  }

  @Test
  void select_byLevel() {
    assertThat(CATALOGUE.select(level(4))).containsExactly(DATA_ANALYST);
    assertThat(CATALOGUE.select(level(5))).isEmpty();
  }

  @Test
  void select_byRoute_ignoresCaseAndSpace() {
    assertThat(CATALOGUE.select(route(" digital "))).containsExactly(DATA_ANALYST, V0_0, V1_0, V1_1, V1_10);
    assertThat(CATALOGUE.select(route("CONSTRUCTION AND THE BUILT ENVIRONMENT"))).containsExactly(BRICKLAYER);
    assertThat(CATALOGUE.select(route("Digit"))).isEmpty();
  }

  @Test
  void select_byStatus() {
    assertThat(CATALOGUE.select(status(StandardStatus.RETIRED))).containsExactly(DATA_ANALYST, V1_0);
    assertThat(CATALOGUE.select(status(StandardStatus.of("PotentialStandard")))).isEmpty();
  }

  @Test
  void select_byKeyword_searchesTitleKeywordsAndJobTitles_ignoringCase() {
    assertThat(CATALOGUE.select(keyword("BRICK"))).containsExactly(BRICKLAYER);
    assertThat(CATALOGUE.select(keyword("statistics"))).containsExactly(DATA_ANALYST);
    assertThat(CATALOGUE.select(keyword("insight"))).containsExactly(DATA_ANALYST);
    assertThat(CATALOGUE.select(keyword(" Artificial "))).containsExactly(V0_0, V1_0, V1_1, V1_10);
    assertThat(CATALOGUE.select(keyword("plumber"))).isEmpty();
  }

  @Test
  void select_combinesFilters() {
    assertThat(CATALOGUE.select(level(6).and(route("Digital")).and(status(StandardStatus.APPROVED_FOR_DELIVERY))))
        .containsExactly(V1_1);
  }
}
