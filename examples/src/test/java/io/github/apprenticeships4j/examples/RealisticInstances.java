package io.github.apprenticeships4j.examples;

import io.github.apprenticeships4j.core.career.CareerNode;
import io.github.apprenticeships4j.core.career.CareerValidator;
import io.github.apprenticeships4j.core.career.Framework;
import io.github.apprenticeships4j.core.career.ProgressionGraph;
import io.github.apprenticeships4j.core.career.RoleId;
import io.github.apprenticeships4j.core.career.RoleLevel;
import io.github.apprenticeships4j.core.career.RoleLevelId;
import io.github.apprenticeships4j.core.career.SkillProfile;
import io.github.apprenticeships4j.core.career.SkillRequirement;
import io.github.apprenticeships4j.core.constraints.ValidLarsCode;
import io.github.apprenticeships4j.core.constraints.ValidStandardReference;
import io.github.apprenticeships4j.core.constraints.ValidUkprn;
import io.github.apprenticeships4j.core.constraints.ValidUln;
import io.github.apprenticeships4j.core.feed.FeedColumn;
import io.github.apprenticeships4j.core.feed.FeedContext;
import io.github.apprenticeships4j.core.feed.FeedRecord;
import io.github.apprenticeships4j.core.feed.FeedValidator;
import io.github.apprenticeships4j.core.feed.KnownStandards;
import io.github.apprenticeships4j.core.funding.Apprenticeship;
import io.github.apprenticeships4j.core.funding.BreakInLearning;
import io.github.apprenticeships4j.core.funding.Employer;
import io.github.apprenticeships4j.core.funding.Apprentice;
import io.github.apprenticeships4j.core.funding.ApprenticeshipUnit;
import io.github.apprenticeships4j.core.funding.EnglishAndMathsAim;
import io.github.apprenticeships4j.core.funding.EnglishAndMathsQualification;
import io.github.apprenticeships4j.core.funding.CapHistory;
import io.github.apprenticeships4j.core.funding.FundingBand;
import io.github.apprenticeships4j.core.funding.FundingBandTable;
import io.github.apprenticeships4j.core.funding.FundingBreakdown;
import io.github.apprenticeships4j.core.funding.FundingCalculator;
import io.github.apprenticeships4j.core.funding.FundingRules;
import io.github.apprenticeships4j.core.funding.LevyAccount;
import io.github.apprenticeships4j.core.funding.LevyLedger;
import io.github.apprenticeships4j.core.funding.Progress;
import io.github.apprenticeships4j.core.funding.PriceChange;
import io.github.apprenticeships4j.core.funding.EmployerChange;
import io.github.apprenticeships4j.core.learner.Uln;
import io.github.apprenticeships4j.core.provider.AgeBand;
import io.github.apprenticeships4j.core.provider.LevelGroup;
import io.github.apprenticeships4j.core.provider.ProviderComparison;
import io.github.apprenticeships4j.core.provider.ProviderSort;
import io.github.apprenticeships4j.core.provider.QualityThresholds;
import io.github.apprenticeships4j.core.provider.Ukprn;
import io.github.apprenticeships4j.core.standard.LarsCode;
import io.github.apprenticeships4j.core.standard.StandardCatalogue;
import io.github.apprenticeships4j.core.standard.StandardDiff;
import io.github.apprenticeships4j.core.progress.EnglishAndMathsStatus;
import io.github.apprenticeships4j.core.progress.GatewayRequirement;
import io.github.apprenticeships4j.core.progress.KsbEvidence;
import io.github.apprenticeships4j.core.progress.LearningBreak;
import io.github.apprenticeships4j.core.progress.OffTheJobKind;
import io.github.apprenticeships4j.core.progress.OffTheJobSession;
import io.github.apprenticeships4j.core.progress.ProgressCheck;
import io.github.apprenticeships4j.core.progress.ProgressRecord;
import io.github.apprenticeships4j.core.standard.Standard;
import io.github.apprenticeships4j.core.standard.StandardReference;
import io.github.apprenticeships4j.core.standard.StandardValidator;
import io.github.apprenticeships4j.core.standard.StandardVersion;
import io.github.apprenticeships4j.core.validation.InvalidValueException;
import io.github.apprenticeships4j.formats.LoadException;
import io.github.apprenticeships4j.formats.Loaded;
import io.github.apprenticeships4j.formats.RecordReader;
import io.github.apprenticeships4j.formats.Row;
import io.github.apprenticeships4j.formats.csv.DdatCsv;
import io.github.apprenticeships4j.formats.csv.FundingBandsCsv;
import io.github.apprenticeships4j.formats.csv.EpaoRegisterCsv;
import io.github.apprenticeships4j.formats.csv.ProviderFeedCsv;
import io.github.apprenticeships4j.formats.json.ApprenticeshipsJson;
import io.github.apprenticeships4j.formats.json.FeedContextJson;
import io.github.apprenticeships4j.formats.report.FeedReports;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Values of the public types made from the real data bundled with the examples (the Digital-route standards, the
 * DDaT framework and the ML engineer ladder, the funding seed case, the provider samples and the sample feed), and
 * what the library answers about them. The immutability test walks every accessor from these.
 */
final class RealisticInstances {
  /** Two rows of the 2018 register of end-point assessment organisations (formats' test data), as published. */
  private static final String EPAO_ROWS = String.join("\n",
      "EPA_organisation_identifier,EPA_organisation,Organisation_type,Website_link,Contact_address1,"
          + "Contact_address2,Contact_address3,Contact_address4,Contact_postcode,UKPRN",
      "EPA0001,\"BCS, The Chartered Institute for IT\",Professional body,http://www.bcs.org/,"
          + "\"BCS, The Chartered Institute for IT\",\"Block D, North Star House\",North Star Avenue,Swindon,"
          + "SN2 1FA,90000312",
      "EPA0002,British Institute of Facilities Management,Professional body,"
          + "http://www.bifm.org.uk/bifm/Qualifications/apprenticeships,Number One Building,The Causeway,"
          + "Bishop's Stortford,Herts,CM23 2ER,90000316");

  /** The funding seed case as ApprenticeshipsJson reads it, with a break in learning. */
  private static final String SEED_JSON = "{\"id\": \"seed-25\", \"startDate\": \"2025-09-01\", "
      + "\"plannedDurationMonths\": 24, \"standard\": {\"reference\": \"ST1398\", \"level\": 6, "
      + "\"typicalDurationMonths\": 24, \"caps\": [{\"amount\": \"22000\", \"from\": \"2024-12-18\", "
      + "\"source\": \"IfATE ST1398 v1.0\"}]}, \"trainingPrice\": \"19000\", \"assessmentPrice\": \"3000\", "
      + "\"employer\": {\"levyPayer\": false, \"headcount\": 40}, \"apprentice\": {\"dateOfBirth\": \"2000-03-15\"}, "
      + "\"progress\": {\"breaks\": [{\"lastDayInLearning\": \"2026-01-31\", \"returnDate\": \"2026-04-01\"}]}}";

  /** A user's class that carries the library's constraints, once and repeated. */
  @SuppressWarnings("unused")
  private static final class Constrained {
    @ValidUln
    @ValidUln(message = "ULN of the second apprentice")
    String uln;
    @ValidUkprn
    @ValidUkprn(message = "UKPRN of the second provider")
    String ukprn;
    @ValidStandardReference
    @ValidStandardReference(message = "the other standard")
    String standard;
    @ValidLarsCode
    @ValidLarsCode(message = "the other course")
    String larsCode;
  }

  private RealisticInstances() {}

  /** The values to start from. */
  static List<Object> roots() throws Exception {
    List<Object> roots = new ArrayList<>();
    StandardCatalogue catalogue = standards(roots);
    career(roots);
    funding(roots);
    caps(roots, catalogue);
    providers(roots);
    feed(roots, catalogue);
    progress(roots, catalogue);
    for (java.lang.reflect.Field field : Constrained.class.getDeclaredFields()) {
      Collections.addAll(roots, (Object[]) field.getDeclaredAnnotations());
    }
    return roots;
  }

  private static void progress(List<Object> roots, StandardCatalogue catalogue) {
    Standard st1398 = catalogue.get(StandardReference.parse("ST1398"), StandardVersion.of(1, 0));
    LocalDate start = LocalDate.of(2025, 9, 1);
    ProgressRecord record = ProgressRecord.builder().apprenticeId("A-001").standardReference(st1398.reference())
        .standardVersion(st1398.version()).startDate(start).plannedEndDate(LocalDate.of(2027, 8, 31))
        .weeklyHours(new BigDecimal("30")).ageAtStart(17)
        .addLearningBreak(LearningBreak.of(LocalDate.of(2026, 1, 5),
            LocalDate.of(2026, 2, 1)))
        .addOffTheJobSession(OffTheJobSession.builder()
            .date(LocalDate.of(2025, 9, 12)).hours(new BigDecimal("6.5"))
            .kind(OffTheJobKind.ACTUAL).activity("Workshop").build())
        .addOffTheJobSession(OffTheJobSession.of(LocalDate.of(2026, 9, 4),
            new BigDecimal("6"), OffTheJobKind.PLANNED))
        .addEvidence(KsbEvidence.builder().ksbCode("K1")
            .description("Project report").date(LocalDate.of(2026, 3, 2)).confirmedBy("Workplace mentor").build())
        .englishAndMaths(EnglishAndMathsStatus.builder().englishLevel(2)
            .mathsLevel(1).build())
        .addGatewayRequirement(GatewayRequirement.of("portfolio", false))
        .gatewayDate(LocalDate.of(2027, 9, 1)).build();
    roots.add(record);
    roots.add(ProgressCheck.check(record, st1398,
        LocalDate.of(2026, 9, 1)));
    roots.add(ProgressCheck.check(record.withStartDate(LocalDate.of(2023,
        9, 1)), st1398, LocalDate.of(2026, 9, 1)).offTheJobHours());
  }

  private static StandardCatalogue standards(List<Object> roots) {
    Loaded<StandardCatalogue> loaded = BundledData.digitalStandards();
    StandardCatalogue catalogue = loaded.value();
    roots.add(loaded);
    roots.add(StandardValidator.validate(catalogue));
    // the Digital route has no regulated standard: ST0108 1.1's (General Dental Council) approval of its EPAO
    roots.add(io.github.apprenticeships4j.core.standard.RegulatorApproval.builder().party("EPAO").required(true)
        .build());
    StandardReference dataTechnician = StandardReference.parse("ST0795");
    roots.add(StandardDiff.between(catalogue.get(dataTechnician, StandardVersion.of(1, 0)),
        catalogue.get(dataTechnician, StandardVersion.of(1, 1))));
    roots.add(catalogue.related(catalogue.get(StandardReference.parse("ST1398"), StandardVersion.of(1, 0))).get(0));
    return catalogue;
  }

  private static void career(List<Object> roots) throws IOException {
    Loaded<Framework> ddat = CareerData.ddat();
    Framework framework = ddat.value();
    roots.add(ddat);
    roots.add(CareerValidator.validate(framework));
    RoleLevelId senior = RoleLevelId.ofName("Senior machine learning engineer");
    RoleLevelId lead = RoleLevelId.ofName("Lead machine learning engineer");
    roots.add(framework.sharedSkillTable(RoleId.ofName("Machine learning engineer")));
    roots.add(framework.gap(senior, lead));
    SkillProfile person = SkillProfile.of("An engineer at senior level");
    RoleLevel seniorLevel = framework.getRoleLevel(senior);
    for (SkillRequirement requirement : seniorLevel.requirements()) {
      if (requirement.level().isPresent()) {
        person = person.with(requirement.skill(), requirement.level().get());
      }
    }
    roots.add(person);
    roots.add(framework.gap(person, lead));

    ProgressionGraph ladder = CareerData.ladder();
    CareerNode st1398 = CareerNode.parse("ST1398");
    roots.add(ladder);
    roots.add(CareerValidator.validate(ladder));
    roots.add(ladder.paths(st1398, CareerNode.parse("head-of-ai"), 6));
    roots.add(ladder.reachableWithin(st1398, 2));
    ladder.edges().forEach(edge -> ladder.delta(edge).ifPresent(roots::add));
    roots.add(CareerData.crosswalk());
    roots.add(CareerData.st1398Profile());

    roots.add(firstRows(DdatCsv.skillsReader().open(resourceReader(CareerData.DDAT_DIR + CareerData.SKILL_DESCRIPTIONS),
        CareerData.SKILL_DESCRIPTIONS)));
    roots.add(firstRows(DdatCsv.rolesReader().open(resourceReader(CareerData.DDAT_DIR + CareerData.ROLE_CONTENT),
        CareerData.ROLE_CONTENT)));
  }

  private static void funding(List<Object> roots) throws LoadException {
    FundingCalculator calculator = FundingCalculator.withDefaultRules();
    Apprenticeship seed = FundingSeedCase.mlEngineer(LocalDate.of(2000, 3, 15));
    roots.add(calculator);
    roots.add(calculator.calculate(seed));
    roots.add(calculator.calculate(FundingSeedCase.mlEngineer(LocalDate.of(2006, 3, 15))));
    roots.add(calculator.calculate(seed, Progress.builder()
        .addBreaks(BreakInLearning.of(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 4, 1))).build()));
    roots.add(calculator.calculate(seed, Progress.withdrawnAfter(LocalDate.of(2026, 2, 28))));
    roots.add(calculator.calculate(seed, Progress.builder()
        .addPriceChange(new PriceChange(LocalDate.of(2026, 3, 1), new BigDecimal("15000"), new BigDecimal("3000")))
        .addEmployerChange(new EmployerChange(LocalDate.of(2026, 9, 1), Employer.levyPayer(new BigDecimal("5000"))))
        .build()));
    roots.add(calculator.calculate(FundingSeedCase.mlEngineer(LocalDate.of(2000, 3, 15))
        .withStartDate(LocalDate.of(2025, 9, 1)).withAssessmentPrice(new BigDecimal("-3000"))));

    FundingBreakdown levyPayer = calculator.calculate(FundingSeedCase.mlEngineer(LocalDate.of(2000, 3, 15))
        .withEmployer(Employer.levyPayer(BigDecimal.ZERO))).orElseThrow();
    LevyAccount account = LevyAccount.withDefaultRules();
    roots.add(account);
    roots.add(account.forecast(YearMonth.of(2025, 9), YearMonth.of(2027, 8),
        Map.of(YearMonth.of(2025, 9), new BigDecimal("5000")), List.of(levyPayer)));
    roots.add(account.monthlyLevy(2025, Collections.nCopies(12, new BigDecimal("300000.00"))));
    roots.add(account.fundsIn(YearMonth.of(2025, 9), new BigDecimal("1500.00"), new BigDecimal("0.95")));
    roots.add(account.transferAllowance(2025, new BigDecimal("18000.00")));
    LevyLedger ledger = LevyLedger.builder().putFundsIn(YearMonth.of(2024, 5), new BigDecimal("12000.00"))
        .putFundsOut(YearMonth.of(2024, 6), new BigDecimal("400.00"))
        .putTransfersOut(YearMonth.of(2025, 5), new BigDecimal("1000.00")).build();
    roots.add(ledger);
    roots.add(account.transferAllowance(2025, ledger));
    roots.add(account.expiry(ledger));
    roots.add(account.forecast(YearMonth.of(2025, 9), YearMonth.of(2026, 8), ledger, List.of(levyPayer),
        List.of(calculator.calculate(seed).orElseThrow())));
    roots.add(FundingRules.parse("levy.rate | * | 2017-04-06 | | 0.005 | official | ALM09200\n"
        + "levy.rate | * | 6 April 2017 | | 0.005 | official | x", "my-rules.txt"));
    roots.add(ApprenticeshipsJson.reader().maxStringLength(10_000));
    roots.add(ApprenticeshipsJson.reader()
        .open(new ByteArrayInputStream(SEED_JSON.getBytes(StandardCharsets.UTF_8)), "seed.json").load());

    roots.add(calculator.calculate(seed.withEnglishAndMathsAims(EnglishAndMathsAim.builder()
        .qualification(EnglishAndMathsQualification.MATHS).startDate(LocalDate.of(2025, 9, 1))
        .plannedDurationMonths(12).build())));
    ApprenticeshipUnit unit = ApprenticeshipUnit.builder().reference("ZSC00123").startDate(LocalDate.of(2026, 5, 4))
        .plannedEndDate(LocalDate.of(2026, 7, 26)).plannedHours(60).price(new BigDecimal("1500"))
        .employer(Employer.nonLevy()).apprentice(Apprentice.bornOn(LocalDate.of(1990, 1, 1))).build();
    roots.add(calculator.calculate(unit));
    roots.add(calculator.calculate(unit.withPlannedHours(10)));
    roots.add(ApprenticeshipsJson.reader().open(new ByteArrayInputStream(UNIT_JSON.getBytes(StandardCharsets.UTF_8)),
        "unit.json").load());
  }

  /** A unit record of the funding JSON. */
  static final String UNIT_JSON = "{\"unit\": {\"startDate\": \"2026-05-04\", \"plannedEndDate\": \"2026-07-26\","
      + " \"plannedHours\": 60, \"price\": \"1500\"}, \"employer\": {\"levyPayer\": false},"
      + " \"apprentice\": {\"dateOfBirth\": \"1990-01-01\"}}";
  /** The caps of the bundled Digital route's ML engineer, the bundled band history and their cross-checks. */
  private static void caps(List<Object> roots, StandardCatalogue catalogue) throws LoadException {
    CapHistory history = CapHistory.of(catalogue, StandardReference.parse("ST1398"));
    roots.add(history);
    Loaded<List<FundingBand>> bands = FundingBandsCsv.reader()
        .open(resource("/funding-bands/apprenticeship-funding-bands.csv"), "bands.csv").load();
    roots.add(bands);
    FundingBandTable table = FundingBandTable.of(bands.value());
    roots.add(table);
    roots.add(table.bandOf(history.versions().get(0)));
    roots.add(table.check(catalogue));
    roots.add(table.check(FundingRules.defaults()));
    roots.add(FundingCalculator.withDefaultRules().withStandards(catalogue)
        .calculate(FundingSeedCase.mlEngineer(LocalDate.of(2000, 3, 15))));
  }

  private static void providers(List<Object> roots) throws IOException {
    ProviderSamples.Loaded samples = ProviderSamples.bundled();
    roots.add(samples.providers());
    roots.add(samples.nationalRates());
    roots.add(samples.findings());
    roots.add(samples.summaries());
    ProviderComparison comparison = ProviderComparison.of(ProviderComparison.rateForSector(
        ProviderComparisonExample.SECTOR, LevelGroup.ofLevel(6), AgeBand.ALL_AGES))
        .sortBy(ProviderSort.ACHIEVEMENT_RATE).thresholds(QualityThresholds.defaults())
        .nationalRate(ProviderComparisonExample.nationalRate(samples.nationalRates(),
            ProviderComparisonExample.SECTOR, LevelGroup.ofLevel(6), AgeBand.ALL_AGES).orElseThrow());
    roots.add(comparison);
    roots.add(comparison.compare(samples.providers()));
    roots.add(firstRows(EpaoRegisterCsv.reader().open(new StringReader(EPAO_ROWS), "organisation.csv")));
  }

  private static void feed(List<Object> roots, StandardCatalogue catalogue) throws IOException, LoadException {
    FeedContext context = FeedContext.builder().validationDate(FeedCheck.CHECKED_ON)
        .standards(KnownStandards.of(catalogue))
        .agreementIds(Set.of("XEGE5X", "V7YK9P"))
        .addUnsignedAgreementIds("V7YK9P")
        .declaredStandards(Set.of(LarsCode.of(2), LarsCode.of(80), LarsCode.of(795)))
        .ukprn(Ukprn.of(10_000_055L))
        .courseManagementLink("https://example.org/courses")
        .putOffTheJobHoursByCourse(LarsCode.of(795), 278)
        .build();
    FeedValidator validator = FeedValidator.of(context);
    roots.add(validator);
    roots.add(ProviderFeedCsv.reader(context));
    // the bundled sample context: cohorts and existing apprenticeships as the service would hold them
    FeedContext sampleContext = FeedContextJson.read(FeedContextJson.reader().open(resource(
        "/provider-feed/sample-context.json"), "sample-context.json")).value();
    roots.add(sampleContext);
    roots.add(FeedValidator.of(sampleContext.withStandards(KnownStandards.of(catalogue))));
    roots.add(KnownStandards.of(catalogue).find(LarsCode.of(795)).orElseThrow());
    try (ProviderFeedCsv.Reader reader = ProviderFeedCsv.reader(validator).open(resource(FeedCheck.SAMPLE),
        FeedCheck.SAMPLE.substring(1))) {
      List<Row<FeedRecord>> rows = reader.rows().collect(Collectors.toList());
      roots.add(rows);
      roots.add(reader.summary());
      roots.add(reader.fileIssues());
      FeedValidator.Session session = validator.newSession();
      for (Row<FeedRecord> row : rows) {
        row.valueIfAccepted().ifPresent(record -> {
          roots.add(session.validate(record));
          roots.add(Uln.parse(record.get(FeedColumn.ULN)));
        });
      }
      roots.add(session);
    }
    try (ProviderFeedCsv.Reader reader = ProviderFeedCsv.reader(context).open(resource(FeedCheck.SAMPLE),
        FeedCheck.SAMPLE.substring(1))) {
      roots.add(reader.load());
    }
    try {
      Uln.parse("1748529631");   // the check digit is wrong
    } catch (InvalidValueException e) {
      roots.add(e);
    }
    roots.add(FeedReports.text(new StringWriter()));
  }

  private static <T> List<Row<T>> firstRows(RecordReader<T> reader) {
    try (reader) {
      return reader.rows().limit(5).collect(Collectors.toList());
    }
  }

  private static InputStream resource(String name) {
    InputStream in = RealisticInstances.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("missing resource " + name);
    }
    return in;
  }

  private static InputStreamReader resourceReader(String name) {
    return new InputStreamReader(resource(name), StandardCharsets.UTF_8);
  }
}
