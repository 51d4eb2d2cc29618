package io.github.apprenticeships4j.formats.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.apprenticeships4j.core.standard.RelatedStandard;
import io.github.apprenticeships4j.core.standard.RelatedStandard.Reason;
import io.github.apprenticeships4j.core.standard.Standard;
import io.github.apprenticeships4j.core.standard.StandardCatalogue;
import io.github.apprenticeships4j.core.standard.StandardReference;
import io.github.apprenticeships4j.core.standard.StandardStatus;
import io.github.apprenticeships4j.core.standard.StandardVersion;
import io.github.apprenticeships4j.formats.TestData;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link StandardCatalogue#related(Standard)} on the whole national catalogue of 2026-08-22. */
class RelatedStandardsNationalTest {
  static StandardCatalogue catalogue;
  static List<RelatedStandard> related;

  @BeforeAll
  static void readAll() throws Exception {
    catalogue = StandardsJson.readCatalogue(TestData.path(NationalCatalogueTest.CATALOGUE)).value();
    related = catalogue.related(catalogue.get(StandardReference.parse("ST1398"), StandardVersion.of(1, 0)));
  }

  @Test
  void machineLearningEngineer_isClosestToTheOtherTwoStandardsOfItsCluster_thenToTheDataStandardsOfItsPathway() {
    assertThat(related).extracting(r -> r.standard().key()).startsWith(
        "ST1409_1.1",    // Advanced digital forensic professional: cluster 233, 152 shared terms
        "ST0585_1.1",    // Data scientist (integrated degree): cluster 233, 123 shared terms
        "ST0763_1.0",    // Artificial intelligence (AI) data specialist: pathway, 208 shared terms
        "ST0957_1.1",    // Spatial data specialist
        "ST1386_1.0");   // Data engineer
    assertThat(related.subList(0, 2)).allSatisfy(r -> assertThat(r.reasons()).startsWith(
        Reason.SAME_CLUSTER, Reason.SAME_PATHWAY, Reason.SAME_ROUTE));
    assertThat(related.subList(2, 10)).allSatisfy(r -> assertThat(r.reasons()).startsWith(Reason.SAME_PATHWAY,
        Reason.SAME_ROUTE));
    assertThat(related.get(2).termSimilarity()).isGreaterThan(0.3);
  }

  @Test
  void everyRelatedStandard_isAnotherStandardAtItsLatestApprovedVersion_rankedByScore() {
    assertThat(related).hasSize(55);
    assertThat(related).noneMatch(r -> r.standard().reference().toString().equals("ST1398"));
    assertThat(related).allSatisfy(r -> {
      assertThat(r.standard().status()).isEqualTo(StandardStatus.APPROVED_FOR_DELIVERY);
      assertThat(catalogue.versions(r.standard().reference())).filteredOn(s -> s.status()
          .equals(StandardStatus.APPROVED_FOR_DELIVERY)).last().isEqualTo(r.standard());
    });
    assertThat(related).extracting(RelatedStandard::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
  }

  @Test
  void standardsOfOtherRoutes_areRelatedOnlyByAFifthOfTheirTermsOrMore() {
    assertThat(related).filteredOn(r -> !r.reasons().contains(Reason.SAME_ROUTE)).isNotEmpty()
        .allSatisfy(r -> {
          assertThat(r.reasons()).containsExactly(Reason.SHARED_KSB_TERMS);
          assertThat(r.termSimilarity()).isGreaterThanOrEqualTo(RelatedStandard.SHARED_TERMS_THRESHOLD);
        });
  }
}
