package io.github.apprenticeships4j.formats.casejson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.apprenticeships4j.core.career.Framework;
import io.github.apprenticeships4j.core.career.PayBand;
import io.github.apprenticeships4j.core.career.Role;
import io.github.apprenticeships4j.core.career.RoleId;
import io.github.apprenticeships4j.core.career.RoleLevel;
import io.github.apprenticeships4j.core.career.RoleLevelId;
import io.github.apprenticeships4j.core.career.Skill;
import io.github.apprenticeships4j.core.career.SkillId;
import io.github.apprenticeships4j.core.career.SkillLevelScale;
import io.github.apprenticeships4j.core.career.SkillRequirement;
import io.github.apprenticeships4j.core.standard.Duty;
import io.github.apprenticeships4j.core.standard.Ksb;
import io.github.apprenticeships4j.core.standard.KsbType;
import io.github.apprenticeships4j.core.standard.LarsCode;
import io.github.apprenticeships4j.core.standard.ProfessionalRecognition;
import io.github.apprenticeships4j.core.standard.Qualification;
import io.github.apprenticeships4j.core.standard.RegulatorApproval;
import io.github.apprenticeships4j.core.standard.Standard;
import io.github.apprenticeships4j.core.standard.StandardOption;
import io.github.apprenticeships4j.core.standard.StandardReference;
import io.github.apprenticeships4j.core.standard.StandardStatus;
import io.github.apprenticeships4j.core.standard.StandardVersion;
import io.github.apprenticeships4j.core.validation.Severity;
import io.github.apprenticeships4j.formats.LoadException;
import io.github.apprenticeships4j.formats.Loaded;
import io.github.apprenticeships4j.formats.RecordReader;
import io.github.apprenticeships4j.formats.TestData;
import io.github.apprenticeships4j.formats.csv.DdatCsv;
import io.github.apprenticeships4j.formats.json.StandardsJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Export then import gives back the model, for generated and real standards and frameworks, and is valid CASE. */
class CaseJsonRoundTripTest {
  static final String CATALOGUE = "/ifate-standards-api/apprenticeshipstandards-full-2026-08-22.json.gz";

  /** Any text, including quotes, backslashes, line breaks and characters outside Latin-1. */
  static Gen<String> texts() {
    return strings().betweenCodePoints(0, 0x2FFF).ofLengthBetween(0, 12);
  }

  static Standard readBack(Standard standard) throws LoadException {
    return readBack(CaseJson.toJson(standard));
  }

  static Standard readBack(String json) throws LoadException {
    Loaded<Standard> back = CaseJson.readStandard(CaseJson.standardReader().open(new ByteArrayInputStream(json
        .getBytes(StandardCharsets.UTF_8)), "case.json"));
    assertThat(back.issues()).noneMatch(i -> i.severity().isAtLeast(Severity.ERROR));
    return back.value();
  }

  static Framework readBack(Framework framework) throws LoadException {
    String json = CaseJson.toJson(framework);
    return CaseJson.readFramework(CaseJson.frameworkReader().open(new ByteArrayInputStream(json.getBytes(
        StandardCharsets.UTF_8)), "case.json")).value();
  }

  /** A standard whose shape and values come from {@code seed}, its texts from {@code texts}. */
  static Standard standard(long seed, List<String> texts) {
    SplittableRandom random = new SplittableRandom(seed);
    List<String> words = texts.isEmpty() ? List.of("x") : texts;
    Supplier<String> text = () -> words.get(random.nextInt(words.size()));
    Supplier<String> id = () -> switch (random.nextInt(4)) {
      case 0 -> new UUID(random.nextLong(), random.nextLong()).toString();
      case 1 -> new UUID(random.nextLong(), random.nextLong()).toString().toUpperCase(java.util.Locale.ROOT);
      case 2 -> "id-" + random.nextInt(5);
      default -> text.get();
    };
    Standard.Builder b = Standard.builder()
        .reference(StandardReference.parse((random.nextBoolean() ? "ST" : "FA") + (1000 + random.nextInt(9000))))
        .version(StandardVersion.of(random.nextInt(3), random.nextInt(12))).title(text.get())
        .level(random.nextInt(-1, 9)).route(random.nextBoolean() ? "" : text.get())
        .status(random.nextBoolean() ? StandardStatus.APPROVED_FOR_DELIVERY : StandardStatus.of("Potential " + text
            .get())).typicalDurationMonths(random.nextInt(0, 80))
        .maxFunding(BigDecimal.valueOf(random.nextLong(-100_000, 3_000_000), 2));
    if (random.nextBoolean()) {
      b.larsCode(LarsCode.of(1 + random.nextInt(99_999))).versionNumber(text.get())
          .earliestStartDate(date(random)).latestStartDate(date(random)).latestEndDate(date(random))
          .approvedForDeliveryDate(date(random)).integratedDegree(text.get()).regulatedBody(text.get())
          .eqaProvider(text.get()).overviewOfRole(text.get()).occupationalSummary(text.get())
          .addKeywords(text.get(), text.get()).addTypicalJobTitles(text.get())
          .minimumOffTheJobHours(random.nextInt(0, 2000)).endPointAssessmentMonths(random.nextInt(0, 12))
          .pathway(text.get()).clusterId(text.get()).cluster(text.get()).clusterDescription(text.get())
          .sectorSubjectArea(text.get()).sectorSubjectAreaTier2(text.get()).occupationCode(text.get())
          .startsPaused(random.nextBoolean()).templateType(text.get())
          .addProfessionalRecognitions(ProfessionalRecognition.builder().body(text.get()).level(text.get())
              .partial(random.nextBoolean()).conditions(text.get()).build(),
              ProfessionalRecognition.builder().body(text.get()).build())
          .addQualifications(Qualification.builder().id(id.get()).title(text.get()).level(text.get())
              .additionalInformation(text.get()).addOptionIds(id.get()).build())
          .regulated(random.nextBoolean())
          .addRegulatorApprovals(RegulatorApproval.builder().party(text.get()).required(random.nextBoolean())
              .link(text.get()).build())
          .addGreenJobTitles(text.get()).assessmentPlanUrl(text.get()).standardPageUrl(text.get())
          .changeNote(text.get()).changedDate(date(random));
    }
    List<String> optionIds = new ArrayList<>();
    for (int i = random.nextInt(3); i > 0; i--) {
      StandardOption option = StandardOption.of(id.get(), text.get());
      optionIds.add(option.id());
      b.addOptions(option);
    }
    List<String> ksbIds = new ArrayList<>();
    KsbType[] types = KsbType.values();
    for (int i = random.nextInt(8); i > 0; i--) {
      Ksb ksb = Ksb.of(types[random.nextInt(types.length)], id.get(), random.nextInt(0, 140), text.get());
      ksbIds.add(ksb.id());
      b.addKsbs(ksb);
    }
    for (int i = random.nextInt(4); i > 0; i--) {
      Duty.Builder duty = Duty.builder().id(id.get()).text(text.get()).isCore(random.nextBoolean());
      for (int k = random.nextInt(5); k > 0; k--) {
        duty.addKsbIds(ksbIds.isEmpty() || random.nextInt(5) == 0 ? id.get() : ksbIds.get(random.nextInt(ksbIds
            .size())));
      }
      for (int o = random.nextInt(3); o > 0; o--) {
        duty.addOptionIds(optionIds.isEmpty() || random.nextInt(5) == 0 ? id.get() : optionIds.get(random.nextInt(
            optionIds.size())));
      }
      b.addDuties(duty.build());
    }
    return b.build();
  }

  static LocalDate date(SplittableRandom random) {
    return LocalDate.ofEpochDay(random.nextInt(5_000, 25_000));
  }

  /** A framework whose shape and values come from {@code seed}, its texts from {@code texts}. */
  static Framework framework(long seed, List<String> texts) {
    SplittableRandom random = new SplittableRandom(seed);
    List<String> words = texts.isEmpty() ? List.of("x") : texts;
    Supplier<String> text = () -> words.get(random.nextInt(words.size()));
    SkillLevelScale scale = random.nextBoolean() ? SkillLevelScale.ddat()
        : SkillLevelScale.numeric("Numeric " + text.get(), 1, 1 + random.nextInt(7));
    Framework.Builder framework = Framework.builder().name(text.get()).publisher(text.get()).source(text.get())
        .scale(scale);
    if (random.nextBoolean()) {
      framework.published(date(random)).licence(text.get());
    }
    List<SkillId> skills = new ArrayList<>();
    for (int s = random.nextInt(5); s > 0; s--) {
      Skill.Builder skill = Skill.builder().id(SkillId.parse("skill-" + s)).name(text.get());
      skills.add(SkillId.parse("skill-" + s));
      if (random.nextBoolean()) {
        skill.description(text.get());
      }
      if (random.nextInt(3) == 0) {
        skill.identity(SkillId.parse("base-" + random.nextInt(2))).context(text.get());
      }
      scale.levels().stream().filter(l -> random.nextBoolean()).forEach(l -> skill.putLevelDescription(l, text
          .get()));
      framework.addSkills(skill.build());
    }
    for (int r = random.nextInt(4); r > 0; r--) {
      Role.Builder role = Role.builder().id(RoleId.parse("role-" + r)).name(text.get()).family(text.get());
      if (random.nextBoolean()) {
        role.description(text.get()).type(text.get());
      }
      for (int l = random.nextInt(4); l > 0; l--) {
        RoleLevel.Builder level = RoleLevel.builder().id(RoleLevelId.parse("level-" + r + "-" + l)).name(text.get());
        if (random.nextBoolean()) {
          level.rank(random.nextInt(-3, 10)).description(text.get());
        }
        for (int q = random.nextInt(4); q > 0; q--) {
          SkillId skill = skills.isEmpty() || random.nextInt(6) == 0 ? SkillId.parse("elsewhere-" + q)
              : skills.get(random.nextInt(skills.size()));
          level.addRequirements(random.nextInt(4) == 0 ? SkillRequirement.unrated(skill)
              : SkillRequirement.of(skill, scale.levels().get(random.nextInt(scale.levels().size()))));
        }
        if (random.nextInt(3) == 0) {
          level.addPayBands(PayBand.of(text.get(), random.nextInt(100_000), random.nextInt(200_000), random
              .nextBoolean(), text.get()));
        }
        role.addLevels(level.build());
      }
      framework.addRoles(role.build());
    }
    return framework.build();
  }

  @Test
  void generatedStandards_readBackEqual_andAreValidCase() {
    qt().withExamples(300).forAll(longs().all(), lists().of(texts()).ofSizeBetween(0, 6)).checkAssert(
        (seed, texts) -> {
          Standard standard = standard(seed, texts);
          try {
            assertThat(readBack(standard)).isEqualTo(standard);
          } catch (LoadException e) {
            throw new AssertionError(e.issues().toString(), e);
          }
          assertThat(CaseSchema.errors(CaseJson.toJson(standard))).isEmpty();
        });
  }

  @Test
  void generatedFrameworks_readBackEqual_andAreValidCase() {
    qt().withExamples(300).forAll(longs().all(), lists().of(texts()).ofSizeBetween(0, 6)).checkAssert(
        (seed, texts) -> {
          Framework framework = framework(seed, texts);
          try {
            assertThat(readBack(framework)).isEqualTo(framework);
          } catch (LoadException e) {
            throw new AssertionError(e.issues().toString(), e);
          }
          assertThat(CaseSchema.errors(CaseJson.toJson(framework))).isEmpty();
        });
  }

  @Test
  void everyStandardOfTheNationalCatalogue_readsBackEqual_andIsValidCase() throws IOException {
    List<Standard> standards;
    try (InputStream in = CaseJsonRoundTripTest.class.getResourceAsStream(CATALOGUE);
        RecordReader<Standard> reader = StandardsJson.reader().open(in, "catalogue.json.gz")) {
      standards = reader.rows().flatMap(r -> r.valueIfAccepted().stream()).collect(Collectors.toList());
    }
    assertThat(standards).hasSize(2_166);
    List<String> differ = new ArrayList<>();
    List<String> invalid = new ArrayList<>();
    for (Standard standard : standards) {
      String json = CaseJson.toJson(standard);
      if (!readBack(json).equals(standard)) {
        differ.add(standard.key());
      }
      if (!CaseSchema.errors(json).isEmpty()) {
        invalid.add(standard.key());
      }
    }
    assertThat(differ).isEmpty();
    assertThat(invalid).isEmpty();
  }

  @Test
  void theDdatFramework_readsBackEqual_andIsValidCase() throws IOException {
    Path dir = TestData.path("/ddat-capability-framework");
    Framework ddat = DdatCsv.readFramework(dir.resolve("role-content.csv"), dir.resolve(
        "skill-description-content.csv")).value();
    String json = CaseJson.toJson(ddat);

    assertThat(readBack(ddat)).isEqualTo(ddat);
    assertThat(CaseSchema.errors(json)).isEmpty();
    assertThat(ddat.skills()).isNotEmpty();
    assertThat(ddat.roles()).isNotEmpty();
  }

}
