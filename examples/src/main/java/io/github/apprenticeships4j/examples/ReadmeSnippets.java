package io.github.apprenticeships4j.examples;

import io.github.apprenticeships4j.formats.json.CrosswalkJson;
import io.github.apprenticeships4j.formats.json.ProgressJson;
import io.github.apprenticeships4j.core.crosswalk.CrosswalkProfile;
import io.github.apprenticeships4j.core.crosswalk.Crosswalk;
import io.github.apprenticeships4j.core.funding.Apprentice;
import io.github.apprenticeships4j.formats.casejson.CaseJson;
import io.github.apprenticeships4j.core.funding.Apprenticeship;
import io.github.apprenticeships4j.core.funding.Employer;
import io.github.apprenticeships4j.core.funding.EmployerChange;
import io.github.apprenticeships4j.core.funding.PriceChange;
import io.github.apprenticeships4j.core.funding.Progress;
import io.github.apprenticeships4j.core.funding.FundingBreakdown;
import io.github.apprenticeships4j.core.funding.FundingCalculator;
import io.github.apprenticeships4j.core.funding.FundingRules;
import io.github.apprenticeships4j.core.funding.PaymentKind;
import io.github.apprenticeships4j.core.funding.Progress;
import io.github.apprenticeships4j.core.funding.LevyAccount;
import io.github.apprenticeships4j.core.funding.LevyForecast;
import io.github.apprenticeships4j.core.funding.LevyLedger;
import io.github.apprenticeships4j.core.funding.StandardFunding;
import io.github.apprenticeships4j.core.progress.GatewayRequirement;
import io.github.apprenticeships4j.core.progress.KsbEvidence;
import io.github.apprenticeships4j.core.progress.OffTheJobKind;
import io.github.apprenticeships4j.core.progress.OffTheJobSession;
import io.github.apprenticeships4j.core.progress.ProgressCheck;
import io.github.apprenticeships4j.core.progress.ProgressRecord;
import io.github.apprenticeships4j.core.progress.ProgressReport;
import io.github.apprenticeships4j.core.provider.AchievementBand;
import io.github.apprenticeships4j.core.provider.AchievementRate;
import io.github.apprenticeships4j.core.provider.AgeBand;
import io.github.apprenticeships4j.core.provider.ComparedProvider;
import io.github.apprenticeships4j.core.provider.LevelGroup;
import io.github.apprenticeships4j.core.provider.Provider;
import io.github.apprenticeships4j.core.provider.ProviderComparison;
import io.github.apprenticeships4j.core.provider.ProviderSort;
import io.github.apprenticeships4j.core.provider.ProviderType;
import io.github.apprenticeships4j.core.career.CareerNode;
import io.github.apprenticeships4j.core.career.CareerPath;
import io.github.apprenticeships4j.core.career.CareerPaths;
import io.github.apprenticeships4j.core.career.Framework;
import io.github.apprenticeships4j.core.career.PathCost;
import io.github.apprenticeships4j.core.career.ProgressionEdge;
import io.github.apprenticeships4j.core.career.ProgressionGraph;
import io.github.apprenticeships4j.core.career.RoleId;
import io.github.apprenticeships4j.core.career.RoleLevelId;
import io.github.apprenticeships4j.core.career.RoleOverlap;
import io.github.apprenticeships4j.core.career.SkillGap;
import io.github.apprenticeships4j.core.career.SkillId;
import io.github.apprenticeships4j.core.career.SkillProfile;
import io.github.apprenticeships4j.core.feed.FeedContext;
import io.github.apprenticeships4j.core.feed.KnownStandards;
import io.github.apprenticeships4j.core.standard.Duty;
import io.github.apprenticeships4j.core.standard.Ksb;
import io.github.apprenticeships4j.core.standard.Standard;
import io.github.apprenticeships4j.core.standard.StandardCatalogue;
import io.github.apprenticeships4j.core.standard.StandardDiff;
import io.github.apprenticeships4j.core.standard.StandardFilters;
import io.github.apprenticeships4j.core.standard.StandardReference;
import io.github.apprenticeships4j.core.standard.StandardValidator;
import io.github.apprenticeships4j.core.standard.StandardVersion;
import io.github.apprenticeships4j.core.validation.ValidationReport;
import io.github.apprenticeships4j.formats.Loaded;
import io.github.apprenticeships4j.formats.RecordReader;
import io.github.apprenticeships4j.formats.Row;
import io.github.apprenticeships4j.formats.csv.ProviderFeedCsv;
import io.github.apprenticeships4j.formats.csv.DdatCsv;
import io.github.apprenticeships4j.formats.csv.LevyLedgerCsv;
import io.github.apprenticeships4j.formats.diagram.DiagramFormat;
import io.github.apprenticeships4j.formats.diagram.Diagrams;
import io.github.apprenticeships4j.formats.json.CanonicalStandardsJson;
import io.github.apprenticeships4j.formats.json.CareerJson;
import io.github.apprenticeships4j.formats.json.StandardsJson;
import io.github.apprenticeships4j.formats.report.FeedOutcome;
import io.github.apprenticeships4j.formats.report.FeedReports;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The code shown in README.md, compiled and run by the build ({@code ReadmeSnippetsTest} checks that every Java
 * block of the README appears here, line for line).
 */
@SuppressWarnings("JavaTimeDefaultTimeZone") // as in the README: the feed is checked on the date where it runs
public final class ReadmeSnippets {
  private ReadmeSnippets() {}

  /** The README's quick start: load a catalogue, fund ST1398 for a 25-year-old, check a bulk-upload feed. */
  public static void quickStart(Path catalogueFile, Path feedFile, PrintWriter out) throws IOException {
    // tag::quick-start[]
    StandardCatalogue catalogue = StandardsJson.readCatalogue(catalogueFile).value();   // every accepted record
    LocalDate start = LocalDate.of(2025, 9, 1);
    Standard ml = catalogue.versionForStartOn(StandardReference.parse("ST1398"), start).orElseThrow();

    FundingBreakdown funding = FundingCalculator.withDefaultRules().calculate(Apprenticeship.builder()
        .standard(StandardFunding.of(ml)).startDate(start).plannedDurationMonths(24)
        .trainingPrice(new BigDecimal("19000")).assessmentPrice(new BigDecimal("3000"))
        .employer(Employer.nonLevy()).apprentice(Apprentice.bornOn(LocalDate.of(2000, 3, 15)))
        .build()).orElseThrow();
    out.println(ml.title() + " " + ml.version() + ": government " + funding.governmentCoInvestment().value()
        + ", employer " + funding.employerCoInvestment().value());    // ... 1.0: government 20900.00, employer 1100.00

    FeedContext context = FeedContext.builder().validationDate(LocalDate.now())
        .standards(KnownStandards.of(catalogue)).build();
    try (ProviderFeedCsv.Reader feed = ProviderFeedCsv.reader(context).open(feedFile)) {
      feed.rows().filter(row -> !row.isAccepted()).forEach(row -> row.issues().forEach(out::println));
      out.println(feed.summary());                                   // feed.csv: 9 read, 2 accepted, 7 rejected
    }
    // end::quick-start[]
  }

  /** Loads a catalogue file, prints what was rejected, and prints ST1398's duties with their KSB codes. */
  public static void lookUp(Path file, PrintWriter out) throws IOException {
    // tag::look-up[]
    Loaded<StandardCatalogue> national = StandardsJson.readCatalogue(file);    // e.g. the national catalogue
    national.rejected().forEach(row -> row.issues().forEach(out::println));
    // ERROR standard.version.format version: version must be 'major.minor', e.g. 1.0 [1] (...:1:43301689 (record 1385, field version))
    StandardCatalogue catalogue = national.value();       // the 2,166 records accepted; 4 rejected, as printed
    Standard ml = catalogue.get(StandardReference.parse("ST1398"), StandardVersion.of(1, 0));
    out.println(ml.title() + ", LARS code " + ml.larsCode().orElseThrow()
        + ", " + ml.apprenticeshipLevel().orElseThrow().describe()
        + ", " + ml.typicalDurationMonths() + " months, cap £" + ml.maxFunding());
    for (Duty duty : ml.duties()) {
      List<String> codes = ml.ksbsOf(duty).stream().map(Ksb::code).collect(Collectors.toList());
      out.println(duty.text() + " " + codes);   // ... [K1, K2, K3, K4, K11, K18, K31, S1, S2, ...]
    }
    List<Standard> level6Digital = catalogue.select(StandardFilters.level(6)
        .and(StandardFilters.route("Digital"))
        .and(StandardFilters.keyword("machine learning")));
    // end::look-up[]
    out.println(level6Digital.size() + " level 6 Digital standards mention machine learning");
  }

  /** Streams a file, printing every rejected record's findings and the summary. */
  public static void stream(Path file, PrintWriter out) throws IOException {
    // tag::stream[]
    try (RecordReader<Standard> reader = StandardsJson.reader().open(file)) {
      reader.rows().forEach(row -> {
        if (row instanceof Row.Rejected<Standard> rejected) {
          rejected.issues().forEach(out::println);   // ERROR standard.version.format version: ... (file.json:12:3 (record 7, field version))
        }
      });
      out.println(reader.summary());                 // file.json: 2170 read, 2166 accepted, 4 rejected
    }
    // end::stream[]
  }

  /** Validates a catalogue and compares two versions of a standard. */
  public static void validateAndCompare(StandardCatalogue catalogue, PrintWriter out) {
    // tag::validate[]
    ValidationReport report = StandardValidator.validate(catalogue);
    report.byCode().forEach((code, issues) -> out.println(code + ": " + issues.size()));

    StandardReference dataTechnician = StandardReference.parse("ST0795");
    StandardDiff diff = StandardDiff.between(
        catalogue.get(dataTechnician, StandardVersion.of(1, 0)),
        catalogue.get(dataTechnician, StandardVersion.of(1, 1)));
    out.println(diff.fieldChanges());              // [maxFunding: 12000.00 -> 13000.00, status: Retired -> ...]
    out.println(diff.ksbsAdded().size() + " KSBs added, " + diff.ksbsReworded().size() + " reworded");
    // end::validate[]
  }

  /**
   * The seed case of the funding calculator: ST1398 at a non-levy employer, aged 25, then 19, then a levy payer, then
   * with a price change and a change of employer.
   */
  public static void fundingSeedCase(PrintWriter out) {
    // tag::funding[]
    FundingCalculator calculator = FundingCalculator.withDefaultRules();
    Apprenticeship ml = Apprenticeship.builder()
        .startDate(LocalDate.of(2025, 9, 1)).plannedDurationMonths(24)
        .standard(StandardFunding.builder().reference(StandardReference.parse("ST1398"))
            .level(6).typicalDurationMonths(24).build())       // its £22,000 cap comes from the rule catalogue
        .trainingPrice(new BigDecimal("19000")).assessmentPrice(new BigDecimal("3000"))
        .employer(Employer.nonLevy())
        .apprentice(Apprentice.bornOn(LocalDate.of(2000, 3, 15)))   // 25 on the start date
        .build();
    FundingBreakdown f = calculator.calculate(ml).orElseThrow();
    out.println(f.governmentCoInvestment().value() + " + " + f.employerCoInvestment().value());  // 20900.00 + 1100.00
    out.println(f.instalments().size() + " x " + f.instalments().get(0).amount()
        + " + completion " + f.completionAmount().value());        // 24 x 733.33 + completion 4400.00
    out.println(f.fundingCap().sources());                         // [IfATE ST1398 v1.0 Machine learning engineer, ...]

    FundingBreakdown young = calculator.calculate(ml.withApprentice(Apprentice.bornOn(LocalDate.of(2006, 3, 15))))
        .orElseThrow();
    out.println(young.fullFunding().value());                     // NON_LEVY_YOUNG_APPRENTICE: no co-investment
    FundingBreakdown levy = calculator.calculate(ml.withEmployer(Employer.levyPayer(new BigDecimal("10000"))))
        .orElseThrow();
    out.println(levy.split());  // FundingSplit[levy=10000.00, government=11400.00, employer=600.00]
    // end::funding[]

    // tag::changes[]
    Progress changes = Progress.builder()
        .addPriceChange(new PriceChange(LocalDate.of(2026, 3, 1), new BigDecimal("15000"), new BigDecimal("3000")))
        .addEmployerChange(new EmployerChange(LocalDate.of(2026, 9, 1), Employer.levyPayer(new BigDecimal("5000"))))
        .build();
    FundingBreakdown changed = calculator.calculate(ml, changes).orElseThrow();
    out.println(changed.fundedPrice().value());             // 18000.00, the new price
    out.println(changed.employerPeriods().get(1).split());  // FundingSplit[levy=5000.00, government=5003.38, employer=263.34]
    // end::changes[]
  }

  /** A foundation apprenticeship whose apprentice progresses: the foundation employer incentive's three instalments. */
  public static void foundationIncentive(PrintWriter out) {
    // tag::foundation[]
    FundingCalculator calculator = FundingCalculator.withDefaultRules();
    Apprenticeship foundation = Apprenticeship.builder()
        .startDate(LocalDate.of(2025, 9, 1)).plannedEndDate(LocalDate.of(2026, 5, 31))
        .standard(StandardFunding.of(StandardReference.parse("FA0001"), 2, 8, new BigDecimal("4000"),
            LocalDate.of(2025, 8, 1), "Skills England FA0001 v1.0"))   // FA: a foundation apprenticeship
        .trainingPrice(new BigDecimal("3500")).assessmentPrice(new BigDecimal("500"))
        .employer(Employer.nonLevy())
        .apprentice(Apprentice.bornOn(LocalDate.of(2008, 6, 1)))       // 17 on the start date
        .build();
    Progress progressed = Progress.builder().progressionDate(LocalDate.of(2026, 6, 15)).build();
    calculator.calculate(foundation, progressed).orElseThrow().payments()
        .ofKind(PaymentKind.FOUNDATION_EMPLOYER_INCENTIVE)
        .forEach(p -> out.println(p.dueDate() + " " + p.amount()));  // 2025-11-29 666.66 (day 90),
    // 2026-04-30 666.66 (day 242), 2026-06-15 666.68 (progression)
    // end::foundation[]
  }

  /** Reads a levy account's statement, its expiry and transfer allowance, and forecasts a transfer it funds. */
  public static void levyStatement(Path statement, FundingBreakdown receiver, PrintWriter out) throws IOException {
    // tag::levy[]
    LevyLedger ledger = LevyLedgerCsv.reader().open(statement).load().value().stream()
        .reduce(LevyLedger.empty(), LevyLedger::plus);          // Month,FundsIn,FundsOut,TransfersOut
    LevyAccount account = LevyAccount.withDefaultRules();
    out.println(account.expiry(ledger));                        // {2026-05=10650.00}
    out.println(account.transferAllowance(2025, ledger).remaining());   // 5000.00: half of 12,000, less 1,000 sent
    LevyForecast forecast = account.forecast(YearMonth.of(2025, 9), YearMonth.of(2026, 8), ledger, List.of(),
        List.of(receiver));                                     // a receiving employer's apprenticeship
    out.println(forecast.totalTransfersOut() + " sent, " + forecast.totalTransfersUnfunded() + " unfunded");
    // end::levy[]
  }

  /** Lays a user's catalogue over the defaults. */
  public static FundingCalculator customRules(java.io.Reader myCatalogue) throws IOException {
    // tag::rules[]
    FundingRules.Parsed mine = FundingRules.parse(myCatalogue, "my-rules.txt");
    mine.report().issues().forEach(System.err::println);          // bad lines, with their line numbers
    FundingCalculator calculator = FundingCalculator.of(FundingRules.defaults().plus(mine.rules()));
    // end::rules[]
    return calculator;
  }

  /** Compares providers on their sector's rates, main providers in the top two bands, by employer rating. */
  public static void compareProviders(List<Provider> providers, AchievementRate national, PrintWriter out) {
    // tag::providers[]
    List<ComparedProvider> compared = ProviderComparison
        .of(ProviderComparison.rateForSector("ICT for practitioners", LevelGroup.LEVEL_4_PLUS, AgeBand.ALL_AGES))
        .types(EnumSet.of(ProviderType.MAIN))
        .bands(EnumSet.of(AchievementBand.EXCELLENT, AchievementBand.GOOD))
        .sortBy(ProviderSort.EMPLOYER_RATING)
        .nationalRate(national)
        .compare(providers);
    for (ComparedProvider c : compared) {
      out.println(c + "; " + c.assessment().level());   // 99990001 Example Data Academy Ltd: 78.3% (Excellent), ...
    }
    out.println(AchievementBand.official("100.0"));     // VERY_POOR: the official service compares rates as text
    // end::providers[]
  }

  /** Reads the official DDaT CSVs, prints the Senior -> Lead ML engineer gap and ML engineer's shared-skills table. */
  public static void careerGap(Path roleContent, Path skillDescriptions, PrintWriter out) throws IOException {
    // tag::career-gap[]
    Loaded<Framework> ddat = DdatCsv.readFramework(roleContent, skillDescriptions);   // the two official CSV downloads
    Framework framework = ddat.value();             // 52 roles, 188 skills; ddat.issues() reports every oddity
    SkillGap gap = framework.gap(RoleLevelId.parse("senior-machine-learning-engineer"),
        RoleLevelId.parse("lead-machine-learning-engineer"));
    out.println(gap);   // Senior machine learning engineer -> Lead machine learning engineer: 4 raised, 2 unchanged
    //   raised by 1: Data science innovation (Practitioner -> Expert) ...
    for (RoleOverlap overlap : framework.sharedSkillTable(RoleId.parse("machine-learning-engineer"))) {
      out.println(overlap);   // Data scientist (4): Applied maths, statistics and scientific practices, ...
    }
    // end::career-gap[]
  }

  /** Reads a career ladder and prints the paths from ST1398 to head of AI with the skills to learn on each step. */
  public static void careerPaths(Path ladder, PrintWriter out) throws IOException {
    // tag::career-paths[]
    ProgressionGraph graph = CareerJson.readGraph(ladder).value();
    CareerNode st1398 = CareerNode.parse("ST1398");
    CareerNode headOfAi = CareerNode.parse("head-of-ai");
    for (CareerPath path : graph.paths(st1398, headOfAi, 5)) {       // at most 5 steps, fewest first
      out.println(path + ": " + path.skillGap() + " skill levels to learn");
      for (ProgressionEdge step : path.edges()) {
        graph.delta(step).ifPresent(delta -> delta.changes().stream()
            .filter(change -> change.steps() > 0)                    // added or raised
            .forEach(change -> out.println("  " + graph.label(step.to()) + ": " + change)));
      }
    }
    CareerPath easiest = graph.shortestPath(st1398, headOfAi, PathCost.SKILL_GAP).orElseThrow();
    // end::career-paths[]
    out.println("least to learn: " + easiest + " (" + easiest.skillGap() + ")");
  }

  /**
   * Reads a crosswalk, derives the skill profile of its standard over the DDaT framework, and prints it with its gap
   * to Senior machine learning engineer.
   */
  public static void crosswalk(Path file, StandardCatalogue catalogue, Framework ddat, PrintWriter out)
      throws IOException {
    // tag::crosswalk[]
    Crosswalk crosswalk = CrosswalkJson.read(file).value();
    Standard st1398 = catalogue.get(crosswalk.standard(), crosswalk.standardVersion().orElseThrow());
    CrosswalkProfile profile = crosswalk.profile(st1398, ddat);   // profile.findings(): none on the bundled data
    out.println(profile);               // ST1398 Machine learning engineer: 6 skills
    //   Applied maths, statistics and scientific practices at Working (counted: ...
    out.println(profile.gap(ddat, RoleLevelId.parse("senior-machine-learning-engineer")));   // 4 raised, 2 unchanged
    // end::crosswalk[]
    profile.findings().issues().forEach(out::println);
  }

  /** Reads a cohort's progress JSON and prints, per apprentice, whether they are ready and the hours still needed. */
  public static void progressJson(Path file, StandardCatalogue catalogue, PrintWriter out) throws IOException {
    // tag::progress-json[]
    Loaded<List<ProgressRecord>> cohort = ProgressJson.read(file);     // one row per apprentice
    for (ProgressRecord record : cohort.value()) {
      Standard standard = catalogue.get(record.standardReference(), record.standardVersion());
      ProgressReport report = ProgressCheck.check(record, standard, LocalDate.of(2027, 6, 1));
      out.println(record.apprenticeId() + " " + report.isReadyForGateway() + " "
          + report.offTheJobHours().stillNeeded());                    // A001 true 0, A002 false 148, ...
    }
    cohort.rejected().forEach(row -> row.issues().forEach(out::println));   // none in the bundled cohort
    // end::progress-json[]
  }

  /** Prints the paths from ST1398 to head of AI as a Mermaid diagram and a person's skill gap as a DOT diagram. */
  public static void careerDiagrams(Path ladder, PrintWriter out) throws IOException {
    // tag::career-diagrams[]
    ProgressionGraph graph = CareerJson.readGraph(ladder).value();
    CareerPaths found = graph.paths(CareerNode.parse("ST1398"), CareerNode.parse("head-of-ai"), 4);
    out.print(Diagrams.paths(graph, found, DiagramFormat.MERMAID));        // flowchart LR ...
    SkillProfile alex = SkillProfile.of("Alex")
        .with(SkillId.parse("systems-integration"), graph.framework().scale().get("Working"));
    SkillGap gap = graph.framework().gap(alex, RoleLevelId.parse("machine-learning-engineer"));
    out.print(Diagrams.skillGap(gap, DiagramFormat.DOT));                  // digraph career { ...
    // end::career-diagrams[]
  }

  /** Checks a bulk-upload feed against a catalogue, printing the findings of rejected rows and of the file. */
  public static void feed(Path file, StandardCatalogue catalogue, PrintWriter out) throws IOException {
    // tag::feed[]
    FeedContext context = FeedContext.builder()
        .validationDate(LocalDate.now())                       // sets the latest start date allowed
        .standards(KnownStandards.of(catalogue))               // StdCode, course dates, level 7 and foundation ages
        .build();                                              // agreement ids, declared standards, limits: optional
    try (ProviderFeedCsv.Reader reader = ProviderFeedCsv.reader(context).open(file)) {
      reader.rows().filter(row -> !row.isAccepted()).forEach(row -> row.issues().forEach(out::println));
      // ERROR ULN.CHECK_DIGIT Uln: The <b>unique learner number</b> of 1272117936 isn't valid (feed.csv:3:9 (record 2, field ULN))
      reader.fileIssues().forEach(out::println);               // FILE.TOO_MANY_ROWS, feed-csv.naive-split, ...
      out.println(reader.summary());                           // feed.csv: 9 read, 2 accepted, 7 rejected
    }
    // end::feed[]
  }

  /** Writes the JSON report of a feed check to {@code out} and returns the outcome. */
  public static FeedOutcome feedReport(Path file, FeedContext context, PrintWriter out) throws IOException {
    // tag::feed-report[]
    try (ProviderFeedCsv.Reader reader = ProviderFeedCsv.reader(context).open(file)) {
      FeedOutcome outcome = FeedReports.write(reader, FeedReports.json(out));   // or text(out), csv(out): any Writer
      // {"format":"apprenticeships4j-feed-report/1", "rows":[{"line":2,"row":1,"valid":true,"errors":[],...}, ...
      return outcome;                                                          // VALID, INVALID or UNREADABLE
    }
    // end::feed-report[]
  }

  /** Writes a catalogue in the canonical JSON format, reads it back and prints whether it is the same. */
  public static void canonicalJson(StandardCatalogue catalogue, Path target, PrintWriter out) throws IOException {
    // tag::canonical-json[]
    try (OutputStream file = Files.newOutputStream(target)) {
      CanonicalStandardsJson.write(catalogue, file);             // a list of standards; write(standard, ...) one
    }
    Loaded<StandardCatalogue> back = CanonicalStandardsJson.readCatalogue(target);   // rows, findings: as any reader
    out.println(back.value().standards().equals(catalogue.standards()));           // true: every field kept
    Standard ml = back.value().get(StandardReference.parse("ST1398"), StandardVersion.of(1, 0));
    out.print(CanonicalStandardsJson.toJson(ml));      // {"format" : "apprenticeships4j-standard/1", "reference" : ...
    // end::canonical-json[]
  }

  /**
   * Writes {@code standard} and {@code framework} as CASE 1.1 packages to {@code file} in turn and reads each back;
   * whether both read back equal.
   */
  public static boolean casePackages(Standard standard, Framework framework, Path file) throws IOException {
    // tag::case[]
    Files.writeString(file, CaseJson.toJson(standard));             // or CaseJson.write(standard, out)
    Standard back = CaseJson.readStandard(file).value();             // equals standard
    Files.writeString(file, CaseJson.toJson(framework));
    Framework read = CaseJson.readFramework(file).value();           // equals framework
    // end::case[]
    return back.equals(standard) && read.equals(framework);
  }

  /** Checks the progress of an ST1398 apprentice on 1 September 2026 and prints hours, dates and blockers. */
  public static void progress(StandardCatalogue catalogue, PrintWriter out) {
    Standard st1398 = catalogue.get(StandardReference.parse("ST1398"), StandardVersion.of(1, 0));
    // tag::progress[]
    ProgressRecord record = ProgressRecord.builder().apprenticeId("A-001")
        .standardReference(StandardReference.parse("ST1398")).standardVersion(StandardVersion.of(1, 0))
        .startDate(LocalDate.of(2025, 9, 1)).plannedEndDate(LocalDate.of(2027, 8, 31))
        .weeklyHours(new BigDecimal("37.5")).ageAtStart(24)
        .addOffTheJobSession(OffTheJobSession.of(LocalDate.of(2026, 6, 30), new BigDecimal("210"),
            OffTheJobKind.ACTUAL))
        .addEvidence(KsbEvidence.builder().ksbCode("K1").description("Project report").date(LocalDate.of(2026, 3, 2))
            .confirmedBy("Workplace mentor").build())
        .addGatewayRequirement(GatewayRequirement.of("portfolio", false)).gatewayDate(LocalDate.of(2027, 9, 1))
        .build();
    ProgressReport report = ProgressCheck.check(record, st1398, LocalDate.of(2026, 9, 1));
    out.println(report.offTheJobHours().stillNeeded());   // 208 of the 418 hours ST1398 1.0 publishes
    out.println(report.latestAssessmentDate());           // Optional[2027-12-31]: 4 months from the gateway
    out.println(report.coverage().overall());             // 1/70 (1%): only K1 has evidence
    out.println(report.isReadyForGateway());              // false
    report.blockers().forEach(out::println);   // ERROR progress.ksb.no-evidence A-001 evidence: no evidence of K2 ...
    // end::progress[]
  }
}
