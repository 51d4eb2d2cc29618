package io.github.apprenticeships4j.formats.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.apprenticeships4j.core.standard.Duty;
import io.github.apprenticeships4j.core.standard.Ksb;
import io.github.apprenticeships4j.core.standard.KsbType;
import io.github.apprenticeships4j.core.standard.ProfessionalRecognition;
import io.github.apprenticeships4j.core.standard.Qualification;
import io.github.apprenticeships4j.core.standard.RegulatorApproval;
import io.github.apprenticeships4j.core.standard.LarsCode;
import io.github.apprenticeships4j.core.standard.Standard;
import io.github.apprenticeships4j.core.standard.StandardCatalogue;
import io.github.apprenticeships4j.core.standard.StandardOption;
import io.github.apprenticeships4j.core.standard.StandardReference;
import io.github.apprenticeships4j.core.standard.StandardStatus;
import io.github.apprenticeships4j.core.standard.StandardVersion;
import io.github.apprenticeships4j.formats.ReaderInvariants;
import io.github.apprenticeships4j.formats.Row;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Generated standards, every field absent or present and any value the model holds, read back equal. */
class CanonicalStandardsJsonPropertiesTest {
  private static final long FIRST_DAY = LocalDate.of(-9999, 1, 1).toEpochDay();
  private static final long LAST_DAY = LocalDate.of(99_999, 12, 31).toEpochDay();

  /**
   * Any text: control characters, quotes, backslashes, characters outside Latin-1, characters outside the Basic
   * Multilingual Plane, and unpaired surrogates (which the model may hold, read from escapes such as \uD800).
   */
  static Gen<String> texts() {
    return strings().betweenCodePoints(0, 0xFFFF).ofLengthBetween(0, 10)
        .mix(strings().betweenCodePoints(0x1F300, 0x1F64F).ofLengthBetween(1, 3), 20);
  }

  /**
   * A standard whose shape and values come from {@code seed}: each optional value absent or present, lists empty or
   * not, numbers anywhere in their type's range, texts from {@code texts}.
   */
  static Standard standard(long seed, List<String> texts) {
    SplittableRandom random = new SplittableRandom(seed);
    List<String> words = texts.isEmpty() ? List.of("") : texts;
    Supplier<String> text = () -> words.get(random.nextInt(words.size()));
    Standard.Builder b = Standard.builder()
        .reference(StandardReference.parse((random.nextBoolean() ? "ST" : "FA")
            + String.format(Locale.ROOT, "%04d", random.nextInt(10_000))))
        .version(StandardVersion.of(random.nextInt(Integer.MAX_VALUE), random.nextInt(Integer.MAX_VALUE)))
        .title(text.get())
        .level(random.nextInt())
        .route(text.get())
        .status(random.nextBoolean() ? StandardStatus.known().get(random.nextInt(5)) : StandardStatus.of(text.get()))
        .typicalDurationMonths(random.nextInt())
        .maxFunding(BigDecimal.valueOf(random.nextLong(-1_000_000_000_000_000L, 1_000_000_000_000_000L), 2));
    if (random.nextBoolean()) {
      b.larsCode(LarsCode.of(1 + random.nextInt(99_999)));
    }
    if (random.nextBoolean()) {
      b.versionNumber(text.get());
    }
    if (random.nextBoolean()) {
      b.earliestStartDate(date(random));
    }
    if (random.nextBoolean()) {
      b.latestStartDate(date(random));
    }
    if (random.nextBoolean()) {
      b.latestEndDate(date(random));
    }
    if (random.nextBoolean()) {
      b.approvedForDeliveryDate(date(random));
    }
    int options = random.nextInt(3);
    for (int i = 0; i < options; i++) {
      b.addOptions(StandardOption.of(text.get(), text.get()));
    }
    int duties = random.nextInt(4);
    for (int i = 0; i < duties; i++) {
      Duty.Builder duty = Duty.builder().id(text.get()).text(text.get()).isCore(random.nextBoolean());
      int ids = random.nextInt(4);
      for (int k = 0; k < ids; k++) {
        duty.addKsbIds(text.get());
      }
      if (random.nextBoolean()) {
        duty.addOptionIds(text.get());
      }
      b.addDuties(duty.build());
    }
    int ksbs = random.nextInt(6);
    for (int i = 0; i < ksbs; i++) {
      KsbType type = KsbType.values()[random.nextInt(KsbType.values().length)];
      b.addKsbs(Ksb.of(type, text.get(), random.nextBoolean() ? 1 + i : random.nextInt(), text.get()));
    }
    if (random.nextBoolean()) {
      b.integratedDegree(text.get());
    }
    if (random.nextBoolean()) {
      b.regulatedBody(text.get());
    }
    if (random.nextBoolean()) {
      b.eqaProvider(text.get());
    }
    if (random.nextBoolean()) {
      b.overviewOfRole(text.get());
    }
    if (random.nextBoolean()) {
      b.occupationalSummary("<p>" + text.get() + "</p>");
    }
    int keywords = random.nextInt(3);
    for (int i = 0; i < keywords; i++) {
      b.addKeywords(text.get());
    }
    int titles = random.nextInt(3);
    for (int i = 0; i < titles; i++) {
      b.addTypicalJobTitles(text.get());
    }
    if (random.nextBoolean()) {
      b.minimumOffTheJobHours(random.nextInt());
    }
    if (random.nextBoolean()) {
      b.endPointAssessmentMonths(random.nextInt());
    }
    if (random.nextBoolean()) {
      b.pathway(text.get());
    }
    if (random.nextBoolean()) {
      b.clusterId(text.get());
    }
    if (random.nextBoolean()) {
      b.cluster(text.get());
    }
    if (random.nextBoolean()) {
      b.clusterDescription(text.get());
    }
    if (random.nextBoolean()) {
      b.sectorSubjectArea(text.get());
    }
    if (random.nextBoolean()) {
      b.sectorSubjectAreaTier2(text.get());
    }
    if (random.nextBoolean()) {
      b.occupationCode(text.get());
    }
    if (random.nextBoolean()) {
      b.startsPaused(random.nextBoolean());
    }
    if (random.nextBoolean()) {
      b.templateType(text.get());
    }
    int recognitions = random.nextInt(3);
    for (int i = 0; i < recognitions; i++) {
      ProfessionalRecognition.Builder r = ProfessionalRecognition.builder().body(text.get());
      if (random.nextBoolean()) {
        r.level(text.get());
      }
      if (random.nextBoolean()) {
        r.partial(random.nextBoolean());
      }
      if (random.nextBoolean()) {
        r.conditions(text.get());
      }
      b.addProfessionalRecognitions(r.build());
    }
    int qualifications = random.nextInt(3);
    for (int i = 0; i < qualifications; i++) {
      Qualification.Builder q = Qualification.builder().id(text.get()).title(text.get());
      if (random.nextBoolean()) {
        q.level(text.get());
      }
      if (random.nextBoolean()) {
        q.additionalInformation(text.get());
      }
      int optionIds = random.nextInt(3);
      for (int j = 0; j < optionIds; j++) {
        q.addOptionIds(text.get());
      }
      b.addQualifications(q.build());
    }
    if (random.nextBoolean()) {
      b.regulated(random.nextBoolean());
    }
    int approvals = random.nextInt(3);
    for (int i = 0; i < approvals; i++) {
      RegulatorApproval.Builder a = RegulatorApproval.builder().party(text.get());
      if (random.nextBoolean()) {
        a.required(random.nextBoolean());
      }
      if (random.nextBoolean()) {
        a.link(text.get());
      }
      b.addRegulatorApprovals(a.build());
    }
    int green = random.nextInt(3);
    for (int i = 0; i < green; i++) {
      b.addGreenJobTitles(text.get());
    }
    if (random.nextBoolean()) {
      b.assessmentPlanUrl(text.get());
    }
    if (random.nextBoolean()) {
      b.standardPageUrl(text.get());
    }
    if (random.nextBoolean()) {
      b.changeNote(text.get());
    }
    if (random.nextBoolean()) {
      b.changedDate(date(random));
    }
    return b.build();
  }

  private static LocalDate date(SplittableRandom random) {
    return LocalDate.ofEpochDay(random.nextLong(FIRST_DAY, LAST_DAY + 1));
  }

  static List<Standard> read(String json) {
    List<Standard> read = new ArrayList<>();
    ReaderInvariants.readAll(CanonicalStandardsJson.reader().open(new ByteArrayInputStream(json.getBytes(
        StandardCharsets.UTF_8)), "written.json"), row -> {
          assertThat(row.issues()).as(json).isEmpty();
          read.add(((Row.Accepted<Standard>) row).value());
        });
    return read;
  }

  @Test
  void aGeneratedStandard_isReadBackEqual_fromAValidDocument() {
    qt().withExamples(500).forAll(longs().all(), lists().of(texts()).ofSizeBetween(0, 8))
        .checkAssert((seed, texts) -> {
          Standard standard = standard(seed, texts);

          String json = CanonicalStandardsJson.toJson(standard);

          assertThat(read(json)).containsExactly(standard);
          assertThat(CanonicalStandardsJsonTest.schemaErrors(json)).as(json).isEmpty();
        });
  }

  @Test
  void aGeneratedCatalogue_isReadBackEqual_inItsOrder_fromTheBytesWritten() {
    qt().withExamples(100).forAll(lists().of(longs().all()).ofSizeBetween(0, 6), lists().of(texts())
        .ofSizeBetween(1, 6)).checkAssert((seeds, texts) -> {
          List<Standard> standards = new ArrayList<>();
          seeds.forEach(seed -> standards.add(standard(seed, texts)));
          ByteArrayOutputStream out = new ByteArrayOutputStream();

          CanonicalStandardsJson.write(StandardCatalogue.of(standards), out);

          assertThat(read(out.toString(StandardCharsets.UTF_8))).containsExactlyElementsOf(standards);
        });
  }
}
