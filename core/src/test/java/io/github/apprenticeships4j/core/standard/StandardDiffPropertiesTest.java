package io.github.apprenticeships4j.core.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.apprenticeships4j.core.standard.StandardDiff.KsbChange;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class StandardDiffPropertiesTest {

  @Test
  void between_aStandardAndItself_isEmpty() {
    qt().forAll(StandardGen.standards())
        .checkAssert(a -> assertThat(StandardDiff.between(a, a).isEmpty()).isTrue());
  }

  @Test
  void between_aStandardWithDuplicateKsbIdsAndItself_isEmpty() {
    qt().forAll(StandardGen.standardsWithDuplicateKsbIds())
        .checkAssert(a -> assertThat(StandardDiff.between(a, a).isEmpty()).isTrue());
  }

  @Test
  void between_aStandardAndAnEqualCopy_isEmpty() {
    qt().forAll(StandardGen.standards())
        .checkAssert(a -> assertThat(StandardDiff.between(a, a
            .withKsbs(new ArrayList<>(a.ksbs())).withDuties(new ArrayList<>(a.duties()))).isEmpty()).isTrue());
  }

  @Test
  void oneKsbTextChanged_isReportedAsExactlyThatRewording() {
    Gen<Standard> standards = StandardGen.standardsWithKsbs().mix(StandardGen.standardsWithDuplicateKsbIds());
    qt().forAll(standards, integers().between(0, Integer.MAX_VALUE - 1))
        .checkAssert((a, pick) -> {
          int index = pick % a.ksbs().size();
          Ksb old = a.ksbs().get(index);
          Ksb reworded = old.withText(old.text() + " (revised)");
          List<Ksb> ksbs = new ArrayList<>(a.ksbs());
          ksbs.set(index, reworded);
          Standard b = a.withKsbs(ksbs);

          StandardDiff diff = StandardDiff.between(a, b);

          assertThat(diff.ksbsReworded()).containsExactly(new KsbChange(old, reworded));
          assertThat(diff.ksbsAdded()).isEmpty();
          assertThat(diff.ksbsRemoved()).isEmpty();
          assertThat(diff.dutiesAdded()).isEmpty();
          assertThat(diff.dutiesRemoved()).isEmpty();
          assertThat(diff.fieldChanges()).isEmpty();
        });
  }

  @Test
  void between_isSymmetric_inAddedAndRemoved() {
    qt().forAll(StandardGen.standardsWithKsbs(), integers().between(0, Integer.MAX_VALUE - 1))
        .checkAssert((a, pick) -> {
          List<Ksb> fewer = new ArrayList<>(a.ksbs());
          Ksb dropped = fewer.remove(pick % fewer.size());
          Standard b = a.withKsbs(fewer);

          assertThat(StandardDiff.between(a, b).ksbsRemoved()).containsExactly(dropped);
          assertThat(StandardDiff.between(b, a).ksbsAdded()).containsExactly(dropped);
        });
  }
}
