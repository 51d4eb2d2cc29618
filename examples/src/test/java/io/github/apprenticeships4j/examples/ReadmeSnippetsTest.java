package io.github.apprenticeships4j.examples;

import io.github.apprenticeships4j.core.standard.Standard;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.apprenticeships4j.core.feed.FeedContext;
import io.github.apprenticeships4j.core.feed.KnownStandards;
import io.github.apprenticeships4j.core.funding.Apprentice;
import io.github.apprenticeships4j.core.funding.Apprenticeship;
import io.github.apprenticeships4j.core.funding.Employer;
import io.github.apprenticeships4j.core.funding.FundingBreakdown;
import io.github.apprenticeships4j.core.funding.FundingCalculator;
import io.github.apprenticeships4j.core.funding.RuleKey;
import io.github.apprenticeships4j.core.funding.StandardFunding;
import io.github.apprenticeships4j.core.progress.ProgressRecord;
import io.github.apprenticeships4j.core.standard.StandardCatalogue;
import io.github.apprenticeships4j.core.standard.StandardReference;
import io.github.apprenticeships4j.formats.Loaded;
import io.github.apprenticeships4j.formats.json.ProgressJson;
import io.github.apprenticeships4j.formats.json.StandardsJson;
import io.github.apprenticeships4j.formats.report.FeedOutcome;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadmeSnippetsTest {
  static final Path README = Path.of("..", "README.md");
  static final Path SNIPPETS = Path.of("src", "main", "java", "io", "github", "apprenticeships4j", "examples",
      "ReadmeSnippets.java");

  @TempDir
  Path dir;

  Path digital() throws IOException {
    Path file = dir.resolve("digital.json");
    try (InputStream in = ReadmeSnippetsTest.class.getResourceAsStream(BundledData.DIGITAL_STANDARDS)) {
      Files.copy(in, file);
    }
    return file;
  }

  static String run(ThrowingConsumer<PrintWriter> snippet) throws IOException {
    StringWriter text = new StringWriter();
    try (PrintWriter out = new PrintWriter(text)) {
      snippet.accept(out);
    }
    return text.toString();
  }

  interface ThrowingConsumer<T> {
    void accept(T value) throws IOException;
  }

  @Test
  void everyJavaBlockOfTheReadme_isCompiledCode() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    String code = normalise(Files.readString(SNIPPETS, StandardCharsets.UTF_8));
    Matcher blocks = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(readme);
    List<String> found = new ArrayList<>();
    while (blocks.find()) {
      found.add(blocks.group(1));
    }
    assertThat(found).as("Java blocks in README.md").isNotEmpty();
    assertThat(found).allSatisfy(block -> assertThat(code).contains(normalise(block)));
  }

  @Test
  void progressJson_ofTheBundledCohort_printsWhoIsReady_andTheHoursStillNeeded() throws Exception {
    Path cohort = Path.of(ReadmeSnippetsTest.class.getResource(ProgressCheckExample.COHORT).toURI());
    String out = run(w -> ReadmeSnippets.progressJson(cohort, BundledData.digitalStandards().value(), w));

    assertThat(out.lines()).containsExactly("A001 true 0", "A002 false 148", "A003 false 0", "A004 false 40",
        "A005 false 214");
  }

  @Test
  void theReadmesProgressDocument_readsWithoutFindings() throws Exception {
    Matcher block = Pattern.compile("```json\\n(\\{\"format\": \"apprenticeships4j-progress/1\".*?)```",
        Pattern.DOTALL).matcher(Files.readString(README, StandardCharsets.UTF_8));
    assertThat(block.find()).as("the README's progress JSON example").isTrue();

    Loaded<List<ProgressRecord>> read = ProgressJson.reader().open(new ByteArrayInputStream(
        block.group(1).getBytes(StandardCharsets.UTF_8)), "README.md").load();
    assertThat(read.issues()).isEmpty();
    assertThat(read.value()).singleElement().satisfies(r -> assertThat(r.apprenticeId()).isEqualTo("A002"));
  }

  @Test
  void casePackages_ofSt1398AndTheDdatFramework_readBackEqual() throws IOException {
    Standard st1398 = io.github.apprenticeships4j.formats.json.StandardsJson.readCatalogue(digital()).value()
        .find(io.github.apprenticeships4j.core.standard.StandardReference.parse("ST1398"),
            io.github.apprenticeships4j.core.standard.StandardVersion.parse("1.0")).orElseThrow();

    assertThat(ReadmeSnippets.casePackages(st1398, CareerData.ddat().value(), dir.resolve("case.json"))).isTrue();
  }

  @Test
  void lookUp_printsTheMachineLearningEngineer() throws IOException {
    Path file = digital();
    String out = run(w -> ReadmeSnippets.lookUp(file, w));

    assertThat(out).contains("Machine learning engineer, LARS code 795, Level 6 (Degree")
        .contains("24 months, cap £22000.00")
        .contains("level 6 Digital standards mention machine learning");
  }

  @Test
  void lookUp_nationalCatalogue_printsTheFourRejectedRecords_andUsesTheAcceptedOnes() throws IOException {
    Path national = Path.of("..", "testdata", "ifate-standards-api", "apprenticeshipstandards-full-2026-08-22.json.gz");
    String out = run(w -> ReadmeSnippets.lookUp(national, w));

    assertThat(out.lines().filter(l -> l.startsWith("ERROR standard.version.format version:"))).hasSize(4)
        .allSatisfy(l -> assertThat(l).contains(national + ":").contains(", field version)"));
    assertThat(out).contains("Machine learning engineer, LARS code 795");
  }

  @Test
  void stream_reportsTheSummary() throws IOException {
    Path file = digital();
    assertThat(run(w -> ReadmeSnippets.stream(file, w))).contains("99 read, 99 accepted, 0 rejected");
  }

  @Test
  void validateAndCompare_printsFindingsAndTheDiff() throws IOException {
    String out = run(w -> ReadmeSnippets.validateAndCompare(BundledData.digitalStandards().value(), w));
    assertThat(out).contains("standard.approved-version.not-unique: 1").contains("maxFunding: 12000.00 -> 13000.00")
        .contains("KSBs added");
  }

  @Test
  void levyStatement_printsItsExpiry_allowance_andTheTransfersOfTheForecast() throws IOException {
    Path statement = Files.writeString(dir.resolve("statement.csv"), "Month,FundsIn,FundsOut,TransfersOut\n"
        + "2024-05,12000.00,,\n2024-06,,400.00,\n2024-07,,-50,\n2025-05,,,1000.00\n");
    FundingBreakdown receiver = FundingCalculator.withDefaultRules().calculate(Apprenticeship.builder()
        .startDate(LocalDate.of(2025, 9, 1)).plannedDurationMonths(24)
        .standard(StandardFunding.builder().reference(StandardReference.parse("ST1398")).level(6)
            .typicalDurationMonths(24).build())
        .trainingPrice(new BigDecimal("19000")).assessmentPrice(new BigDecimal("3000"))
        .employer(Employer.nonLevy()).apprentice(Apprentice.bornOn(LocalDate.of(2000, 3, 15))).build())
        .orElseThrow();
    String out = run(w -> ReadmeSnippets.levyStatement(statement, receiver, w));
    assertThat(out.lines()).containsExactly("{2026-05=10650.00}", "5000.00", "5000.00 sent, 3799.96 unfunded");
  }

  @Test
  void fundingSeedCase_printsTheIssuesFigures() throws IOException {
    String out = run(ReadmeSnippets::fundingSeedCase);
    assertThat(out.lines()).containsExactly(
        "20900.00 + 1100.00",
        "24 x 733.33 + completion 4400.00",
        out.lines().toList().get(2),
        "NON_LEVY_YOUNG_APPRENTICE",
        "FundingSplit[levy=10000.00, government=11400.00, employer=600.00]",
        "18000.00",
        "FundingSplit[levy=5000.00, government=5003.38, employer=263.34]");
    assertThat(out.lines().toList().get(2)).startsWith("[IfATE ST1398 v1.0 Machine learning engineer");
  }

  @Test
  void foundationIncentive_printsItsThreeInstalments_theLastOnProgression() throws IOException {
    assertThat(run(ReadmeSnippets::foundationIncentive).lines()).containsExactly("2025-11-29 666.66",
        "2026-04-30 666.66", "2026-06-15 666.68");
  }

  @Test
  void customRules_layAUsersCatalogueOverTheDefaults() throws IOException {
    FundingCalculator calculator = ReadmeSnippets.customRules(new StringReader(
        "funding-cap | ST1398 | 2027-08-01 | | 23000 | official | a future funding year\n"));
    assertThat(calculator.rules().find(RuleKey.FUNDING_CAP, "ST1398", LocalDate.of(2027, 9, 1)).orElseThrow()
        .value()).isEqualTo("23000");
    assertThat(calculator.rules().find(RuleKey.FUNDING_CAP, "ST1398", LocalDate.of(2026, 9, 1)).orElseThrow()
        .value()).isEqualTo("22000");
  }

  @Test
  void compareProviders_listsTheTopBandsByEmployerRating() throws IOException {
    ProviderSamples.Loaded samples = ProviderSamples.bundled();
    String out = run(w -> ReadmeSnippets.compareProviders(samples.providers(),
        samples.nationalRates().get(0), w));

    assertThat(out.lines().toList()).containsExactly(
        "99990001 Example Data Academy Ltd: 78.3% (Excellent), employers Excellent, apprentices Good; STRONG",
        "99990003 Illustrative Analytics Training Ltd: 70% (Excellent), employers Good, apprentices NotYetReviewed;"
            + " BASELINE",
        "99990002 Sample Machine Learning College: 69.9% (Good), employers Good, apprentices Excellent; BASELINE",
        "VERY_POOR");
  }

  Path copy(String resource) throws IOException {
    Path file = dir.resolve(resource.substring(resource.lastIndexOf('/') + 1));
    try (InputStream in = ReadmeSnippetsTest.class.getResourceAsStream(resource)) {
      Files.copy(in, file);
    }
    return file;
  }

  @Test
  void careerGap_printsFourSkillsRisingFromPractitionerToExpert_andTheSharedSkillsTable() throws IOException {
    Path roles = copy(CareerData.DDAT_DIR + CareerData.ROLE_CONTENT);
    Path skills = copy(CareerData.DDAT_DIR + CareerData.SKILL_DESCRIPTIONS);
    String out = run(w -> ReadmeSnippets.careerGap(roles, skills, w));

    assertThat(out).contains("Senior machine learning engineer -> Lead machine learning engineer: 4 raised, "
        + "2 unchanged")
        .contains("raised by 1: Communicating between the technical and non-technical (Practitioner -> Expert)")
        .contains("Data scientist (4): Applied maths, statistics and scientific practices, ")
        .contains("Software developer (2): Programming and build (software engineering), Systems integration");
  }

  @Test
  void careerPaths_printsThePathsFromSt1398ToHeadOfAi_withTheSkillsToLearn() throws IOException {
    Path ladder = copy(CareerData.LADDER);
    String out = run(w -> ReadmeSnippets.careerPaths(ladder, w));

    assertThat(out.lines().filter(l -> l.startsWith("ST1398 "))).hasSize(10);
    assertThat(out).startsWith("ST1398 -APPRENTICESHIP_TO_ROLE-> machine-learning-engineer -PROMOTION-> "
        + "senior-machine-learning-engineer -MANAGEMENT_TRACK-> ai-engineering-manager -PROMOTION-> head-of-ai:"
        + " 9 skill levels to learn")
        .contains("  Machine learning engineer: raised by 1: Programming and build (software engineering) (Working -> "
            + "Practitioner)")
        .contains("  Head of AI: raised by 1: Data ethics and privacy (Practitioner -> Expert)")
        .contains("least to learn: ST1398 -APPRENTICESHIP_TO_ROLE-> machine-learning-engineer");
  }

  @Test
  void crosswalk_printsTheDerivedProfileOfSt1398_andItsGapToSenior() throws IOException {
    Path crosswalk = copy(CareerData.CROSSWALK);
    String out = run(w -> ReadmeSnippets.crosswalk(crosswalk, BundledData.digitalStandards().value(),
        CareerData.ddat().value(), w));

    assertThat(out).startsWith("ST1398 Machine learning engineer: 6 skills")
        .contains("  Applied maths, statistics and scientific practices at Working (counted: ")
        .contains("ST1398 Machine learning engineer -> Senior machine learning engineer: 4 raised, 2 unchanged")
        .doesNotContain("crosswalk.");
  }

  @Test
  void careerDiagrams_printThePathsAsMermaid_andAPersonsGapAsDot() throws IOException {
    Path ladder = copy(CareerData.LADDER);
    String out = run(w -> ReadmeSnippets.careerDiagrams(ladder, w));

    assertThat(out).startsWith("flowchart LR\n  std_ST1398([\"ST1398 Machine learning engineer\"])\n")
        .contains("  role_ai_engineering_manager -->|\"promotion, 2 levels to learn\"| role_head_of_ai\n")
        .contains("digraph career {\n  rankdir=LR;\n  node [shape=box];\n  gap_from [label=\"Alex\"];\n")
        .contains("  gap_from -> skill_systems_integration [label=\"Working\"];\n");
  }

  @Test
  void quickStart_fundsTheApprovedVersionOfSt1398_andChecksTheFeed() throws IOException {
    Path feed = dir.resolve("feed.csv");
    try (InputStream in = ReadmeSnippetsTest.class.getResourceAsStream("/provider-feed/sample-feed-with-errors.csv")) {
      Files.copy(in, feed);
    }
    Path catalogue = digital();
    String out = run(w -> ReadmeSnippets.quickStart(catalogue, feed, w));

    assertThat(out).startsWith("Machine learning engineer 1.0: government 20900.00, employer 1100.00\n")
        .contains("ERROR ULN.CHECK_DIGIT").contains("feed.csv: 9 read");
  }

  @Test
  void feed_printsTheRejectedRowsAndTheSummary() throws IOException {
    Path file = dir.resolve("feed.csv");
    try (InputStream in = ReadmeSnippetsTest.class.getResourceAsStream("/provider-feed/sample-feed-with-errors.csv")) {
      Files.copy(in, file);
    }
    String out = run(w -> ReadmeSnippets.feed(file, BundledData.digitalStandards().value(), w));
    assertThat(out).contains("ERROR ULN.CHECK_DIGIT Uln: The <b>unique learner number</b> of 1272117936 isn't valid")
        .contains("(record 2, field ULN)").contains("9 read");
  }

  @Test
  void feedReport_writesTheJsonReport_andReturnsTheOutcome() throws IOException {
    Path file = dir.resolve("feed.csv");
    try (InputStream in = ReadmeSnippetsTest.class.getResourceAsStream("/provider-feed/sample-feed-with-errors.csv")) {
      Files.copy(in, file);
    }
    FeedContext context = FeedContext.builder().validationDate(LocalDate.of(2026, 9, 15))
        .standards(KnownStandards.of(BundledData.digitalStandards().value())).build();
    FeedOutcome[] outcome = new FeedOutcome[1];
    String out = run(w -> outcome[0] = ReadmeSnippets.feedReport(file, context, w));
    assertThat(outcome[0]).isEqualTo(FeedOutcome.INVALID);
    assertThat(out).startsWith("{\n\"format\":\"apprenticeships4j-feed-report/1\"")
        .contains("{\"line\":2,\"row\":1,\"valid\":true,\"errors\":[],\"warnings\":[]}")
        .contains("\"summary\":{\"read\":9,\"accepted\":2,\"rejected\":7,");
  }

  @Test
  void progress_ofTheReadmesSt1398Apprentice_needs208Hours_andIsBlocked() throws IOException {
    String out = run(w -> ReadmeSnippets.progress(BundledData.digitalStandards().value(), w));

    assertThat(out.lines().limit(4)).containsExactly("208", "Optional[2027-12-31]", "1/70 (1%)", "false");
    assertThat(out).contains("ERROR progress.ksb.no-evidence A-001 evidence: no evidence of K2")
        .contains("ERROR progress.off-the-job.short A-001 offTheJobSessions: 208 off-the-job hours short")
        .contains("ERROR progress.gateway.requirement-not-met A-001 gatewayRequirements[0]:")
        .doesNotContain("progress.english").doesNotContain("progress.maths");
  }

  private static String normalise(String text) {
    return text.lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.joining("\n"));
  }

  @Test
  void canonicalJson_writesTheCatalogue_andReadsItBackEqual() throws IOException {
    StandardCatalogue catalogue = StandardsJson.readCatalogue(digital()).value();
    String out = run(w -> ReadmeSnippets.canonicalJson(catalogue, dir.resolve("canonical.json"), w));

    assertThat(out).startsWith("true\n{\n  \"format\" : \"apprenticeships4j-standard/1\",\n  \"reference\" : "
        + "\"ST1398\",").contains("\"maxFunding\" : \"22000.00\"");
  }
}
