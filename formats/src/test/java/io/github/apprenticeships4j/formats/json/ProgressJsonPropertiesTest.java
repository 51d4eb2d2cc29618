package io.github.apprenticeships4j.formats.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.apprenticeships4j.core.progress.EnglishAndMathsStatus;
import io.github.apprenticeships4j.core.progress.GatewayRequirement;
import io.github.apprenticeships4j.core.progress.KsbEvidence;
import io.github.apprenticeships4j.core.progress.LearningBreak;
import io.github.apprenticeships4j.core.progress.OffTheJobKind;
import io.github.apprenticeships4j.core.progress.OffTheJobSession;
import io.github.apprenticeships4j.core.progress.ProgressRecord;
import io.github.apprenticeships4j.core.standard.StandardReference;
import io.github.apprenticeships4j.core.standard.StandardVersion;
import io.github.apprenticeships4j.formats.LoadException;
import io.github.apprenticeships4j.formats.Loaded;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class ProgressJsonPropertiesTest {
  /** Hours from 0 to {@code most}, 0 to 2 decimal places, sometimes with trailing zeros. */
  private static BigDecimal hours(SplittableRandom random, int most) {
    int scale = random.nextInt(3);
    return BigDecimal.valueOf(random.nextLong((long) most * 100 + 1), 2).setScale(scale,
        java.math.RoundingMode.DOWN);
  }

  private static LocalDate day(SplittableRandom random) {
    return LocalDate.of(2017, 1, 1).plusDays(random.nextInt(5000));
  }

  /** A record whose shape and values come from {@code seed}, with the given texts for its free text. */
  static ProgressRecord record(long seed, List<String> texts) {
    SplittableRandom random = new SplittableRandom(seed);
    List<String> words = texts.isEmpty() ? List.of("x") : texts;
    Supplier<String> text = () -> words.get(random.nextInt(words.size()));
    ProgressRecord.Builder b = ProgressRecord.builder().apprenticeId(text.get())
        .standardReference(StandardReference.parse("ST" + (1000 + random.nextInt(9000))))
        .standardVersion(StandardVersion.of(random.nextInt(4), random.nextInt(12))).startDate(day(random))
        .plannedEndDate(day(random)).weeklyHours(hours(random, 168));
    if (random.nextBoolean()) {
      b.optionId(text.get());
    }
    if (random.nextBoolean()) {
      b.ageAtStart(random.nextInt(121));
    }
    for (int i = random.nextInt(3); i > 0; i--) {
      b.addLearningBreak(LearningBreak.of(day(random), day(random)));
    }
    for (int i = random.nextInt(6); i > 0; i--) {
      OffTheJobSession.Builder s = OffTheJobSession.builder().date(day(random)).hours(hours(random, 10_000))
          .kind(OffTheJobKind.values()[random.nextInt(2)]);
      if (random.nextBoolean()) {
        s.activity(text.get());
      }
      b.addOffTheJobSession(s.build());
    }
    for (int i = random.nextInt(6); i > 0; i--) {
      b.addEvidence(KsbEvidence.builder().ksbCode(List.of("K", "S", "B", "TK", "ESB").get(random.nextInt(5))
          + (1 + random.nextInt(40))).description(text.get()).date(day(random)).confirmedBy(text.get()).build());
    }
    EnglishAndMathsStatus.Builder status = EnglishAndMathsStatus.builder();
    if (random.nextBoolean()) {
      status.englishLevel(1 + random.nextInt(8));
    }
    if (random.nextBoolean()) {
      status.mathsLevel(1 + random.nextInt(8));
    }
    b.englishAndMaths(status.build());
    for (int i = random.nextInt(3); i > 0; i--) {
      b.addGatewayRequirement(GatewayRequirement.of(text.get(), random.nextBoolean()));
    }
    if (random.nextBoolean()) {
      b.gatewayDate(day(random));
    }
    return b.build();
  }

  @Test
  void everyCohort_written_readsBackEqual_withoutFindings() {
    qt().withExamples(300).forAll(integers().all(), lists().of(CareerJsonPropertiesTest.texts()).ofSizeBetween(0, 6))
        .checkAssert((seed, texts) -> {
          List<ProgressRecord> cohort = new ArrayList<>();
          for (int i = Math.floorMod(seed, 4); i >= 0; i--) {
            cohort.add(record(seed + i, texts));
          }
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          ProgressJson.write(cohort, out);
          ByteArrayOutputStream one = new ByteArrayOutputStream();
          ProgressJson.write(cohort.get(0), one);
          try {
            Loaded<List<ProgressRecord>> read = ProgressJson.reader().open(new ByteArrayInputStream(
                out.toByteArray()), "round-trip.json").load();
            assertThat(read.issues()).isEmpty();
            assertThat(read.value()).isEqualTo(cohort);
            assertThat(ProgressJson.reader().open(new ByteArrayInputStream(one.toByteArray()), "one.json").load()
                .value()).containsExactly(cohort.get(0));
          } catch (LoadException e) {
            throw new AssertionError(ProgressJson.toJson(cohort) + e.issues(), e);
          }
        });
  }
}
