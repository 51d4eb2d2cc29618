package io.github.apprenticeships4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.apprenticeships4j.core.career.CareerCodes;
import io.github.apprenticeships4j.core.career.CareerNode;
import io.github.apprenticeships4j.core.career.CareerValidator;
import io.github.apprenticeships4j.core.career.Framework;
import io.github.apprenticeships4j.core.career.ProgressionGraph;
import io.github.apprenticeships4j.core.career.RoleId;
import io.github.apprenticeships4j.core.career.SkillLevelScale;
import io.github.apprenticeships4j.core.crosswalk.Crosswalk;
import io.github.apprenticeships4j.core.crosswalk.CrosswalkCodes;
import io.github.apprenticeships4j.core.crosswalk.CrosswalkValidator;
import io.github.apprenticeships4j.core.constraints.ValidLarsCode;
import io.github.apprenticeships4j.core.constraints.ValidStandardReference;
import io.github.apprenticeships4j.core.constraints.ValidUkprn;
import io.github.apprenticeships4j.core.constraints.ValidUln;
import io.github.apprenticeships4j.core.feed.FeedCodes;
import io.github.apprenticeships4j.core.feed.FeedContext;
import io.github.apprenticeships4j.core.feed.KnownStandards;
import io.github.apprenticeships4j.core.funding.FundingCalculator;
import io.github.apprenticeships4j.core.funding.FundingCodes;
import io.github.apprenticeships4j.core.funding.FundingRules;
import io.github.apprenticeships4j.core.funding.LevyAccount;
import io.github.apprenticeships4j.core.funding.RuleKey;
import io.github.apprenticeships4j.core.learner.LearnerCodes;
import io.github.apprenticeships4j.core.learner.Uln;
import io.github.apprenticeships4j.core.provider.Feedback;
import io.github.apprenticeships4j.core.progress.GatewayRequirement;
import io.github.apprenticeships4j.core.progress.KsbEvidence;
import io.github.apprenticeships4j.core.progress.LearningBreak;
import io.github.apprenticeships4j.core.progress.OffTheJobKind;
import io.github.apprenticeships4j.core.progress.OffTheJobSession;
import io.github.apprenticeships4j.core.progress.ProgressCheck;
import io.github.apprenticeships4j.core.progress.ProgressCodes;
import io.github.apprenticeships4j.core.progress.ProgressRecord;
import io.github.apprenticeships4j.core.provider.ProviderCodes;
import io.github.apprenticeships4j.core.provider.Ukprn;
import io.github.apprenticeships4j.core.standard.LarsCode;
import io.github.apprenticeships4j.core.standard.Standard;
import io.github.apprenticeships4j.core.standard.StandardOption;
import io.github.apprenticeships4j.core.standard.StandardCatalogue;
import io.github.apprenticeships4j.core.standard.StandardCodes;
import io.github.apprenticeships4j.core.standard.StandardReference;
import io.github.apprenticeships4j.core.standard.StandardValidator;
import io.github.apprenticeships4j.core.standard.StandardVersion;
import io.github.apprenticeships4j.core.validation.InvalidValueException;
import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.core.validation.Severity;
import io.github.apprenticeships4j.formats.LoadException;
import io.github.apprenticeships4j.formats.Loaded;
import io.github.apprenticeships4j.formats.ReadCodes;
import io.github.apprenticeships4j.formats.RecordReader;
import io.github.apprenticeships4j.formats.Row;
import io.github.apprenticeships4j.formats.casejson.CaseJson;
import io.github.apprenticeships4j.formats.csv.AchievementRatesCsv;
import io.github.apprenticeships4j.formats.csv.AparCsv;
import io.github.apprenticeships4j.formats.csv.DdatCsv;
import io.github.apprenticeships4j.formats.csv.EpaoRegisterCsv;
import io.github.apprenticeships4j.formats.csv.EvidenceLogCsv;
import io.github.apprenticeships4j.formats.csv.LevyLedgerCsv;
import io.github.apprenticeships4j.formats.csv.FundingBandsCsv;
import io.github.apprenticeships4j.formats.csv.ProviderFeedCsv;
import io.github.apprenticeships4j.formats.csv.StandardsCsv;
import io.github.apprenticeships4j.formats.json.ApprenticeshipsJson;
import io.github.apprenticeships4j.formats.json.CanonicalStandardsJson;
import io.github.apprenticeships4j.formats.json.CareerJson;
import io.github.apprenticeships4j.formats.json.CrosswalkJson;
import io.github.apprenticeships4j.formats.json.ProgressJson;
import io.github.apprenticeships4j.formats.json.FundingInput;
import io.github.apprenticeships4j.formats.json.StandardsJson;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedArrayType;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The finding codes of core and formats, checked together. Statically: every catalogue (a main class named
 * {@code *Codes}) is spelled by the rule and names its constants after its codes; no code is declared twice; no
 * literal of main code that looks like a code escapes the catalogues; every message key of the constraints is a code;
 * every code has its row in the README's tables, and every code the README names exists. Dynamically: the findings of
 * the bundled real data and of hostile inputs, through every reader, validator and calculator, carry only catalogued
 * codes, each with a severity its README row gives.
 */
class FindingCodeCatalogueTest {
  static final Path ROOT = Path.of("..");
  static final List<Path> MAIN_SOURCES = List.of(ROOT.resolve("core/src/main/java"),
      ROOT.resolve("formats/src/main/java"));
  static final List<Path> MAIN_RESOURCES = List.of(ROOT.resolve("core/src/main/resources"),
      ROOT.resolve("formats/src/main/resources"));
  static final Path README = ROOT.resolve("README.md");
  static final String KEY_PREFIX = "io.github.apprenticeships4j.";

  /** The library's spelling: lower case, 2 to 4 dot-separated segments, each in lower kebab case. */
  static final Pattern LIBRARY_CODE = Pattern.compile(
      "[a-z][a-z0-9]*(-[a-z0-9]+)*(\\.[a-z][a-z0-9]*(-[a-z0-9]+)*){1,3}");
  /** The apprenticeship service's own spelling, {@code FIELD.CHECK}, allowed in FeedCodes only. */
  static final Pattern SERVICE_CODE = Pattern.compile("[A-Z][A-Z0-9_]*\\.[A-Z][A-Z0-9_]*");
  /** Anything a code might be, misspelt ones included: 2 to 4 dot-separated words of letters, digits, - and _. */
  static final Pattern CODE_SHAPED = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*(\\.[A-Za-z0-9_-]+){1,3}");

  /** The areas of each catalogue: those its constants leave out of their names, and those they keep. */
  static final Map<String, Areas> AREAS = Map.of(
      "StandardCodes", Areas.own("standard"),
      "LearnerCodes", Areas.own("learner"),
      "ProviderCodes", Areas.own("provider"),
      "FundingCodes", Areas.own("funding", "levy"),
      "CareerCodes", Areas.own("career"),
      "CrosswalkCodes", Areas.own("crosswalk"),
      "ProgressCodes", Areas.own("progress"),
      "FeedCodes", Areas.own("feed"),
      "ReadCodes", new Areas(Set.of("read"), Set.of("csv", "json", "career-json", "case-json", "crosswalk-json",
          "progress-json", "ddat", "feed-csv", "evidence-csv")));

  /**
   * Literals of main code, and names in the README, that look like codes but are something else, with what they are.
   * The funding-rule keys ({@link RuleKey#id()}) are not codes either and are taken from the enum.
   */
  static final Map<String, String> NOT_CODES = Map.ofEntries(
      Map.entry("funding-rules.txt", "the class-path resource of the default funding rules"),
      Map.entry("level-equivalents.txt", "the class-path resource of the apprenticeship level equivalents"),
      Map.entry("standard-rules.txt", "the class-path resource of the standard validator's policy figures"),
      Map.entry("off-the-job.minimum-hours", "a key of the standard validator's policy figures"),
      Map.entry("off-the-job.maximum-weekly-hours", "a key of the standard validator's policy figures"),
      Map.entry("progress-rules.txt", "the class-path resource of the progress check's rules"),
      Map.entry("off-the-job.share-of-hours", "a key of the progress check's rules"),
      Map.entry("off-the-job.full-time-weekly-hours", "a key of the progress check's rules"),
      Map.entry("off-the-job.full-time-week", "a key of the progress check's rules"),
      Map.entry("off-the-job.published-minimum-floor", "a key of the progress check's rules"),
      Map.entry("english-and-maths.required-level", "a key of the progress check's rules"),
      Map.entry("english-and-maths.mandatory-maximum-age", "a key of the progress check's rules"),
      Map.entry("englishAndMaths.englishLevel", "a property path of a progress record"),
      Map.entry("englishAndMaths.mathsLevel", "a property path of a progress record"),
      Map.entry("apprentice.dateOfBirth", "a property path of the funding input"),
      Map.entry("employer.headcount", "a property path of the funding input"),
      Map.entry("employer.levyFundsAvailable", "a property path of the funding input"),
      Map.entry("employer.levyPayer", "a property path of the funding input"),
      Map.entry("progress.completionDate", "a property path of the funding input"),
      Map.entry("progress.progressionDate", "a property path of the funding input"),
      Map.entry("progress.employerChanges", "a property path of the funding input"),
      Map.entry("progress.withdrawalDate", "a property path of the funding input"),
      Map.entry("standard.caps", "a property path of the funding input"),
      Map.entry("standard.level", "a property path of the funding input"),
      Map.entry("standard.reference", "a property path of the funding input"),
      Map.entry("standard.typicalDurationMonths", "a property path of the funding input"),
      Map.entry("unit.startDate", "a property path of the funding input"),
      Map.entry("unit.plannedEndDate", "a property path of the funding input"),
      Map.entry("unit.plannedHours", "a property path of the funding input"),
      Map.entry("unit.price", "a property path of the funding input"),
      Map.entry("unit.completionDate", "a property path of the funding input"),
      Map.entry("unit.withdrawalDate", "a property path of the funding input"),
      Map.entry("COHORT.NO_PERMISSION",
          "a service rule FeedValidator.notChecked() lists; the library never reports it"),
      Map.entry("START_DATE.TRANSFER_BEFORE_MAY_2018",
          "a service rule FeedValidator.notChecked() lists; the library never reports it"));

  /** The day the feeds are checked on, as in {@code FeedCheck}. */
  static final LocalDate CHECKED_ON = LocalDate.of(2026, 11, 25);

  record Areas(Set<String> own, Set<String> kept) {
    static Areas own(String... areas) {
      return new Areas(Set.of(areas), Set.of());
    }

    Set<String> all() {
      return Stream.concat(own.stream(), kept.stream()).collect(Collectors.toSet());
    }
  }

  /** A constant of a catalogue. */
  record Declared(Class<?> catalogue, String constant, String code) {
    @Override
    public String toString() {
      return catalogue.getSimpleName() + "." + constant;
    }
  }

  /** A row of the README's code tables. */
  record ReadmeRow(String catalogue, String code, String severity, String when) {}

  static List<Class<?>> catalogues;
  static List<Declared> declared;
  /** Every catalogued code, with its first declaration. */
  static Map<String, Declared> codes;
  static List<ReadmeRow> readme;
  /** The severities of each code's README row. */
  static Map<String, Set<Severity>> readmeSeverities;
  static StandardCatalogue digital;

  @BeforeAll
  static void readTheCataloguesAndTheReadme() throws IOException, ReflectiveOperationException {
    catalogues = new ArrayList<>();
    for (Path source : mainSources()) {
      if (isCatalogue(source)) {
        catalogues.add(classOf(source));
      }
    }
    declared = new ArrayList<>();
    codes = new TreeMap<>();
    for (Class<?> catalogue : catalogues) {
      for (Field field : catalogue.getDeclaredFields()) {
        if (field.getType() == String.class && Modifier.isStatic(field.getModifiers())) {
          Declared d = new Declared(catalogue, field.getName(), (String) field.get(null));
          declared.add(d);
          codes.putIfAbsent(d.code(), d);
        }
      }
    }
    readme = readmeRows(Files.readAllLines(README, StandardCharsets.UTF_8));
    readmeSeverities = new TreeMap<>();
    for (ReadmeRow row : readme) {
      readmeSeverities.put(row.code(), severities(row.severity()));
    }
    digital = BundledData.digitalStandards().value();
  }

  // --- The catalogues

  @Test
  void eachCatalogue_isAFinalClassOfDocumentedStringConstants_withAPrivateConstructor() throws IOException {
    assertThat(catalogues).extracting(Class::getSimpleName).containsExactlyInAnyOrderElementsOf(AREAS.keySet());
    assertThat(catalogues).contains(StandardCodes.class, LearnerCodes.class, ProviderCodes.class,
        FundingCodes.class, CareerCodes.class, CrosswalkCodes.class, FeedCodes.class, ReadCodes.class,
        ProgressCodes.class);
    Pattern constant = Pattern.compile("^\\s*public static final String (\\w+)");
    for (Class<?> catalogue : catalogues) {
      assertThat(Modifier.isPublic(catalogue.getModifiers()) && Modifier.isFinal(catalogue.getModifiers()))
          .as("%s is public and final", catalogue.getName()).isTrue();
      assertThat(catalogue.getDeclaredConstructors()).as(catalogue.getName())
          .allMatch(c -> Modifier.isPrivate(c.getModifiers()));
      assertThat(catalogue.getDeclaredFields()).as(catalogue.getName()).allMatch(f -> f.getType() == String.class
          && f.getModifiers() == (Modifier.PUBLIC | Modifier.STATIC | Modifier.FINAL));
      List<String> lines = Files.readAllLines(sourceOf(catalogue), StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        Matcher m = constant.matcher(lines.get(i));
        if (m.find()) {
          assertThat(lines.get(i - 1).strip()).as("Javadoc of %s.%s", catalogue.getSimpleName(), m.group(1))
              .endsWith("*/");
        }
      }
    }
  }

  @Test
  void everyCode_isSpelledByTheRule_inAnAreaOfItsCatalogue_andNamesItsConstant() {
    assertThat(declared).hasSizeGreaterThan(200);
    for (Declared d : declared) {
      String code = d.code();
      if (d.catalogue() == FeedCodes.class && SERVICE_CODE.matcher(code).matches()) {
        assertThat(d.constant()).as("constant of the service's code %s", code).isEqualTo(code.replace('.', '_'));
        continue;
      }
      assertThat(code).as("%s", d).matches(LIBRARY_CODE);
      Areas areas = AREAS.get(d.catalogue().getSimpleName());
      String area = code.substring(0, code.indexOf('.'));
      assertThat(areas.all()).as("area of %s (%s)", code, d).contains(area);
      String named = areas.own().contains(area) ? code.substring(area.length() + 1) : code;
      assertThat(d.constant()).as("constant of %s", code)
          .isEqualTo(named.replace('.', '_').replace('-', '_').toUpperCase(Locale.ROOT));
    }
  }

  @Test
  void noCode_isDeclaredTwice_acrossTheCatalogues() {
    Map<String, List<Declared>> byCode = declared.stream()
        .collect(Collectors.groupingBy(Declared::code, TreeMap::new, Collectors.toList()));
    assertThat(byCode.values()).as("codes declared more than once").allSatisfy(d -> assertThat(d).hasSize(1));
  }

  // --- Main code

  @Test
  void noLiteralOfMainCode_thatLooksLikeACode_isOutsideTheCatalogues() throws IOException {
    Set<String> ruleKeys = Arrays.stream(RuleKey.values()).map(RuleKey::id).collect(Collectors.toSet());
    List<String> found = new ArrayList<>();
    Set<String> notCodesSeen = new TreeSet<>();
    int literals = 0;
    for (Path source : mainSources()) {
      if (isCatalogue(source)) {
        continue;
      }
      for (String literal : stringLiterals(Files.readString(source, StandardCharsets.UTF_8))) {
        literals++;
        if (!CODE_SHAPED.matcher(literal).matches() || ruleKeys.contains(literal)) {
          continue;
        }
        if (codes.containsKey(literal)) {
          found.add(source + ": \"" + literal + "\" is a code of " + codes.get(literal) + "; use the constant");
        } else if (NOT_CODES.containsKey(literal)) {
          notCodesSeen.add(literal);
        } else {
          found.add(source + ": \"" + literal + "\" looks like a code but is in no catalogue (if it is not a code, "
              + "add it to NOT_CODES with what it is)");
        }
      }
    }

    assertThat(literals).as("string literals read").isGreaterThan(1000);
    assertThat(found).isEmpty();
    Set<String> readmeOnly = readmeCodeNames().stream().filter(NOT_CODES::containsKey).collect(Collectors.toSet());
    assertThat(NOT_CODES.keySet()).as("NOT_CODES entries seen in neither main code nor the README: remove them")
        .allMatch(name -> notCodesSeen.contains(name) || readmeOnly.contains(name));
  }

  @Test
  void everyConstraintMessageKey_isACataloguedCode_withAMessage() throws IOException {
    Properties messages = new Properties();
    List<Path> bundles = new ArrayList<>();
    for (Path resources : MAIN_RESOURCES) {
      if (Files.isDirectory(resources)) {
        try (Stream<Path> files = Files.walk(resources)) {
          files.filter(f -> f.getFileName().toString().matches(".*ValidationMessages.*\\.properties"))
              .forEach(bundles::add);
        }
      }
    }
    for (Path bundle : bundles) {
      try (InputStream in = Files.newInputStream(bundle)) {
        messages.load(in);
      }
    }
    List<String> templates = new ArrayList<>();
    for (Path source : mainSources()) {
      collectConstraintTemplates(classOf(source), templates);
    }

    assertThat(bundles).as("message bundles").isNotEmpty();
    assertThat(messages.stringPropertyNames()).allSatisfy(key -> assertThat(key).as("message key").startsWith(
        KEY_PREFIX).satisfies(k -> assertThat(codes).as("code of message key %s", k)
            .containsKey(k.substring(KEY_PREFIX.length()))));
    assertThat(templates).as("message templates of the constraints").hasSizeGreaterThan(15)
        .contains(template(StandardCodes.LEVEL_RANGE), template(FundingCodes.PRICE_NEGATIVE),
            template(LearnerCodes.ULN_FORMAT))
        .allSatisfy(t -> assertThat(t).as("template").startsWith("{" + KEY_PREFIX).endsWith("}")
            .satisfies(k -> assertThat(messages).as("message of %s", k)
                .containsKey(k.substring(1, k.length() - 1))));
  }

  // --- The README

  @Test
  void everyCode_hasARowInTheReadmeTableOfItsCatalogue_andEveryRowIsACode() {
    Map<String, List<ReadmeRow>> rowsByCode = readme.stream()
        .collect(Collectors.groupingBy(ReadmeRow::code, TreeMap::new, Collectors.toList()));

    assertThat(rowsByCode.values()).as("README rows given twice").allSatisfy(rows -> assertThat(rows).hasSize(1));
    assertThat(rowsByCode.keySet()).as("the codes of the README's rows, against the catalogues")
        .containsExactlyInAnyOrderElementsOf(codes.keySet());
    for (ReadmeRow row : readme) {
      assertThat(row.catalogue()).as("README table of %s", row.code())
          .isEqualTo(codes.get(row.code()).catalogue().getSimpleName());
      assertThat(row.when()).as("when %s", row.code()).isNotBlank();
      assertThat(severityCell(readmeSeverities.get(row.code()))).as("severity of %s", row.code())
          .isEqualTo(row.severity());
    }
  }

  @Test
  void everyCodeNamedInTheReadme_isCatalogued() throws IOException {
    Set<String> areas = new TreeSet<>();
    AREAS.values().forEach(a -> areas.addAll(a.all()));
    codes.keySet().stream().filter(c -> SERVICE_CODE.matcher(c).matches()).map(c -> c.substring(0, c.indexOf('.')))
        .forEach(areas::add);
    Set<String> ruleKeys = Arrays.stream(RuleKey.values()).map(RuleKey::id).collect(Collectors.toSet());

    List<String> unknown = readmeCodeNames().stream()
        .filter(name -> areas.contains(name.substring(0, name.indexOf('.'))))
        .filter(name -> !codes.containsKey(name) && !NOT_CODES.containsKey(name) && !ruleKeys.contains(name))
        .collect(Collectors.toList());

    assertThat(unknown).as("names in the README shaped like codes of a catalogue's area, but not codes").isEmpty();
  }

  // --- What the library reports on real and hostile inputs

  @Test
  void nationalCatalogue_readAndValidated_reportsOnlyCataloguedCodes() throws IOException {
    Path national = ROOT.resolve("testdata/ifate-standards-api/apprenticeshipstandards-full-2026-08-22.json.gz");
    Loaded<StandardCatalogue> loaded = StandardsJson.readCatalogue(national);
    List<Issue> findings = new ArrayList<>(loaded.issues());
    findings.addAll(StandardValidator.validate(loaded.value()).issues());

    assertThat(cataloguedCodesOf("the national catalogue", findings)).contains(StandardCodes.VERSION_FORMAT,
        StandardCodes.DUTY_KSB_UNRESOLVED, StandardCodes.KSB_DUPLICATE_ID, StandardCodes.STATUS_UNKNOWN,
        ReadCodes.JSON_VERSION_BLANK);
  }

  @Test
  void standardsRecords_theBundledRoute_andThe2018Exports_reportOnlyCataloguedCodes() throws IOException {
    List<Issue> findings = new ArrayList<>(StandardValidator.validate(digital).issues());
    List<Path> records = new ArrayList<>();
    for (String dir : List.of("records", "foundation")) {
      try (Stream<Path> files = Files.list(ROOT.resolve("testdata/ifate-standards-api").resolve(dir))) {
        files.sorted().forEach(records::add);
      }
    }
    records.add(ROOT.resolve("testdata/ifate-standards-api/catalogue-sample-with-rejected.json"));
    for (Path file : records) {
      List<Standard> standards = new ArrayList<>();
      findings.addAll(findingsOf(StandardsJson.reader().open(file), standards::add));
      standards.forEach(s -> findings.addAll(StandardValidator.validate(s).issues()));
    }
    findings.addAll(findingsOf(StandardsCsv.reader().charset(StandardCharsets.UTF_16LE)
        .open(ROOT.resolve("testdata/ifate-standards-csv-2018/ApprenticeshipStandards-2018-05-08.utf16le.csv"))));
    findings.addAll(findingsOf(EpaoRegisterCsv.reader()
        .open(ROOT.resolve("testdata/epao-register-2018/organisation.csv"))));
    findings.addAll(ProviderSamples.bundled().findings());

    assertThat(records).hasSizeGreaterThan(15);
    assertThat(cataloguedCodesOf("the standards records, the Digital route and the 2018 exports", findings))
        .contains(StandardCodes.FUNDING_NEGATIVE, StandardCodes.LEVEL_RANGE, StandardCodes.ROUTE_MISSING,
            ReadCodes.CSV_VALUE_TBC, ReadCodes.CSV_VALUE_PLACEHOLDER);
  }

  @Test
  void sampleFeeds_andABadFeed_reportOnlyCataloguedCodes() throws IOException {
    List<Issue> findings = new ArrayList<>();
    for (String sample : List.of("/provider-feed/sample-feed.csv", "/provider-feed/sample-feed-with-errors.csv")) {
      findings.addAll(feedFindings(resource(sample), sample.substring(1)));
    }
    findings.addAll(feedFindings(new ByteArrayInputStream(BAD_FEED.getBytes(StandardCharsets.UTF_8)), "bad.csv"));

    assertThat(cataloguedCodesOf("the sample feeds and a bad one", findings)).contains(FeedCodes.ULN_CHECK_DIGIT,
        FeedCodes.ULN_DUPLICATE_IN_FILE, FeedCodes.PRICE_ABOVE_CAP, FeedCodes.AGREEMENT_ID_REQUIRED,
        FeedCodes.AGREEMENT_ID_INVALID, FeedCodes.RPL_NOT_BOOLEAN, FeedCodes.TRAINING_TOTAL_HOURS_BELOW_MINIMUM,
        FeedCodes.RPL_DURATION_REDUCTION_IGNORED);
  }

  @Test
  void ddatFramework_theCareerLadder_andBadCareerGraphs_reportOnlyCataloguedCodes() throws IOException {
    Loaded<Framework> ddat = CareerData.ddat();
    List<Issue> findings = new ArrayList<>(ddat.issues());
    findings.addAll(CareerValidator.validate(ddat.value()).issues());
    Loaded<ProgressionGraph> ladder;
    try (InputStream in = resource(CareerData.LADDER)) {
      ladder = CareerJson.readGraph(CareerJson.reader().open(in, "ladder.json"));
    }
    ProgressionGraph graph = ladder.value();
    findings.addAll(ladder.issues());
    findings.addAll(CareerValidator.validate(graph.framework()).issues());
    findings.addAll(CareerValidator.validate(graph).issues());
    CareerNode from = CareerNode.parse("ST1398");
    CareerNode to = CareerNode.parse("head-of-ai");
    findings.addAll(graph.paths(from, to, 1).findings());
    findings.addAll(graph.paths(from, to, ProgressionGraph.DEFAULT_MAX_STEPS, 1).findings());

    findings.addAll(careerFindings(BAD_CAREER_JSON.getBytes(StandardCharsets.UTF_8)));
    findings.addAll(careerFindings(BAD_CAREER_GRAPH.getBytes(StandardCharsets.UTF_8)));

    assertThat(cataloguedCodesOf("the DDaT framework, the ladder and bad career graphs", findings)).contains(
        ReadCodes.DDAT_TEXT_PADDED, ReadCodes.DDAT_ROLE_LEVEL_NOT_IN_USE, CareerCodes.PATHS_STEP_BOUND,
        CareerCodes.PATHS_COUNT_BOUND, ReadCodes.CAREER_JSON_EDGE_KIND_UNKNOWN, CareerCodes.SKILL_DUPLICATE,
        CareerCodes.GRAPH_EDGE_SELF, CareerCodes.GRAPH_PROMOTION_CYCLE);
  }

  @Test
  void progressChecks_ofBadRecordsOnTheBundledSt1398_reportOnlyCataloguedCodes() {
    Standard st1398 = digital.find(StandardReference.parse("ST1398"), StandardVersion.of(1, 0)).orElseThrow();
    LocalDate start = LocalDate.of(2025, 9, 1);
    ProgressRecord bad = ProgressRecord.builder().apprenticeId("A").standardReference(st1398.reference())
        .standardVersion(StandardVersion.of(9, 9)).optionId("no-such-option").startDate(start)
        .plannedEndDate(start.minusDays(1)).weeklyHours(java.math.BigDecimal.ZERO)
        .addLearningBreak(LearningBreak.of(start, start.minusDays(2)))
        .addOffTheJobSession(OffTheJobSession.of(start, new java.math.BigDecimal("-1"), OffTheJobKind.ACTUAL))
        .addEvidence(KsbEvidence.builder().ksbCode("K999").description("d").date(start).confirmedBy("m").build())
        .addGatewayRequirement(GatewayRequirement.of("portfolio", false)).gatewayDate(start).build();
    List<Issue> findings = new ArrayList<>(ProgressCheck.check(bad, st1398, start).findings().issues());
    findings.addAll(ProgressCheck.check(bad.withOptionId(java.util.Optional.empty())
        .withStartDate(LocalDate.of(2016, 1, 1)), st1398.withMinimumOffTheJobHours(java.util.OptionalInt.empty())
            .withEndPointAssessmentMonths(java.util.OptionalInt.empty()), start).findings().issues());
    findings.addAll(ProgressCheck.check(bad.withOptionId(java.util.Optional.empty()), st1398
        .withMinimumOffTheJobHours(java.util.OptionalInt.empty()).withOptions(StandardOption.of("o", "Option")),
        start).findings().issues());

    assertThat(cataloguedCodesOf("progress checks", findings)).containsExactlyInAnyOrder(
        ProgressCodes.STANDARD_MISMATCH, ProgressCodes.OPTION_UNKNOWN, ProgressCodes.OPTION_MISSING,
        ProgressCodes.DATES_ORDER, ProgressCodes.WEEKLY_HOURS_NOT_POSITIVE, ProgressCodes.OFF_THE_JOB_HOURS_NEGATIVE,
        ProgressCodes.OFF_THE_JOB_RULE_MISSING, ProgressCodes.OFF_THE_JOB_MINIMUM_UNPUBLISHED,
        ProgressCodes.OFF_THE_JOB_SHORT, ProgressCodes.KSB_NO_EVIDENCE, ProgressCodes.EVIDENCE_KSB_UNKNOWN,
        ProgressCodes.ENGLISH_MISSING, ProgressCodes.MATHS_MISSING, ProgressCodes.GATEWAY_REQUIREMENT_NOT_MET,
        ProgressCodes.ASSESSMENT_PERIOD_UNPUBLISHED);
  }

  @Test
  void bundledEvidenceLog_andItsBadRows_reportOnlyCataloguedCodes() throws IOException {
    List<Issue> findings = findingsOf(EvidenceLogCsv.reader(CHECKED_ON)
        .open(ROOT.resolve("examples/src/main/resources/progress/st1398-cohort-evidence.csv")));
    findings.addAll(findingsOf(EvidenceLogCsv.reader(LocalDate.of(2026, 9, 1)).open(new StringReader(
        "ApprenticeId,StandardReference,KsbCode,Evidence,Date,ConfirmedBy\n"
            + "A001,ST1398,K1,Report,2026-03-02,\n"
            + "A001,ST1398,K1,Report,2026-03-02,Tutor\n"
            + ",ST1398,K0,Report,2026-09-02,Tutor\n"),
        "evidence.csv")));

    assertThat(findings).hasSize(5);
    assertThat(cataloguedCodesOf("the evidence logs", findings)).containsExactlyInAnyOrder(ReadCodes.CSV_VALUE_BLANK,
        ReadCodes.EVIDENCE_CSV_ROW_DUPLICATE, ReadCodes.EVIDENCE_CSV_VALUE_BLANK,
        ReadCodes.EVIDENCE_CSV_KSB_CODE_FORMAT, ReadCodes.EVIDENCE_CSV_DATE_FUTURE);
  }

  @Test
  void theBundledProgressFiles_andBadOnes_readAndChecked_reportOnlyCataloguedCodes() throws IOException {
    List<Issue> findings = new ArrayList<>();
    for (String file : List.of("/progress/st1398-apprentice.json", "/progress/st1398-cohort.json")) {
      try (InputStream in = resource(file)) {
        findings.addAll(progressFindings(in.readAllBytes()));
      }
    }
    findings.addAll(progressFindings(("{\"apprentices\": [{\"apprenticeId\": \"A\", \"standard\": \"ST1398\","
        + " \"standardVersion\": \"1.0\", \"startDate\": \"2025-02-30\", \"weeklyHours\": -1, \"x\": 1,"
        + " \"evidence\": [{\"ksb\": \"K 1\"}], \"offTheJob\": [{\"kind\": \"done\"}]}]}")
        .getBytes(StandardCharsets.UTF_8)));
    findings.addAll(progressFindings("{\"format\": \"x\"}".getBytes(StandardCharsets.UTF_8)));

    assertThat(cataloguedCodesOf("the bundled progress files and bad ones", findings)).contains(
        ProgressCodes.KSB_NO_EVIDENCE, ProgressCodes.OFF_THE_JOB_SHORT, ProgressCodes.ENGLISH_MISSING,
        ProgressCodes.EVIDENCE_KSB_UNKNOWN, ReadCodes.PROGRESS_JSON_DATE_FORMAT, ReadCodes.PROGRESS_JSON_NUMBER_RANGE,
        ReadCodes.PROGRESS_JSON_KSB_FORMAT, ReadCodes.PROGRESS_JSON_KIND_UNKNOWN, ReadCodes.PROGRESS_JSON_FIELD_UNKNOWN,
        ReadCodes.PROGRESS_JSON_FORMAT_MISSING, ReadCodes.PROGRESS_JSON_FORMAT_UNKNOWN,
        ReadCodes.PROGRESS_JSON_DOCUMENT_SHAPE);
  }

  @Test
  void theBundledCrosswalk_andBadCrosswalks_reportOnlyCataloguedCodes() {
    List<Issue> findings = new ArrayList<>(crosswalkFindings(BAD_CROSSWALK.getBytes(StandardCharsets.UTF_8)));
    findings.addAll(crosswalkFindings(BAD_CROSSWALK_JSON.getBytes(StandardCharsets.UTF_8)));
    findings.addAll(crosswalkFindings(new byte[0]));
    Crosswalk bundled = CareerData.crosswalk();
    findings.addAll(CrosswalkValidator.validate(bundled, CareerData.standardOf(bundled).orElseThrow(),
        CareerData.ddat().value()).issues());

    assertThat(cataloguedCodesOf("the bundled crosswalk and bad ones", findings)).contains(
        CrosswalkCodes.KSB_UNKNOWN, CrosswalkCodes.SKILL_UNKNOWN, CrosswalkCodes.LEVEL_FOREIGN,
        CrosswalkCodes.LEVEL_UNDEFINED, CrosswalkCodes.ALIGNMENT_DUPLICATE, CrosswalkCodes.STANDARD_VERSION_MISMATCH,
        ReadCodes.CROSSWALK_JSON_MATCH_UNKNOWN, ReadCodes.CROSSWALK_JSON_DATE_FORMAT,
        ReadCodes.CROSSWALK_JSON_FIELD_UNKNOWN, ReadCodes.CROSSWALK_JSON_EMPTY);
  }

  @Test
  void fundingSeedCase_andBadFundingInput_reportOnlyCataloguedCodes() throws IOException {
    List<Issue> findings = new ArrayList<>();
    findings.addAll(fundingFindings(Files.readAllBytes(ROOT.resolve("testdata/funding-input/seed-case.json"))));
    findings.addAll(fundingFindings(BAD_FUNDING_INPUT.getBytes(StandardCharsets.UTF_8)));
    LevyAccount levy = LevyAccount.withDefaultRules();
    findings.addAll(levy.checkAllowanceShares(2025, Map.of("a", new BigDecimal("-1"), "b", new BigDecimal("100")))
        .issues());
    findings.add(refusal(() -> levy.monthlyLevy(2025, Collections.nCopies(13, BigDecimal.ONE))));
    findings.add(refusal(() -> levy.fundsIn(YearMonth.of(2025, 9), new BigDecimal("1000"), new BigDecimal("2"))));
    findings.addAll(FundingRules.parse("levy.rate | * | 2017-04-06 | | 0.005\n"
        + "no-such-key | * | 2017-04-06 | | 1 | official | a source\n"
        + "levy.rate | * | 6 April 2017 | | 0.005 | official | a source\n"
        + "levy.rate | * | 2017-04-06 | | 0.005 | guessed | a source\n"
        + "levy.rate | * | 2017-04-06 | 2016-01-01 | 0.005 | official | a source\n"
        + "levy.rate | * | 2017-04-06 | | lots | official | a source\n", "bad-rules.txt").report().issues());

    assertThat(cataloguedCodesOf("the funding input and the levy account", findings)).contains(
        FundingCodes.START_TOO_EARLY, FundingCodes.END_MISSING, FundingCodes.CAP_MISSING,
        FundingCodes.PROGRESS_CONFLICT, FundingCodes.ALLOWANCE_SHARES_TOTAL, FundingCodes.MONTHS_RANGE,
        FundingCodes.RULES_KEY, ReadCodes.JSON_DATE_FORMAT, ReadCodes.JSON_FIELD_DUPLICATE,
        FundingCodes.UNIT_START_TOO_EARLY, FundingCodes.UNIT_HOURS_OUTSIDE, FundingCodes.UNIT_WEEKS_OUTSIDE,
        FundingCodes.UNIT_AGE_OUTSIDE);
  }

  @Test
  void fuzzSeedsOfEveryReader_reportOnlyCataloguedCodes() throws IOException {
    Map<String, Function<byte[], List<Issue>>> readers = new LinkedHashMap<>();
    readers.put("StandardsJsonFuzzTestInputs", bytes -> {
      List<Standard> standards = new ArrayList<>();
      List<Issue> found = findingsOf(StandardsJson.reader().open(new ByteArrayInputStream(bytes), "seed.json"),
          standards::add);
      standards.forEach(s -> found.addAll(StandardValidator.validate(s).issues()));
      return found;
    });
    readers.put("CanonicalStandardsJsonFuzzTestInputs", bytes -> {
      List<Standard> standards = new ArrayList<>();
      List<Issue> found = findingsOf(CanonicalStandardsJson.reader().open(new ByteArrayInputStream(bytes),
          "seed.json"), standards::add);
      standards.forEach(s -> found.addAll(StandardValidator.validate(s).issues()));
      return found;
    });
    readers.put("ApprenticeshipsJsonFuzzTestInputs", FindingCodeCatalogueTest::fundingFindings);
    readers.put("CareerJsonFuzzTestInputs", FindingCodeCatalogueTest::careerFindings);
    readers.put("CrosswalkJsonFuzzTestInputs", FindingCodeCatalogueTest::crosswalkFindings);
    readers.put("ProgressJsonFuzzTestInputs", FindingCodeCatalogueTest::progressFindings);
    readers.put("CaseJsonFuzzTestInputs", bytes -> {
      List<Issue> found = findingsOf(CaseJson.standardReader().open(new ByteArrayInputStream(bytes), "seed.json"));
      found.addAll(findingsOf(CaseJson.frameworkReader().open(new ByteArrayInputStream(bytes), "seed.json")));
      return found;
    });
    readers.put("FeedContextJsonFuzzTestInputs", FindingCodeCatalogueTest::feedContextFindings);
    readers.put("StandardsCsvFuzzTestInputs", bytes -> {
      List<Issue> found = findingsOf(StandardsCsv.reader().open(new ByteArrayInputStream(bytes), "seed.csv"));
      found.addAll(findingsOf(StandardsCsv.reader().charset(StandardCharsets.UTF_16LE)
          .open(new ByteArrayInputStream(bytes), "seed.csv")));
      return found;
    });
    readers.put("EpaoRegisterCsvFuzzTestInputs",
        bytes -> findingsOf(EpaoRegisterCsv.reader().open(new ByteArrayInputStream(bytes), "seed.csv")));
    readers.put("LevyLedgerCsvFuzzTestInputs",
        bytes -> findingsOf(LevyLedgerCsv.reader().open(new ByteArrayInputStream(bytes), "seed.csv")));
    readers.put("FundingBandsCsvFuzzTestInputs",
        bytes -> findingsOf(FundingBandsCsv.reader().open(new ByteArrayInputStream(bytes), "seed.csv")));
    readers.put("AchievementRatesCsvFuzzTestInputs",
        bytes -> findingsOf(AchievementRatesCsv.reader().open(new ByteArrayInputStream(bytes), "seed.csv")));
    readers.put("EvidenceLogCsvFuzzTestInputs", bytes -> findingsOf(EvidenceLogCsv.reader(CHECKED_ON)
        .open(new ByteArrayInputStream(bytes), "seed.csv")));
    readers.put("AparCsvFuzzTestInputs",
        bytes -> findingsOf(AparCsv.reader().open(new ByteArrayInputStream(bytes), "seed.csv")));
    // The tokenizer's seeds are CSV of no particular format: read as a register, whose columns they lack.
    readers.put("CsvTokenizerFuzzTestInputs",
        bytes -> findingsOf(AparCsv.reader().open(new ByteArrayInputStream(bytes), "seed.csv")));
    readers.put("DdatCsvFuzzTestInputs", FindingCodeCatalogueTest::ddatFindings);
    readers.put("ProviderFeedCsvFuzzTestInputs", bytes -> feedFindings(new ByteArrayInputStream(bytes), "seed.csv"));
    List<Issue> findings = new ArrayList<>();
    List<Path> seeds = seeds(ROOT.resolve("formats/src/test/resources"));
    for (Path seed : seeds) {
      String inputs = inputsOf(seed);
      assertThat(readers).as("the reader of the seeds in %s", inputs).containsKey(inputs);
      findings.addAll(readers.get(inputs).apply(Files.readAllBytes(seed)));
    }
    findings.addAll(edgeInputFindings());

    assertThat(seeds).hasSizeGreaterThan(30);
    assertThat(cataloguedCodesOf("the readers' fuzz seeds and edge inputs", findings)).contains(ReadCodes.ENCODING,
        ReadCodes.IO, ReadCodes.CSV_QUOTE_UNCLOSED, ReadCodes.CSV_HEADER_MISSING_COLUMN, ReadCodes.JSON_SYNTAX,
        ReadCodes.JSON_LIMIT, ReadCodes.CAREER_JSON_SYNTAX, ReadCodes.FEED_CSV_FILE_BINARY,
        FeedCodes.FILE_HEADER_INVALID, ReadCodes.CSV_FIELD_TOO_LONG, ReadCodes.JSON_FORMAT_UNKNOWN);
  }

  @Test
  void badValuesGivenToFactoriesAndConstraints_areRefusedOnlyWithCataloguedCodes() throws IOException {
    Map<String, Function<String, List<Issue>>> factories = Map.of(
        "UkprnFuzzTestInputs", text -> Ukprn.check(text).issues(),
        "UlnFuzzTestInputs", text -> Uln.check(text).issues(),
        "CareerNodeFuzzTestInputs", text -> CareerNode.check(text).issues(),
        "StandardVersionFuzzTestInputs", text -> StandardVersion.check(text).issues(),
        "LarsCodeFuzzTestInputs", text -> LarsCode.check(text).issues(),
        "StandardReferenceFuzzTestInputs", text -> StandardReference.check(text).issues(),
        "FundingRulesFuzzTestInputs", text -> FundingRules.parse(text, "seed.txt").report().issues());
    List<Issue> findings = new ArrayList<>();
    List<Path> seeds = seeds(ROOT.resolve("core/src/test/resources"));
    for (Path seed : seeds) {
      String inputs = inputsOf(seed);
      assertThat(factories).as("the factory of the seeds in %s", inputs).containsKey(inputs);
      findings.addAll(factories.get(inputs).apply(new String(Files.readAllBytes(seed), StandardCharsets.UTF_8)));
    }
    for (String text : List.of("", " ", "12", "ST12345", "1.x", "Not An Id", "0")) {
      Stream.of(Ukprn.check(text), Uln.check(text), RoleId.check(text), StandardReference.check(text),
          StandardVersion.check(text), LarsCode.check(text)).forEach(report -> findings.addAll(report.issues()));
    }
    findings.add(refusal(() -> SkillLevelScale.ddat().get("Guru")));
    findings.add(refusal(() -> Feedback.of(5, 1)));
    findings.add(refusal(() -> Feedback.of(3, -1)));
    findings.addAll(violationsOfUsersConstraints());

    assertThat(seeds).hasSizeGreaterThan(50);
    assertThat(cataloguedCodesOf("the factories and constraints", findings)).contains(ProviderCodes.UKPRN_FORMAT,
        LearnerCodes.ULN_CHECK_DIGIT, LearnerCodes.ULN_REQUIRED, CareerCodes.ID_FORMAT,
        CareerCodes.SKILL_LEVEL_UNKNOWN, StandardCodes.LARS_CODE_RANGE, StandardCodes.REFERENCE_FORMAT,
        StandardCodes.VERSION_FORMAT, ProviderCodes.FEEDBACK_STARS_RANGE, FundingCodes.RULES_FIELDS);
  }

  /** A bulk-upload feed whose rows break the service's rules, for the reader and the validator. */
  static final String BAD_FEED =
      """
          CohortRef,AgreementID,ULN,FamilyName,GivenNames,DateOfBirth,EmailAddress,StdCode,StartDate,\
          EndDate,TotalPrice,EPAOrgID,ProviderRef,RecognisePriorLearning,TrainingTotalHours,TrainingHoursReduction,\
          IsDurationReducedByRPL,DurationReducedBy,PriceReducedBy
          ,,4230216733,Okafor,Adaeze,2006-04-17,a@example.com,2,2026-09-01,2028-09,18000,,,false,,,,,
          ,ZZ9999,4230216733,Okafor,Adaeze,2006-04-17,a@example.com,2,2026-09-01,2028-09,18000,,,false,,,,,
          COHORT-REF-OF-25-CHARACTERS,AB12CD,,,%s,2006/04/17,,,2026-02-30,2028-9x,0,EPA00100,\
          PROVIDER-REF-21-CHARS,maybe,,,,,
          ,AB12CD,123,%s,,2006-04-17,not-an-email,abc,2017-01-01,2016-01,100001,,,true,,,,,
          ,AB12CD,9999999999,Nowak,Kasia,2005-11-02,%s@example.com,123456,2030-01-01,2031-09,30000,,,false,,,,,
          ,AB12CD,6107731392,Pritchard,Rhys,2007-01-29,b@example.com,99999,2026-09-14,2028-03,15000,,,false,,,,,
          ,AB12CD,9227591655,MacLeod,Callum,2006-06-30,c@example.com,2,2026-09-01,2028-06,17000,,,false,480,60,,,100
          ,AB12CD,9895430492,Hughes,Ffion,2006-12-05,d@example.com,2,2026-09-01,2028-06,17000,,,true,100,200,,,abc
          ,AB12CD,7496245452,Kowalczyk,Piotr,1991-05-19,e@example.com,2,2026-09-01,2028-06,17000,,,true,10000,1000,,,\
          18001
          ,AB12CD,8541445924,Begum,Shirin,2003-08-08,f@example.com,2,2026-09-01,2028-06,17000,,,true,abc,0,true,3,0
          ,AB12CD,8541445924,Begum,Shirin,2003-08-08,f@example.com,2,2026-09-01,2027-01,17000,,,false,,,,,
          ,AB12CD,8098419850,Oyelaran,Tomi,2006-03-01,g@example.com,2,2026-10-05,2028-01,13000,,,false,,,,,,
          """
          .formatted("G".repeat(101), "F".repeat(101), "e".repeat(200));

  /** Career JSON that the reader rejects: properties missing, a date, a level and an edge kind that are not. */
  static final String BAD_CAREER_JSON = """
      {"format": "apprenticeships4j-career/1",
       "framework": {"name": "Hostile", "published": "15/10/2025",
         "scale": {"name": "levels", "levels": ["Awareness", "Working"]},
         "skills": [{"id": "maths", "name": "Maths", "levels": {"Awareness": "a", "Expert": "b"}}],
         "roles": []},
       "edges": [{"from": "ST1398", "to": "maths", "kind": "teleport"}]}
      """;

  /** A crosswalk that the reader reads but whose alignments break the rules against ST1398 and DDaT. */
  static final String BAD_CROSSWALK = """
      {"format": "apprenticeships4j-crosswalk/1", "standard": "ST1398", "standardVersion": "1.1",
       "framework": "DDaT", "provenance": {"assertedBy": "a", "assertedOn": "2026-11-26", "basis": "b"},
       "alignments": [{"ksb": "K99", "skill": "systems-integration", "match": "exact"},
         {"ksb": "K1", "skill": "astrology", "match": "exact"},
         {"ksb": "K2", "skill": "systems-integration", "level": "Grandmaster", "match": "broad"},
         {"ksb": "K2", "skill": "systems-integration", "level": "Working", "match": "broad"},
         {"ksb": "K3", "skill": "agile-working-content-design", "level": "Awareness", "match": "narrow"}]}
      """;

  /** A crosswalk document the reader refuses. */
  static final String BAD_CROSSWALK_JSON = """
      {"format": "apprenticeships4j-crosswalk/1", "standard": "ST1398", "framework": "DDaT", "extra": 1,
       "provenance": {"assertedBy": "a", "assertedOn": "26/11/2026", "basis": "b"},
       "alignments": [{"ksb": "K1", "skill": "systems-integration", "match": "close"}]}
      """;

  /** A career graph that the reader reads but that breaks the framework's and the graph's rules. */
  static final String BAD_CAREER_GRAPH = """
      {"format": "apprenticeships4j-career/1",
       "framework": {"name": "Hostile", "publisher": "p", "published": "2025-10-15", "source": "s", "licence": "l",
         "scale": {"name": "levels", "levels": ["Awareness", "Working", "Expert"]},
         "skills": [
           {"id": "maths", "name": "Maths", "levels": {"Awareness": "a", "Working": "w"}},
           {"id": "maths", "name": "Maths again", "levels": {"Working": "w"}},
           {"id": "ethics", "name": "Ethics", "levels": {}}],
         "roles": [
           {"id": "engineer", "name": "Engineer", "family": "Data", "description": "d", "levels": [
             {"id": "junior-engineer", "name": "Junior", "description": "d", "rank": 2, "requirements": [
               {"skill": "maths", "level": "Working"}, {"skill": "maths", "level": "Awareness"},
               {"skill": "nosuch", "level": "Working"}, {"skill": "maths", "level": "Expert"}],
              "payBands": [{"region": "London", "minimum": 50000, "maximum": 40000, "source": "x"}]},
             {"id": "senior-engineer", "name": "Senior", "description": "d", "rank": 1, "requirements": [
               {"skill": "maths", "level": "Awareness"}]},
             {"id": "junior-engineer", "name": "Junior again", "description": "d", "rank": 3, "requirements": []}]},
           {"id": "engineer", "name": "Engineer again", "family": "Data", "description": "d", "levels": [
             {"id": "lead-engineer", "name": "Lead", "description": "d", "rank": 1, "requirements": []}]}]},
       "apprenticeships": [{"reference": "ST1398", "title": "ML", "level": 6, "outcomes": []},
         {"reference": "ST1398", "title": "ML", "level": 6, "outcomes": []}],
       "edges": [
         {"from": "ST1398", "to": "nowhere", "kind": "promotion"},
         {"from": "junior-engineer", "to": "junior-engineer", "kind": "promotion"},
         {"from": "junior-engineer", "to": "senior-engineer", "kind": "promotion"},
         {"from": "junior-engineer", "to": "senior-engineer", "kind": "promotion"},
         {"from": "senior-engineer", "to": "junior-engineer", "kind": "promotion"},
         {"from": "ST1398", "to": "senior-engineer", "kind": "promotion"},
         {"from": "junior-engineer", "to": "lead-engineer", "kind": "promotion"}]}
      """;

  /** A funding input of records each wrong in its own way, for the reader and the calculator. */
  static final String BAD_FUNDING_INPUT = "[\n"
      + apprenticeship("\"startDate\": \"2010-01-01\", \"plannedDurationMonths\": 24")
      + apprenticeship("\"startDate\": \"2050-01-01\", \"plannedDurationMonths\": 24")
      + apprenticeship("\"startDate\": \"2025-09-01\"")
      + apprenticeship(
          "\"startDate\": \"2025-09-01\", \"plannedDurationMonths\": 24, \"plannedEndDate\": \"2026-01-31\"")
      + apprenticeship("\"startDate\": \"2025-09-01\", \"plannedEndDate\": \"2025-08-01\"")
      + apprenticeship("\"startDate\": \"2025-09-01\", \"plannedDurationMonths\": 4")
      + apprenticeship("\"startDate\": \"2024-09-01\", \"plannedDurationMonths\": 24",
          "\"dateOfBirth\": \"2025-01-01\"")
      + apprenticeship("\"startDate\": \"2024-09-01\", \"plannedDurationMonths\": 24",
          "\"dateOfBirth\": \"2015-01-01\"")
      + apprenticeship("\"startDate\": \"2024-09-01\", \"plannedDurationMonths\": 24",
          "\"dateOfBirth\": \"1900-01-01\"")
      + apprenticeship("\"startDate\": \"2024-09-01\", \"plannedDurationMonths\": 24",
          "\"dateOfBirth\": \"2009-06-01\"")
      + "  {\"startDate\": \"2026-09-01\", \"plannedDurationMonths\": 24,"
      + " \"standard\": {\"reference\": \"ST0001\", \"level\": 7, \"typicalDurationMonths\": 24},"
      + " \"trainingPrice\": \"19000\", \"assessmentPrice\": \"3000\", \"employer\": {\"levyPayer\": false},"
      + " \"apprentice\": {\"dateOfBirth\": \"1980-01-01\"}},\n"
      + "  {\"startDate\": \"2023-09-01\", \"plannedDurationMonths\": 24,"
      + " \"standard\": {\"reference\": \"ST9999\", \"level\": 3, \"typicalDurationMonths\": 24,"
      + " \"caps\": [{\"amount\": \"12345\", \"from\": \"2017-05-01\", \"source\": \"a typo\"}]},"
      + " \"trainingPrice\": \"19000.123\", \"assessmentPrice\": \"-1\", \"priorLearningPercentage\": \"150\","
      + " \"employer\": {\"levyPayer\": true, \"levyFundsAvailable\": \"-5\"},"
      + " \"apprentice\": {\"dateOfBirth\": \"2000-01-01\"}},\n"
      + apprenticeship("\"startDate\": \"2025-09-01\", \"plannedDurationMonths\": 24,"
          + " \"progress\": {\"completionDate\": \"2026-01-01\", \"withdrawalDate\": \"2026-01-01\"}")
      + apprenticeship("\"startDate\": \"2025-09-01\", \"plannedDurationMonths\": 24,"
          + " \"progress\": {\"withdrawalDate\": \"2024-01-01\", \"breaks\": [{\"lastDayInLearning\": \"2026-05-01\","
          + " \"returnDate\": \"2026-03-01\"}]}")
      + apprenticeship("\"startDate\": \"2025-13-01\", \"plannedDurationMonths\": \"many\"")
      + apprenticeship("\"startDate\": \"2025-09-01\", \"startDate\": \"2025-09-02\", \"plannedDurationMonths\": 24")
      + "  {\"plannedDurationMonths\": 24, \"standard\": []},\n"
      + unit("\"startDate\": \"2026-04-01\", \"plannedEndDate\": \"2026-05-01\", \"plannedHours\": 60")
      + unit("\"startDate\": \"2026-05-01\", \"plannedEndDate\": \"2026-12-01\", \"plannedHours\": 6")
      + "  {\"unit\": {\"startDate\": \"2026-05-01\", \"plannedEndDate\": \"2026-06-01\", \"plannedHours\": 60,"
      + " \"price\": 1500}, \"employer\": {\"levyPayer\": false}, \"apprentice\": {\"dateOfBirth\": \"2010-01-01\"}},\n"
      + "  42\n]";

  /** A unit at a non-levy employer, with {@code fields} (dates and hours), for a learner aged 36. */
  static String unit(String fields) {
    return "  {\"unit\": {" + fields + ", \"price\": 1500}, \"employer\": {\"levyPayer\": false},"
        + " \"apprentice\": {\"dateOfBirth\": \"1990-01-01\"}},\n";
  }

  /** A record of the seed case's apprenticeship with {@code dates} (and the apprentice's {@code born}). */
  static String apprenticeship(String dates, String born) {
    return "  {" + dates + ", \"standard\": {\"reference\": \"ST1398\", \"level\": 6, \"typicalDurationMonths\": 24},"
        + " \"trainingPrice\": \"19000\", \"assessmentPrice\": \"3000\", \"employer\": {\"levyPayer\": false},"
        + " \"apprentice\": {" + born + "}},\n";
  }

  static String apprenticeship(String dates) {
    return apprenticeship(dates, "\"dateOfBirth\": \"2000-03-15\"");
  }

  /** Empty, over-limit and odd inputs for each kind of reader, beyond the fuzz seeds. */
  static List<Issue> edgeInputFindings() {
    List<Issue> found = new ArrayList<>();
    byte[] empty = new byte[0];
    found.addAll(findingsOf(AparCsv.reader().open(new ByteArrayInputStream(empty), "empty.csv")));
    found.addAll(findingsOf(StandardsJson.reader().open(new ByteArrayInputStream(empty), "empty.json")));
    found.addAll(careerFindings(empty));
    found.addAll(findingsOf(StandardsJson.reader().maxNestingDepth(2)
        .open(new ByteArrayInputStream("[{\"a\": [[1]]}]".getBytes(StandardCharsets.UTF_8)), "deep.json")));
    found.addAll(findingsOf(StandardsJson.reader()
        .open(new ByteArrayInputStream("\"just text\"".getBytes(StandardCharsets.UTF_8)), "shape.json")));
    found.addAll(findingsOf(StandardsJson.reader()
        .open(new ByteArrayInputStream("[1, {\"version\": {}}]".getBytes(StandardCharsets.UTF_8)), "odd.json")));
    found.addAll(findingsOf(AparCsv.reader().maxFieldLength(3)
        .open(new StringReader("a,b,c\nabcdef,b,c\n"), "long.csv")));
    found.addAll(careerFindings("{\"format\": \"other/9\", \"extra\": 1}".getBytes(StandardCharsets.UTF_8)));
    found.addAll(feedFindings(new ByteArrayInputStream(empty), "empty.csv"));
    found.addAll(feedFindings(new ByteArrayInputStream("a,b,c\n1,2,3\n".getBytes(StandardCharsets.UTF_8)),
        "header.csv"));
    return found;
  }

  // --- Helpers

  /**
   * The codes of {@code findings}; asserts that each is catalogued and has a severity its README row gives (a wrong
   * one is listed once, with how often it came and its first finding).
   */
  static Set<String> cataloguedCodesOf(String source, Collection<Issue> findings) {
    Set<String> seen = new TreeSet<>();
    Map<String, List<Issue>> wrong = new TreeMap<>();
    for (Issue issue : findings) {
      seen.add(issue.code());
      if (!codes.containsKey(issue.code())) {
        wrong.computeIfAbsent(issue.code() + " is in no catalogue", k -> new ArrayList<>()).add(issue);
      } else if (!readmeSeverities.getOrDefault(issue.code(), Set.of()).contains(issue.severity())) {
        wrong.computeIfAbsent(issue.code() + " is reported as " + issue.severity() + ", which its README row does "
            + "not give", k -> new ArrayList<>()).add(issue);
      }
    }
    assertThat(wrong.entrySet()).as("findings of %s", source).extracting(e -> e.getKey() + " (" + e.getValue().size()
        + " times), e.g. " + e.getValue().get(0)).isEmpty();
    return seen;
  }

  /** Every finding of a read: of each row, then the one that stopped it; the accepted values go to {@code accepted}. */
  static <T> List<Issue> findingsOf(RecordReader<T> reader, Consumer<T> accepted) {
    List<Issue> found = new ArrayList<>();
    try (reader) {
      reader.rows().forEach(row -> {
        found.addAll(row.issues());
        row.valueIfAccepted().ifPresent(accepted);
      });
      reader.summary().stoppedBy().ifPresent(found::add);
    }
    return found;
  }

  static <T> List<Issue> findingsOf(RecordReader<T> reader) {
    return findingsOf(reader, value -> {
    });
  }

  /** The findings of reading a funding input and of calculating each apprenticeship read. */
  static List<Issue> fundingFindings(byte[] bytes) {
    FundingCalculator calculator = FundingCalculator.withDefaultRules();
    List<FundingInput> inputs = new ArrayList<>();
    List<Issue> found = findingsOf(ApprenticeshipsJson.reader().open(new ByteArrayInputStream(bytes), "funding.json"),
        inputs::add);
    for (FundingInput input : inputs) {
      if (input instanceof FundingInput.OfApprenticeship a) {
        found.addAll(calculator.calculate(a.apprenticeship(), a.progress()).report().issues());
      } else {
        found.addAll(calculator.calculate(((FundingInput.OfUnit) input).unit()).report().issues());
      }
    }
    return found;
  }

  /**
   * The findings of reading a crosswalk and of validating it against the bundled ST1398 (the version it names, or
   * 1.0) and the official DDaT framework.
   */
  static List<Issue> crosswalkFindings(byte[] bytes) {
    try {
      Loaded<Crosswalk> read = CrosswalkJson.read(CrosswalkJson.reader().open(new ByteArrayInputStream(bytes),
          "crosswalk.json"));
      List<Issue> found = new ArrayList<>(read.issues());
      Standard st1398 = digital.find(StandardReference.parse("ST1398"), read.value().standardVersion()
          .orElse(StandardVersion.of(1, 0))).orElse(digital.latest(StandardReference.parse("ST1398")).orElseThrow());
      found.addAll(CrosswalkValidator.validate(read.value(), st1398, CareerData.ddat().value()).issues());
      return found;
    } catch (LoadException stopped) {
      return stopped.issues();
    }
  }

  /** The findings of reading progress records and of checking each against its bundled standard on 2027-06-01. */
  static List<Issue> progressFindings(byte[] bytes) {
    List<ProgressRecord> records = new ArrayList<>();
    List<Issue> found = findingsOf(ProgressJson.reader().open(new ByteArrayInputStream(bytes), "progress.json"),
        records::add);
    for (ProgressRecord record : records) {
      digital.find(record.standardReference(), record.standardVersion()).ifPresent(standard -> found.addAll(
          ProgressCheck.check(record, standard, LocalDate.of(2027, 6, 1)).findings().issues()));
    }
    return found;
  }

  /** The findings of reading a career graph and of validating it. */
  static List<Issue> careerFindings(byte[] bytes) {
    try {
      Loaded<ProgressionGraph> graph = CareerJson.readGraph(CareerJson.reader().open(new ByteArrayInputStream(bytes),
          "career.json"));
      List<Issue> found = new ArrayList<>(graph.issues());
      found.addAll(CareerValidator.validate(graph.value().framework()).issues());
      found.addAll(CareerValidator.validate(graph.value()).issues());
      return found;
    } catch (LoadException stopped) {
      return stopped.issues();
    }
  }

  /** The findings of a feed context document, and those of the bundled sample feed's rows checked with it. */
  static List<Issue> feedContextFindings(byte[] bytes) {
    try {
      Loaded<io.github.apprenticeships4j.core.feed.FeedContext> context =
          io.github.apprenticeships4j.formats.json.FeedContextJson.read(
              io.github.apprenticeships4j.formats.json.FeedContextJson.reader().open(
                  new ByteArrayInputStream(bytes), "context.json"));
      List<Issue> found = new ArrayList<>(context.issues());
      try (io.github.apprenticeships4j.formats.csv.ProviderFeedCsv.Reader reader =
          io.github.apprenticeships4j.formats.csv.ProviderFeedCsv.reader(context.value()).open(
              FindingCodeCatalogueTest.class.getResourceAsStream("/provider-feed/sample-feed.csv"), "feed.csv")) {
        reader.rows().forEach(row -> found.addAll(row.issues()));
        found.addAll(reader.fileIssues());
      }
      return found;
    } catch (LoadException stopped) {
      return stopped.issues();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The findings of the DDaT readers on the text before the first NUL (the roles) and after it (the skills). */
  static List<Issue> ddatFindings(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    int split = text.indexOf('\0');
    String roles = split < 0 ? text : text.substring(0, split);
    String skills = split < 0 ? "" : text.substring(split + 1);
    try {
      Loaded<Framework> framework = DdatCsv.readFramework(
          DdatCsv.rolesReader().open(new StringReader(roles), "roles.csv"),
          DdatCsv.skillsReader().open(new StringReader(skills), "skills.csv"));
      List<Issue> found = new ArrayList<>(framework.issues());
      found.addAll(CareerValidator.validate(framework.value()).issues());
      return found;
    } catch (LoadException stopped) {
      return stopped.issues();
    }
  }

  /** The findings of checking a feed against the bundled Digital route: rows, file and the stop. */
  static List<Issue> feedFindings(InputStream in, String name) {
    FeedContext context = FeedContext.builder().validationDate(CHECKED_ON).standards(KnownStandards.of(digital))
        .agreementIds(Set.of("AB12CD", "XEGE5X", "V7YK9P")).build();
    List<Issue> found = new ArrayList<>();
    try (ProviderFeedCsv.Reader reader = ProviderFeedCsv.reader(context).open(in, name)) {
      reader.rows().map(Row::issues).forEach(found::addAll);
      found.addAll(reader.fileIssues());
      reader.summary().stoppedBy().ifPresent(found::add);
    }
    return found;
  }

  /** The finding a factory throws. */
  static Issue refusal(Runnable factory) {
    try {
      factory.run();
    } catch (InvalidValueException refused) {
      return refused.issue();
    }
    throw new AssertionError("not refused");
  }

  /** A user's class with the library's constraints, all violated. */
  static final class UsersRecord {
    @ValidUln
    final String uln = "1272117936";
    @ValidUln
    final String blankUln = " ";
    @ValidUkprn
    final String ukprn = "1234";
    @ValidStandardReference
    final String reference = "XX0001";
    @ValidLarsCode
    final String larsCode = "0";
  }

  /** The findings of the constraints of {@link UsersRecord}: the code is the key of each violation's template. */
  static List<Issue> violationsOfUsersConstraints() {
    try (ValidatorFactory factory = Validation.byDefaultProvider().configure()
        .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory()) {
      Set<ConstraintViolation<UsersRecord>> violations = factory.getValidator().validate(new UsersRecord());
      assertThat(violations).hasSize(5);
      return violations.stream().map(v -> {
        String template = v.getMessageTemplate();
        assertThat(template).startsWith("{" + KEY_PREFIX).endsWith("}");
        return Issue.error(template.substring(KEY_PREFIX.length() + 1, template.length() - 1), v.getMessage());
      }).collect(Collectors.toList());
    }
  }

  static InputStream resource(String name) {
    InputStream in = FindingCodeCatalogueTest.class.getResourceAsStream(name);
    assertThat(in).as("resource %s", name).isNotNull();
    return in;
  }

  /** The fuzz seeds under {@code resources}: the files of every {@code *FuzzTestInputs} folder. */
  static List<Path> seeds(Path resources) throws IOException {
    try (Stream<Path> files = Files.walk(resources)) {
      return files.filter(Files::isRegularFile).filter(f -> f.toString().contains("FuzzTestInputs")).sorted()
          .collect(Collectors.toList());
    }
  }

  /** The {@code *FuzzTestInputs} folder a seed is in. */
  static String inputsOf(Path seed) {
    for (Path part : seed) {
      if (part.toString().endsWith("FuzzTestInputs")) {
        return part.toString();
      }
    }
    throw new IllegalArgumentException("not a seed: " + seed);
  }

  static String template(String code) {
    return "{" + KEY_PREFIX + code + "}";
  }

  /** The Java sources of core and formats, sorted. */
  static List<Path> mainSources() throws IOException {
    List<Path> sources = new ArrayList<>();
    for (Path root : MAIN_SOURCES) {
      try (Stream<Path> files = Files.walk(root)) {
        files.filter(f -> f.toString().endsWith(".java")).filter(f -> !f.getFileName().toString().contains("-info"))
            .sorted().forEach(sources::add);
      }
    }
    assertThat(sources).as("main sources of core and formats").hasSizeGreaterThan(150);
    return sources;
  }

  static boolean isCatalogue(Path source) {
    return source.getFileName().toString().endsWith("Codes.java");
  }

  static Class<?> classOf(Path source) {
    Path root = MAIN_SOURCES.stream().filter(source::startsWith).findFirst().orElseThrow();
    String relative = root.relativize(source).toString().replace('\\', '/');
    String name = relative.substring(0, relative.length() - ".java".length()).replace('/', '.');
    try {
      return Class.forName(name, false, FindingCodeCatalogueTest.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new AssertionError("a main source whose class is not on the class path: " + source, e);
    }
  }

  static Path sourceOf(Class<?> type) {
    String relative = type.getName().replace('.', '/') + ".java";
    return MAIN_SOURCES.stream().map(root -> root.resolve(relative)).filter(Files::exists).findFirst().orElseThrow();
  }

  /**
   * The string literals of a Java source, comments and character literals skipped; a text block is one literal. The
   * text is as written, escapes not undone: a code has none.
   */
  static List<String> stringLiterals(String source) {
    List<String> literals = new ArrayList<>();
    int i = 0;
    int n = source.length();
    while (i < n) {
      char c = source.charAt(i);
      if (source.startsWith("//", i)) {
        int end = source.indexOf('\n', i);
        i = end < 0 ? n : end + 1;
      } else if (source.startsWith("/*", i)) {
        int end = source.indexOf("*/", i + 2);
        i = end < 0 ? n : end + 2;
      } else if (source.startsWith("\"\"\"", i)) {
        int end = source.indexOf("\"\"\"", i + 3);
        literals.add(source.substring(i + 3, end));
        i = end + 3;
      } else if (c == '"' || c == '\'') {
        int j = i + 1;
        while (source.charAt(j) != c) {
          j += source.charAt(j) == '\\' ? 2 : 1;
        }
        if (c == '"') {
          literals.add(source.substring(i + 1, j));
        }
        i = j + 1;
      } else {
        i++;
      }
    }
    return literals;
  }

  /** Adds the message templates of the Jakarta constraints of {@code type}, its members and its nested types. */
  static void collectConstraintTemplates(Class<?> type, List<String> templates) {
    if (type.isAnnotation() && type.isAnnotationPresent(Constraint.class)) {
      try {
        templates.add((String) type.getMethod("message").getDefaultValue());
      } catch (NoSuchMethodException e) {
        throw new AssertionError("a constraint without a message: " + type, e);
      }
    }
    addConstraints(type.getDeclaredAnnotations(), templates);
    for (Field field : type.getDeclaredFields()) {
      addConstraints(field.getDeclaredAnnotations(), templates);
      addConstraints(field.getAnnotatedType(), templates);
    }
    for (Method method : type.getDeclaredMethods()) {
      addConstraints(method.getDeclaredAnnotations(), templates);
      addConstraints(method.getAnnotatedReturnType(), templates);
    }
    for (Class<?> nested : type.getDeclaredClasses()) {
      collectConstraintTemplates(nested, templates);
    }
  }

  static void addConstraints(AnnotatedType type, List<String> templates) {
    addConstraints(type.getDeclaredAnnotations(), templates);
    if (type instanceof AnnotatedParameterizedType) {
      for (AnnotatedType argument : ((AnnotatedParameterizedType) type).getAnnotatedActualTypeArguments()) {
        addConstraints(argument, templates);
      }
    } else if (type instanceof AnnotatedArrayType) {
      addConstraints(((AnnotatedArrayType) type).getAnnotatedGenericComponentType(), templates);
    }
  }

  /** Adds the templates of the constraints among {@code annotations}, those of a repeated constraint's list too. */
  static void addConstraints(Annotation[] annotations, List<String> templates) {
    for (Annotation annotation : annotations) {
      Class<? extends Annotation> kind = annotation.annotationType();
      try {
        if (kind.isAnnotationPresent(Constraint.class)) {
          templates.add((String) kind.getMethod("message").invoke(annotation));
        } else if (kind.getName().startsWith("jakarta.validation.constraints.") && kind.getSimpleName().equals(
            "List")) {
          addConstraints((Annotation[]) kind.getMethod("value").invoke(annotation), templates);
        }
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(e);
      }
    }
  }

  /**
   * The rows of the tables of the README's "Finding codes" section: each table follows a {@code <summary>} that names
   * its catalogue, {@code <code>StandardCodes</code>}.
   */
  static List<ReadmeRow> readmeRows(List<String> lines) {
    int start = lines.indexOf("### Finding codes");
    assertThat(start).as("the README's Finding codes section").isNotNegative();
    Pattern summary = Pattern.compile("<summary><code>(\\w+Codes)</code>.*");
    Pattern row = Pattern.compile("\\| `([^`]+)` \\| ([a-z/]+) \\| (.*) \\|");
    List<ReadmeRow> rows = new ArrayList<>();
    String catalogue = null;
    for (String line : lines.subList(start + 1, lines.size())) {
      if (line.startsWith("## ") || line.startsWith("### ")) {
        break;
      }
      Matcher s = summary.matcher(line);
      Matcher r = row.matcher(line);
      if (s.matches()) {
        catalogue = s.group(1);
      } else if (r.matches()) {
        assertThat(catalogue).as("catalogue of the README table of %s", r.group(1)).isNotNull();
        rows.add(new ReadmeRow(catalogue, r.group(1), r.group(2), r.group(3)));
      } else {
        assertThat(line).as("a README table row that is not in the form | `code` | severity | when |")
            .doesNotStartWith("| `");
      }
    }
    return rows;
  }

  /** The names in back quotes anywhere in the README that are shaped like codes. */
  static Set<String> readmeCodeNames() throws IOException {
    Matcher quoted = Pattern.compile("`([^`\\n]+)`").matcher(Files.readString(README, StandardCharsets.UTF_8));
    Set<String> names = new TreeSet<>();
    while (quoted.find()) {
      if (CODE_SHAPED.matcher(quoted.group(1)).matches()) {
        names.add(quoted.group(1));
      }
    }
    return names;
  }

  /** The severities a README cell names, {@code error} or {@code warning/error}; other words are left out. */
  static Set<Severity> severities(String cell) {
    Set<Severity> severities = EnumSet.noneOf(Severity.class);
    for (String name : cell.split("/")) {
      Arrays.stream(Severity.values()).filter(s -> s.name().equalsIgnoreCase(name)).forEach(severities::add);
    }
    return severities;
  }

  /** The README cell of {@code severities}: lower case, least serious first. */
  static String severityCell(Set<Severity> severities) {
    return severities.stream().sorted().map(s -> s.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining("/"));
  }
}
