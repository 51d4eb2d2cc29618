package io.github.apprenticeships4j.benchmarks;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.github.apprenticeships4j.core.feed.FeedColumn;
import io.github.apprenticeships4j.core.feed.FeedContext;
import io.github.apprenticeships4j.core.feed.FeedRecord;
import io.github.apprenticeships4j.core.feed.FeedValidator;
import io.github.apprenticeships4j.core.feed.KnownStandards;
import io.github.apprenticeships4j.core.funding.Apprentice;
import io.github.apprenticeships4j.core.funding.Apprenticeship;
import io.github.apprenticeships4j.core.funding.Employer;
import io.github.apprenticeships4j.core.funding.FundingCalculator;
import io.github.apprenticeships4j.core.funding.FundingResult;
import io.github.apprenticeships4j.core.funding.StandardFunding;
import io.github.apprenticeships4j.core.standard.StandardCatalogue;
import io.github.apprenticeships4j.core.validation.ValidationReport;
import io.github.apprenticeships4j.formats.ReadSummary;
import io.github.apprenticeships4j.formats.Row;
import io.github.apprenticeships4j.formats.csv.ProviderFeedCsv;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Benchmarks 2 and 3 of issue 7, in one run. A deterministic bulk-upload feed of {@link #rows} realistic rows
 * ({@link FeedRows}, about 150 MB of UTF-8, generated in memory) validated by the library, against FastCSV reading
 * the same bytes into records without validation, and against the naive path (Jackson CSV into a POJO, then
 * Hibernate Validator on each row). Then the full funding schedule of one apprenticeship, against one feed row.
 *
 * <p><b>Allocation per row.</b> Run with JMH's GC profiler ({@code -prof gc}): for each benchmark it reports
 * {@code gc.alloc.rate.norm}, the bytes allocated per operation (measured iterations only, not the setup). One
 * operation of {@link #library()}, {@link #fastCsv} and {@link #jacksonHibernate()} reads all {@link #rows} rows, so
 * bytes per row = {@code gc.alloc.rate.norm / rows} (e.g. 4.3e9 B/op at 1,000,000 rows is 4.3 KB a row; the cost of
 * opening a reader, once per operation, is spread over the rows). {@link #oneRowFeed()} allocates for one row plus
 * opening a reader, {@link #oneRowValidate()} for one row's checks and {@link #fundingSchedule()} for one schedule,
 * per operation ({@link #fundingScheduleFirstCheck()} includes making its new input). {@code benchmarks/README.md}
 * ("How to measure") has the commands and a {@code jq} line that divides.
 * Heap in use is measured apart, by {@link FeedPeakHeap}: allocation is not the heap a run needs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
public class FeedBenchmark {
  /** The gzip file of the national catalogue, relative to the benchmarks module: the feed's real LARS codes. */
  @Param("../testdata/ifate-standards-api/apprenticeshipstandards-full-2026-08-22.json.gz")
  public String catalogue;

  @Param("1000000")
  public int rows;

  private byte[] feed;
  private FeedContext context;
  private FeedValidator validator;
  private FeedRecord oneRecord;
  private byte[] oneRowFeed;
  private Apprenticeship apprenticeship;
  private final FundingCalculator calculator = FundingCalculator.withDefaultRules();
  private ValidatorFactory factory;
  private Validator beanValidator;
  private final CsvMapper csvMapper = CsvMapper.builder().build();
  private final CsvSchema schema = CsvSchema.emptySchema().withHeader();

  @Setup
  public void generate() {
    StandardCatalogue standards = FeedRows.catalogue(Path.of(catalogue));
    FeedRows generator = FeedRows.of(standards);
    feed = generator.bytes(rows);
    context = FeedContext.builder().validationDate(FeedRows.VALIDATION_DATE).standards(KnownStandards.of(standards))
        .maxFileLines(Long.MAX_VALUE).maxFileSizeKb(Long.MAX_VALUE / 1024).build();
    validator = FeedValidator.of(context);
    factory = Validation.byProvider(HibernateValidator.class).configure()
        .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory();
    beanValidator = factory.getValidator();

    // Row 0 on its own: as a record, as a one-row feed, and as the apprenticeship it describes.
    StringBuilder line = new StringBuilder(FeedRows.header());
    generator.appendRow(0, line);
    oneRowFeed = line.toString().getBytes(StandardCharsets.UTF_8);
    try (ProviderFeedCsv.Reader reader = ProviderFeedCsv.reader(validator).open(new ByteArrayInputStream(oneRowFeed),
        "one.csv")) {
      oneRecord = reader.rows().findFirst().flatMap(Row::valueIfAccepted).orElseThrow();
    }
    FeedRows.Course course = generator.course(0);
    apprenticeship = Apprenticeship.builder().startDate(YearMonth.parse(oneRecord.get(FeedColumn.START_DATE)
        .substring(0, 7)).atDay(1))
        .plannedEndDate(YearMonth.parse(oneRecord.get(FeedColumn.END_DATE)).atDay(1))
        .standard(StandardFunding.of(course.standard()))
        .trainingPrice(new BigDecimal(generator.price(0)).multiply(new BigDecimal("0.8")))
        .assessmentPrice(new BigDecimal(generator.price(0)).multiply(new BigDecimal("0.2")))
        .employer(Employer.levyPayer(new BigDecimal("250000")))
        .apprentice(Apprentice.bornOn(FeedRows.dateOfBirth(0))).build();

    // The three paths must agree that every row is valid, or the comparison means nothing.
    long accepted = library();
    long naive = jacksonHibernate();
    if (accepted != rows || naive != rows || fastCsv(new Blackhole(
        "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.")) != rows) {
      throw new IllegalStateException("generated rows not all valid: library " + accepted + ", naive " + naive);
    }
    FundingResult result = calculator.calculate(apprenticeship);
    if (result.isRejected()) {
      throw new IllegalStateException("apprenticeship rejected: " + result.report());
    }
  }

  @TearDown
  public void close() {
    factory.close();
  }

  /** The library: every row read, trimmed, checked with the service's rules and the catalogue; accepted rows counted. */
  @Benchmark
  public long library() {
    long accepted = 0;
    try (ProviderFeedCsv.Reader reader = ProviderFeedCsv.reader(validator)
        .open(new ByteArrayInputStream(feed), "feed.csv")) {
      accepted = reader.rows().filter(Row::isAccepted).count();
      ReadSummary summary = reader.summary();
      if (!summary.complete()) {
        throw new IllegalStateException(summary.toString());
      }
    }
    return accepted;
  }

  /** Baseline (a): FastCSV reads the same bytes into records (header included), without validation. */
  @Benchmark
  public long fastCsv(Blackhole sink) {
    long records = -1; // the header
    try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(new ByteArrayInputStream(feed),
        StandardCharsets.UTF_8)) {
      for (CsvRecord record : reader) {
        sink.consume(record);
        records++;
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return records;
  }

  /** Baseline (b), the naive path: Jackson CSV into a POJO, then Hibernate Validator on each row; valid rows counted. */
  @Benchmark
  public long jacksonHibernate() {
    long valid = 0;
    try (MappingIterator<NaiveFeedRow> it = csvMapper.readerFor(NaiveFeedRow.class).with(schema).readValues(feed)) {
      while (it.hasNextValue()) {
        Set<ConstraintViolation<NaiveFeedRow>> violations = beanValidator.validate(it.nextValue());
        if (violations.isEmpty()) {
          valid++;
        }
      }
    }
    return valid;
  }

  /** Benchmark 3: the full funding schedule (breakdown and monthly payments) of the apprenticeship of row 0. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public FundingResult fundingSchedule() {
    return calculator.calculate(apprenticeship);
  }

  /**
   * Benchmark 3 as a first calculation: the same schedule for a new apprenticeship object equal to that of row 0, so
   * that its Jakarta constraints are checked too ({@link #fundingSchedule()} calculates for one object again and
   * again, whose constraint findings are kept after the first check).
   */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public FundingResult fundingScheduleFirstCheck() {
    // the varargs copy method always makes a new object (row 0 has no English and maths aims: an equal one)
    return calculator.calculate(apprenticeship.withEnglishAndMathsAims());
  }

  /** Benchmark 3, the parse side: a one-row feed (header and row 0) read and checked by a new reader. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public Row<FeedRecord> oneRowFeed() {
    try (ProviderFeedCsv.Reader reader = ProviderFeedCsv.reader(validator)
        .open(new ByteArrayInputStream(oneRowFeed), "one.csv")) {
      return reader.rows().findFirst().orElseThrow();
    }
  }

  /** Benchmark 3, the smallest parse side: row 0, already split into fields, checked with the service's rules. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public ValidationReport oneRowValidate() {
    return validator.validate(oneRecord);
  }
}
