package io.github.apprenticeships4j.core.standard;

import static io.github.apprenticeships4j.core.standard.StandardFixtures.BRICKLAYER;
import static io.github.apprenticeships4j.core.standard.StandardFixtures.ML_ENGINEER;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.apprenticeships4j.core.standard.RelatedStandard.Reason;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RelatedStandardsTest {
  /** ST1398 with its cluster and pathway. */
  static final Standard ML = ML_ENGINEER.withPathway("Digital Business Services").withClusterId("233")
      .withCluster("Business information professional");

  /** An approved standard of another route, with no cluster, pathway or KSBs: related to ML in no way. */
  static Standard unrelated(String reference) {
    return BRICKLAYER.withReference(StandardReference.parse(reference)).withTitle("Standard " + reference);
  }

  static Ksb knowledge(int number, String text) {
    return Ksb.of(KsbType.KNOWLEDGE, "k" + number, number, text);
  }

  static List<RelatedStandard> related(Standard standard, Standard... others) {
    List<Standard> all = new ArrayList<>(List.of(others));
    all.add(standard);
    return StandardCatalogue.of(all).related(standard);
  }

  @Test
  void sameClusterId_isAReasonOnItsOwn_worthFour() {
    List<RelatedStandard> related = related(ML, unrelated("ST0001").withClusterId("233"));

    assertThat(related).singleElement().satisfies(r -> {
      assertThat(r.reasons()).containsExactly(Reason.SAME_CLUSTER);
      assertThat(r.score()).isEqualTo(4.0);
      assertThat(r.standard().reference()).isEqualTo(StandardReference.parse("ST0001"));
    });
  }

  @Test
  void clusterNames_decideWhenEitherHasNoId_andIdsDecideWhenBothHaveOne() {
    assertThat(related(ML, unrelated("ST0001").withCluster(" business information PROFESSIONAL ")))
        .singleElement().extracting(RelatedStandard::reasons).isEqualTo(List.of(Reason.SAME_CLUSTER));
    assertThat(related(ML, unrelated("ST0001").withClusterId("234")
        .withCluster("Business information professional"))).isEmpty();
  }

  @Test
  void samePathway_isAReasonOnItsOwn_worthTwo() {
    List<RelatedStandard> related = related(ML, unrelated("ST0001").withPathway("digital business services"));

    assertThat(related).singleElement().satisfies(r -> {
      assertThat(r.reasons()).containsExactly(Reason.SAME_PATHWAY);
      assertThat(r.score()).isEqualTo(2.0);
    });
  }

  @Test
  void sameRoute_isAReasonOnItsOwn_worthOne_butAnEmptyRouteMatchesNone() {
    assertThat(related(ML, unrelated("ST0001").withRoute("DIGITAL"))).singleElement().satisfies(r -> {
      assertThat(r.reasons()).containsExactly(Reason.SAME_ROUTE);
      assertThat(r.score()).isEqualTo(1.0);
    });
    assertThat(related(ML.withRoute(""), unrelated("ST0001").withRoute(""))).isEmpty();
    assertThat(related(ML.withRoute(" "), unrelated("ST0001").withRoute(" "))).isEmpty();
  }

  @Test
  void sharedKsbTerms_areAReasonOnTheirOwn_atASimilarityOfAFifthOrMore() {
    Standard ours = ML.withKsbs(knowledge(1, "Train models on data"));
    Standard half = unrelated("ST0001").withKsbs(knowledge(1, "Clean data models"));
    Standard fifth = unrelated("ST0002").withKsbs(knowledge(1, "Data pipelines, lakes"));
    Standard less = unrelated("ST0003").withKsbs(knowledge(1, "Data pipelines, warehouses, lakes"));

    List<RelatedStandard> related = related(ours, half, fifth, less);

    assertThat(related).extracting(r -> r.standard().reference().toString()).containsExactly("ST0001", "ST0002");
    assertThat(related.get(0).reasons()).containsExactly(Reason.SHARED_KSB_TERMS);
    assertThat(related.get(0).sharedTerms()).containsExactlyInAnyOrder("data", "models");
    assertThat(related.get(0).termSimilarity()).isEqualTo(0.5);
    assertThat(related.get(0).score()).isEqualTo(0.5);
    assertThat(related.get(1).termSimilarity()).isEqualTo(RelatedStandard.SHARED_TERMS_THRESHOLD);
  }

  @Test
  void terms_areLowerCaseWordsOfThreeOrMoreCharacters_notStopWordsNorNumbers() {
    Standard standard = ML.withKsbs(knowledge(1, "The AI-driven 3D models, using Python3 and 2024 DATA"),
        knowledge(2, "data Données: café"));

    Set<String> terms = KsbTerms.of(standard);

    assertThat(terms).containsExactlyInAnyOrder("driven", "models", "python3", "data", "données", "café");
    assertThat(KsbTerms.STOP_WORDS).hasSize(60).contains("the", "and", "using", "with");
  }

  @Test
  void standardsWithoutKsbs_haveNoSimilarity() {
    assertThat(related(ML.withKsbs(), unrelated("ST0001").withRoute("Digital")))
        .singleElement().satisfies(r -> assertThat(r.termSimilarity()).isZero());
  }

  @Test
  void ranking_isClusterThenPathwayThenRouteThenVocabulary_equalScoresInReferenceOrder() {
    Standard route = unrelated("ST0005").withRoute("Digital").withKsbs(ML.ksbs());
    Standard pathway = unrelated("ST0004").withPathway("Digital Business Services");
    Standard cluster = unrelated("ST0009").withClusterId("233");
    Standard routeOnlyB = unrelated("ST0003").withRoute("Digital");
    Standard routeOnlyA = unrelated("ST0002").withRoute("Digital");
    List<Ksb> mostlyOurs = new ArrayList<>(ML.ksbs());
    mostlyOurs.add(knowledge(9, "Bricks, mortar, scaffolding, trowels"));
    Standard vocabulary = unrelated("ST0001").withKsbs(mostlyOurs);

    List<RelatedStandard> related = related(ML, vocabulary, routeOnlyA, routeOnlyB, cluster, pathway, route);

    assertThat(related).extracting(r -> r.standard().reference().toString())
        .containsExactly("ST0009", "ST0004", "ST0005", "ST0002", "ST0003", "ST0001");
    assertThat(related).extracting(RelatedStandard::score).startsWith(4.0, 2.0, 2.0, 1.0, 1.0);
    assertThat(related.get(5).score()).isBetween(RelatedStandard.SHARED_TERMS_THRESHOLD, 1.0);
    assertThat(related.get(2).reasons()).containsExactly(Reason.SAME_ROUTE, Reason.SHARED_KSB_TERMS);
  }

  @Test
  void eachOtherStandard_isTakenAtItsLatestVersionApprovedForDelivery() {
    Standard v1 = unrelated("ST0001").withRoute("Digital");
    Standard v11 = v1.withVersion(StandardVersion.of(1, 1)).withTitle("Approved 1.1");
    Standard v2 = v1.withVersion(StandardVersion.of(2, 0)).withStatus(StandardStatus.IN_DEVELOPMENT);
    Standard retiredOnly = unrelated("ST0002").withRoute("Digital").withStatus(StandardStatus.RETIRED);

    List<RelatedStandard> related = related(ML, v2, v1, v11, retiredOnly);

    assertThat(related).singleElement().extracting(RelatedStandard::standard).isEqualTo(v11);
  }

  @Test
  void theStandardItself_andItsOtherVersions_areLeftOut() {
    Standard newer = ML.withVersion(StandardVersion.of(1, 1));

    assertThat(related(ML, newer)).isEmpty();
    assertThat(StandardCatalogue.of(List.of(ML, newer)).related(ML.withVersion(StandardVersion.of(3, 0)))).isEmpty();
  }

  @Test
  void aStandardOutsideTheCatalogue_canBeRelatedToIt() {
    StandardCatalogue catalogue = StandardCatalogue.of(List.of(unrelated("ST0001").withRoute("Digital")));

    assertThat(catalogue.related(ML)).hasSize(1);
    assertThat(catalogue.related(ML)).isEqualTo(catalogue.related(ML));
  }

  @Test
  void reasons_areDescribedInWords() {
    RelatedStandard both = related(ML.withKsbs(knowledge(1, "Train models")),
        unrelated("ST0001").withRoute("Digital").withKsbs(knowledge(1, "Train models"))).get(0);
    RelatedStandard termsOnly = related(ML.withKsbs(knowledge(1, "Train models")),
        unrelated("ST0001").withKsbs(knowledge(1, "Train models"))).get(0);

    assertThat(both.describeReasons()).isEqualTo("same route, 2 shared KSB terms (similarity 1.000)");
    assertThat(termsOnly.describeReasons()).isEqualTo("2 shared KSB terms (similarity 1.000)");
    assertThat(both).hasToString("ST0001_1.0 Standard ST0001 (score 2.000: same route, 2 shared KSB terms "
        + "(similarity 1.000))");
    assertThat(Reason.SHARED_KSB_TERMS.describe()).isEqualTo("shared KSB terms");
    assertThat(Reason.SAME_CLUSTER.describe()).isEqualTo("same cluster");
  }

  @Test
  void equalRelations_areEqual() {
    RelatedStandard a = related(ML, unrelated("ST0001").withRoute("Digital")).get(0);
    RelatedStandard b = related(ML, unrelated("ST0001").withRoute("Digital")).get(0);
    RelatedStandard other = related(ML, unrelated("ST0002").withRoute("Digital")).get(0);
    Set<RelatedStandard> set = new HashSet<>(List.of(a, b, other));

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(other).isNotEqualTo("ST0001");
    assertThat(set).hasSize(2);
  }
}
