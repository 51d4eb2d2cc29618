package io.github.apprenticeships4j.benchmarks;

import io.github.apprenticeships4j.core.standard.Standard;
import io.github.apprenticeships4j.core.standard.StandardCatalogue;
import io.github.apprenticeships4j.core.standard.StandardValidator;
import io.github.apprenticeships4j.core.validation.ValidationReport;
import io.github.apprenticeships4j.formats.RecordReader;
import io.github.apprenticeships4j.formats.Row;
import io.github.apprenticeships4j.formats.json.StandardsJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
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
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The full national catalogue (2,170 records, about 68 MB of JSON, decompressed to memory first) read into model
 * objects by the library, against Jackson's {@code readTree} of the same bytes and a raw Jackson token scan.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class CatalogueBenchmark {
  /** The gzip file of the national catalogue, relative to the benchmarks module. */
  @Param("../testdata/ifate-standards-api/apprenticeshipstandards-full-2026-08-22.json.gz")
  public String catalogue;

  private byte[] json;
  private final JsonMapper mapper = JsonMapper.builder().build();

  @Setup
  public void decompress() throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(Path.of(catalogue)))) {
      json = in.readAllBytes();
    }
  }

  /** The library: every record mapped onto a {@link Standard}, with its findings. */
  @Benchmark
  public List<Standard> library() {
    List<Standard> standards = new ArrayList<>(2_200);
    try (RecordReader<Standard> reader = StandardsJson.reader().open(new ByteArrayInputStream(json), "catalogue")) {
      reader.rows().forEach(row -> {
        if (row instanceof Row.Accepted<Standard> ok) {
          standards.add(ok.value());
        }
      });
    }
    return standards;
  }

  /** The library's feed-facts reader: only what the feed rules read, KSBs, duties and texts skipped unread. */
  @Benchmark
  public List<Standard> libraryFeedFacts() {
    List<Standard> standards = new ArrayList<>(2_200);
    try (RecordReader<Standard> reader =
        StandardsJson.feedReader().open(new ByteArrayInputStream(json), "catalogue")) {
      reader.rows().forEach(row -> {
        if (row instanceof Row.Accepted<Standard> ok) {
          standards.add(ok.value());
        }
      });
    }
    return standards;
  }

  /** The library, then every structural rule over the whole catalogue (including Jakarta constraints). */
  @Benchmark
  public ValidationReport libraryAndValidator() {
    return StandardValidator.validate(StandardCatalogue.of(library()));
  }

  /** Baseline (a): Jackson builds the whole tree of the same bytes. */
  @Benchmark
  public JsonNode jacksonReadTree() {
    return mapper.readTree(json);
  }

  /** Baseline (b): Jackson's parser visits every token and nothing is built. */
  @Benchmark
  public void jacksonTokenScan(Blackhole sink) {
    try (JsonParser parser = mapper.createParser(json)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        sink.consume(token);
      }
    }
  }
}
