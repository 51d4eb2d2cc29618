package io.github.apprenticeships4j.core.standard;

import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.quicktheories.core.Gen;

/**
 * QuickTheories generators of the standard domain, shared by the property tests.
 *
 * <p>{@link #standards()} gives standards that pass {@link StandardValidator#validate(Standard)} with no finding:
 * approved for delivery, level 2 to 7, positive duration and funding, an EPA period, off-the-job hours between the
 * 187-hour floor and 30 hours a week over the duration (none for a one-month duration, too short for both), unique
 * KSB ids numbered 1..n per type, and duties that map only to existing KSBs and options.
 */
final class StandardGen {
  private static final KsbType[] STANDARD_TYPES = {KsbType.KNOWLEDGE, KsbType.SKILL, KsbType.BEHAVIOUR};

  private StandardGen() {}

  /** {@code ST} or {@code FA} references, 0000 to 9999. */
  static Gen<StandardReference> references() {
    return arbitrary().pick("ST", "FA").zip(integers().between(0, 9999),
        (prefix, n) -> StandardReference.parse(prefix + String.format(Locale.ROOT, "%04d", n)));
  }

  /** Any version the factory accepts: major and minor from 0 to {@link Integer#MAX_VALUE}. */
  static Gen<StandardVersion> versions() {
    return integers().allPositive().mix(integers().between(0, 20)).zip(
        integers().allPositive().mix(integers().between(0, 20)), StandardVersion::of);
  }

  /** Non-blank KSB or duty text of letters and single spaces. */
  static Gen<String> texts() {
    return lists().of(strings().betweenCodePoints('a', 'z').ofLengthBetween(1, 8)).ofSizeBetween(1, 6)
        .map(words -> String.join(" ", words));
  }

  /** Valid standards (see the class comment), with 0 to 6 KSBs of each of K, S and B and up to 5 duties. */
  static Gen<Standard> standards() {
    Gen<List<String>> ksbTexts = lists().of(texts()).ofSizeBetween(0, 6);
    Gen<Header> headers = references().zip(versions(), integers().between(2, 7), integers().between(1, 72),
        (reference, version, level, duration) -> new Header(reference, version, level, duration));
    return ksbTexts.zip(ksbTexts, ksbTexts, headers, longs().all(),
        (knowledge, skills, behaviours, header, seed) -> assemble(header, List.of(knowledge, skills, behaviours),
            seed));
  }

  /** Valid standards with at least one KSB. */
  static Gen<Standard> standardsWithKsbs() {
    return standards().assuming(s -> !s.ksbs().isEmpty());
  }

  /**
   * Standards with at least two KSBs of which one carries the id of another, as in the real ST0332_1.0; otherwise as
   * {@link #standards()}.
   */
  static Gen<Standard> standardsWithDuplicateKsbIds() {
    return standards().assuming(s -> s.ksbs().size() >= 2).zip(longs().all(), (standard, seed) -> {
      SplittableRandom random = new SplittableRandom(seed);
      List<Ksb> ksbs = new ArrayList<>(standard.ksbs());
      int from = random.nextInt(ksbs.size());
      int to = (from + 1 + random.nextInt(ksbs.size() - 1)) % ksbs.size();
      Ksb copy = ksbs.get(to);
      ksbs.set(to, Ksb.of(copy.type(), ksbs.get(from).id(), copy.number(), copy.text()));
      return standard.withKsbs(ksbs);
    });
  }

  private record Header(StandardReference reference, StandardVersion version, int level, int duration) {}

  private static Standard assemble(Header header, List<List<String>> textsByType, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Ksb> ksbs = new ArrayList<>();
    for (int t = 0; t < STANDARD_TYPES.length; t++) {
      List<String> texts = textsByType.get(t);
      for (int i = 0; i < texts.size(); i++) {
        KsbType type = STANDARD_TYPES[t];
        ksbs.add(Ksb.of(type, type.prefix().toLowerCase(Locale.ROOT) + "-" + (i + 1) + "-" + seed, i + 1,
            texts.get(i)));
      }
    }
    List<StandardOption> options = new ArrayList<>();
    int optionCount = random.nextInt(3);
    for (int o = 0; o < optionCount; o++) {
      options.add(StandardOption.of("option-" + o, "Option " + o));
    }
    List<Duty> duties = new ArrayList<>();
    int dutyCount = random.nextInt(6);
    for (int d = 0; d < dutyCount; d++) {
      boolean core = options.isEmpty() || random.nextBoolean();
      Duty.Builder duty = Duty.builder().id("duty-" + d).text("Duty " + d).isCore(core);
      for (Ksb ksb : ksbs) {
        if (random.nextInt(3) == 0) {
          duty.addKsbId(ksb.id());
        }
      }
      if (!core) {
        duty.addOptionId(options.get(random.nextInt(options.size())).id());
      }
      duties.add(duty.build());
    }
    Standard.Builder builder = Standard.builder();
    if (header.duration() > 1) {
      builder.minimumOffTheJobHours(187 + random.nextInt(30 * 52 * header.duration() / 12 - 187 + 1));
    }
    return builder
        .reference(header.reference())
        .larsCode(LarsCode.of(1 + random.nextInt(99_999)))
        .version(header.version())
        .versionNumber(header.version().toString())
        .title("Standard " + header.reference())
        .level(header.level())
        .route("Digital")
        .status(StandardStatus.APPROVED_FOR_DELIVERY)
        .typicalDurationMonths(header.duration())
        .maxFunding(BigDecimal.valueOf(1 + random.nextInt(27_000)))
        .earliestStartDate(LocalDate.of(2020, 1, 1).plusDays(random.nextInt(2000)))
        .addAllOptions(options)
        .addAllDuties(duties)
        .addAllKsbs(ksbs)
        .endPointAssessmentMonths(1 + random.nextInt(6))
        .build();
  }
}
