package io.github.apprenticeships4j.core.standard;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Fixed, valid values to start tests from. Each test varies a fixture with {@code withX(...)} on the immutable copy;
 * the builders are strict, so a fixture is never rebuilt attribute by attribute.
 */
public final class StandardFixtures {
  public static final StandardReference ST1398 = StandardReference.parse("ST1398");
  public static final StandardVersion V1_0 = StandardVersion.of(1, 0);
  public static final StandardVersion V1_1 = StandardVersion.of(1, 1);
  public static final StandardVersion V2_0 = StandardVersion.of(2, 0);

  public static final StandardOption DATA = StandardOption.of("opt-data", "Data engineering");
  public static final StandardOption VISION = StandardOption.of("opt-vision", "Computer vision");

  public static final Ksb K1 = Ksb.of(KsbType.KNOWLEDGE, "k1-id", 1, "Machine learning methods and their uses");
  public static final Ksb K2 = Ksb.of(KsbType.KNOWLEDGE, "k2-id", 2, "Data structures and algorithms");
  public static final Ksb K3 = Ksb.of(KsbType.KNOWLEDGE, "k3-id", 3, "Data pipelines and warehouses");
  public static final Ksb S1 = Ksb.of(KsbType.SKILL, "s1-id", 1, "Train and evaluate a model");
  public static final Ksb S2 = Ksb.of(KsbType.SKILL, "s2-id", 2, "Label images for training");
  public static final Ksb S3 = Ksb.of(KsbType.SKILL, "s3-id", 3, "Build a data pipeline");
  public static final Ksb B1 = Ksb.of(KsbType.BEHAVIOUR, "b1-id", 1, "Acts ethically");
  public static final Ksb B2 = Ksb.of(KsbType.BEHAVIOUR, "b2-id", 2, "Keeps up to date with research");

  /** Core; maps to KSBs in an order other than code order, on purpose. */
  public static final Duty CORE_BUILD = Duty.builder().id("d1").text("Build and deploy models").isCore(true)
      .addKsbIds("b1-id", "s1-id", "k2-id").build();
  /** Core; shares S1 with {@link #CORE_BUILD}. */
  public static final Duty CORE_EVALUATE = Duty.builder().id("d2").text("Evaluate models").isCore(true)
      .addKsbIds("s1-id", "k1-id").build();
  public static final Duty DATA_DUTY = Duty.builder().id("d3").text("Engineer data").isCore(false)
      .addKsbIds("s3-id", "k3-id").addOptionId(DATA.id()).build();
  public static final Duty VISION_DUTY = Duty.builder().id("d4").text("Work with images").isCore(false)
      .addKsbIds("s2-id", "b2-id").addOptionId(VISION.id()).build();

  /** ST1398 Machine learning engineer 1.0, approved for delivery, valid in every respect the validator checks. */
  public static final Standard ML_ENGINEER = Standard.builder()
      .reference(ST1398)
      .larsCode(LarsCode.of(795))
      .version(V1_0)
      .versionNumber("1.0")
      .title("Machine learning engineer")
      .level(6)
      .route("Digital")
      .status(StandardStatus.APPROVED_FOR_DELIVERY)
      .typicalDurationMonths(24)
      .maxFunding(new BigDecimal("22000"))
      .earliestStartDate(LocalDate.of(2024, 12, 18))
      .latestStartDate(LocalDate.of(2026, 12, 10))
      .addOptions(DATA, VISION)
      .addDuties(CORE_BUILD, CORE_EVALUATE, DATA_DUTY, VISION_DUTY)
      .addKsbs(K1, K2, K3, S1, S2, S3, B1, B2)
      .addKeywords("artificial intelligence", "AI")
      .addTypicalJobTitles("ML engineer", "AI engineer")
      .minimumOffTheJobHours(418)
      .endPointAssessmentMonths(4)
      .build();

  /** ST0118 Data analyst 1.0, level 4, another standard for catalogue tests. */
  public static final Standard DATA_ANALYST = Standard.builder()
      .reference(StandardReference.parse("ST0118"))
      .larsCode(LarsCode.of(80))
      .version(V1_0)
      .versionNumber("1.0")
      .title("Data analyst")
      .level(4)
      .route("Digital")
      .status(StandardStatus.RETIRED)
      .typicalDurationMonths(24)
      .maxFunding(new BigDecimal("15000"))
      .earliestStartDate(LocalDate.of(2016, 3, 23))
      .latestStartDate(LocalDate.of(2021, 5, 31))
      .addKsbs(Ksb.of(KsbType.KNOWLEDGE, "da-k1", 1, "Statistics"))
      .addKeywords("statistics")
      .addTypicalJobTitles("Data analyst", "Insight analyst")
      .build();

  /** ST0095 Bricklayer 1.0, level 2, a standard of another route. */
  public static final Standard BRICKLAYER = Standard.builder()
      .reference(StandardReference.parse("ST0095"))
      .larsCode(LarsCode.of(136))
      .version(V1_0)
      .versionNumber("1.0")
      .title("Bricklayer")
      .level(2)
      .route("Construction and the built environment")
      .status(StandardStatus.APPROVED_FOR_DELIVERY)
      .typicalDurationMonths(24)
      .maxFunding(new BigDecimal("16000"))
      .earliestStartDate(LocalDate.of(2017, 5, 1))
      .build();

  private StandardFixtures() {}
}
