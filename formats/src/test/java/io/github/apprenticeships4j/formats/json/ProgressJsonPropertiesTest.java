package io.github.apprenticeships4j.formats.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.apprenticeships4j.core.progress.EnglishAndMathsStatus;
import io.github.apprenticeships4j.core.progress.GatewayRequirement;
import io.github.apprenticeships4j.core.progress.KsbEvidence;
import io.github.apprenticeships4j.core.progress.LearningBreak;
import io.github.apprenticeships4j.core.progress.OffTheJobKind;
import io.github.apprenticeships4j.core.progress.OffTheJobSession;
import io.github.apprenticeships4j.core.progress.ProgressRecord;
import io.github.apprenticeships4j.core.standard.StandardReference;
import io.github.apprenticeships4j.core.standard.StandardVersion;
import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.formats.LoadException;
import io.github.apprenticeships4j.formats.Loaded;
import io.github.apprenticeships4j.formats.ReadCodes;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Any cohort is written as a document the schema accepts exactly when the reader reads it without findings; its
 * records whose hours and KSB codes are in the format's ranges read back equal (hours with at most 2 decimals once
 * trailing zeros are left out, brought to scale 0 to 2), the others are rejected with range or KSB findings.
 */
class ProgressJsonPropertiesTest {
  private static final Pattern KSB = Pattern.compile("[A-Za-z]{1,4}[0-9]{1,4}");
  private static final List<String> AWKWARD = List.of("\ud800", "a\udfff", "\ud83d\ude00", "\u3000\u5168\u89d2",
      "\"\\\n",
      "");

  /**
   * Hours from 0 to {@code most} with 0 to 2 decimals, often written with trailing zeros or an exponent; one time in
   * ten out of the format (negative, above {@code most}, 3 decimals or more).
   */
  private static BigDecimal hours(SplittableRandom random, int most) {
    BigDecimal hours = BigDecimal.valueOf(random.nextLong((long) most * 100 + 1), 2)
        .setScale(random.nextInt(3), RoundingMode.DOWN);
    return switch (random.nextInt(20)) {
      case 0 -> hours.negate().subtract(new BigDecimal("0.01"));
      case 1 -> hours.add(BigDecimal.valueOf(most + 1));
      case 2 -> hours.add(new BigDecimal("0.001")).setScale(3 + random.nextInt(10), RoundingMode.UNNECESSARY);
      case 3, 4, 5 -> hours.setScale(3 + random.nextInt(40));
      case 6 -> hours.stripTrailingZeros(); // 1E+2 and the like
      default -> hours;
    };
  }

  /** A KSB code, one time in ten not shaped like one. */
  private static String ksb(SplittableRandom random) {
    if (random.nextInt(10) == 0) {
      return List.of("K 1", "", "1K", "KSBSB1", "K12345", "K\u0661", "\ud800").get(random.nextInt(7));
    }
    return List.of("K", "S", "B", "TK", "ESB").get(random.nextInt(5)) + (1 + random.nextInt(40));
  }

  private static LocalDate day(SplittableRandom random) {
    return LocalDate.of(2017, 1, 1).plusDays(random.nextInt(5000));
  }

  /** A record whose shape and values come from {@code seed}, with the given texts and awkward ones for its text. */
  static ProgressRecord record(long seed, List<String> texts) {
    SplittableRandom random = new SplittableRandom(seed);
    List<String> words = new ArrayList<>(texts);
    words.addAll(AWKWARD);
    Supplier<String> text = () -> words.get(random.nextInt(words.size()));
    ProgressRecord.Builder b = ProgressRecord.builder().apprenticeId(text.get())
        .standardReference(StandardReference.parse(List.of("ST", "FA").get(random.nextInt(2))
            + (1000 + random.nextInt(9000))))
        .standardVersion(StandardVersion.of(random.nextInt(4) * (random.nextInt(8) == 0 ? Integer.MAX_VALUE / 3 : 1),
            random.nextInt(12)))
        .startDate(day(random)).plannedEndDate(day(random)).weeklyHours(hours(random, 168));
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
      b.addEvidence(KsbEvidence.builder().ksbCode(ksb(random)).description(text.get()).date(day(random))
          .confirmedBy(text.get()).build());
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

  /** Hours as the reader gives them back, or {@code null} if the format does not hold them. */
  private static @Nullable BigDecimal asRead(BigDecimal hours, int most) {
    if (hours.signum() < 0 || hours.compareTo(BigDecimal.valueOf(most)) > 0
        || hours.stripTrailingZeros().scale() > 2) {
      return null;
    }
    return hours.setScale(Math.max(0, Math.min(2, hours.scale())));
  }

  /** The record as the reader gives it back, or {@code null} if it has a value the format does not hold. */
  private static @Nullable ProgressRecord asRead(ProgressRecord record) {
    BigDecimal weekly = asRead(record.weeklyHours(), 168);
    List<OffTheJobSession> sessions = new ArrayList<>();
    for (OffTheJobSession s : record.offTheJobSessions()) {
      BigDecimal hours = asRead(s.hours(), 10_000);
      if (hours == null) {
        return null;
      }
      sessions.add(s.withHours(hours));
    }
    if (weekly == null || !record.evidence().stream().allMatch(e -> KSB.matcher(e.ksbCode()).matches())) {
      return null;
    }
    return record.withWeeklyHours(weekly).withOffTheJobSessions(sessions);
  }

  @Test
  void everyCohort_written_matchesTheSchemaExactlyWhenItReadsWithoutFindings_andReadsBackAsTheFormatHoldsIt() {
    qt().withExamples(300).forAll(integers().all(), lists().of(strings().betweenCodePoints(0, Character.MAX_CODE_POINT)
        .ofLengthBetween(0, 12)).ofSizeBetween(0, 6)).checkAssert((seed, texts) -> {
          List<ProgressRecord> cohort = new ArrayList<>();
          for (int i = Math.floorMod(seed, 4); i >= 0; i--) {
            cohort.add(record(seed + i, texts));
          }
          List<ProgressRecord> expected = cohort.stream().map(ProgressJsonPropertiesTest::asRead)
              .filter(Objects::nonNull).toList();
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          ProgressJson.write(cohort, out);
          String json = out.toString(StandardCharsets.UTF_8);
          String one = ProgressJson.toJson(cohort.get(0));
          try {
            Loaded<List<ProgressRecord>> read = ProgressJson.reader().open(new ByteArrayInputStream(
                out.toByteArray()), "round-trip.json").load();
            assertThat(read.value()).as(json).isEqualTo(expected);
            assertThat(read.rejected()).hasSize(cohort.size() - expected.size());
            assertThat(read.issues()).extracting(Issue::code).allMatch(c -> c.equals(
                ReadCodes.PROGRESS_JSON_NUMBER_RANGE)
                || c.equals(ReadCodes.PROGRESS_JSON_KSB_FORMAT));
            assertThat(ProgressJsonTest.schemaErrors(json).isEmpty()).as(json).isEqualTo(read.issues().isEmpty());
            Loaded<List<ProgressRecord>> readOne = ProgressJsonTest.read(one);
            assertThat(readOne.value()).isEqualTo(Stream.ofNullable(asRead(cohort.get(0))).toList());
            assertThat(ProgressJsonTest.schemaErrors(one).isEmpty()).as(one).isEqualTo(readOne.issues().isEmpty());
          } catch (LoadException e) {
            throw new AssertionError(json + e.issues(), e);
          }
        });
  }
}
