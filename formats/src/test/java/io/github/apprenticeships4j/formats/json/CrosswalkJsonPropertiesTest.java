package io.github.apprenticeships4j.formats.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.apprenticeships4j.core.career.SkillId;
import io.github.apprenticeships4j.core.crosswalk.Alignment;
import io.github.apprenticeships4j.core.crosswalk.Crosswalk;
import io.github.apprenticeships4j.core.crosswalk.MatchKind;
import io.github.apprenticeships4j.core.crosswalk.Provenance;
import io.github.apprenticeships4j.core.standard.StandardReference;
import io.github.apprenticeships4j.core.standard.StandardVersion;
import io.github.apprenticeships4j.formats.LoadException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class CrosswalkJsonPropertiesTest {
  /** A crosswalk whose shape and values come from {@code seed}, with the given texts for its free text. */
  static Crosswalk crosswalk(long seed, List<String> texts) {
    SplittableRandom random = new SplittableRandom(seed);
    List<String> words = texts.isEmpty() ? List.of("x") : texts;
    Supplier<String> text = () -> words.get(random.nextInt(words.size()));
    Supplier<Provenance> provenance = () -> Provenance.of(text.get(), LocalDate.ofEpochDay(random.nextInt(30_000)),
        text.get());
    Crosswalk.Builder b = Crosswalk.builder().standard(StandardReference.parse("ST" + (1000 + random.nextInt(9000))))
        .framework(text.get()).provenance(provenance.get());
    if (random.nextBoolean()) {
      b.standardVersion(StandardVersion.of(random.nextInt(4), random.nextInt(12)));
    }
    int count = random.nextInt(6);
    for (int i = 0; i < count; i++) {
      Alignment.Builder a = Alignment.builder().ksb(List.of("K", "S", "B", "TK", "ESB").get(random.nextInt(5))
          + (1 + random.nextInt(40))).skill(SkillId.parse("skill-" + random.nextInt(5)))
          .kind(MatchKind.values()[random.nextInt(MatchKind.values().length)]);
      if (random.nextBoolean()) {
        a.level(text.get());
      }
      if (random.nextBoolean()) {
        a.reasoning(text.get());
      }
      if (random.nextInt(3) == 0) {
        a.provenance(provenance.get());
      }
      b.addAlignments(a.build());
    }
    return b.build();
  }

  @Test
  void everyCrosswalk_written_readsBackEqual_withoutFindings() {
    qt().withExamples(300).forAll(integers().all(), lists().of(CareerJsonPropertiesTest.texts()).ofSizeBetween(0, 6))
        .checkAssert((seed, texts) -> {
          Crosswalk crosswalk = crosswalk(seed, texts);
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          CrosswalkJson.write(crosswalk, out);
          try {
            var read = CrosswalkJson.read(CrosswalkJson.reader().open(new ByteArrayInputStream(out.toByteArray()),
                "round-trip.json"));
            assertThat(read.issues()).isEmpty();
            assertThat(read.value()).isEqualTo(crosswalk);
          } catch (LoadException e) {
            throw new AssertionError(CrosswalkJson.toJson(crosswalk) + e.issues(), e);
          }
        });
  }
}
