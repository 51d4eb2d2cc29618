package io.github.apprenticeships4j.formats.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.apprenticeships4j.core.standard.Standard;
import io.github.apprenticeships4j.core.standard.StandardCatalogue;
import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.core.validation.Severity;
import io.github.apprenticeships4j.formats.LoadException;
import io.github.apprenticeships4j.formats.Loaded;
import io.github.apprenticeships4j.formats.ReadCodes;
import io.github.apprenticeships4j.formats.ReadSummary;
import io.github.apprenticeships4j.formats.Row;
import io.github.apprenticeships4j.formats.TestData;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link StandardsJson#readCatalogue} on six real records of the national catalogue, two of them rejected for their
 * versions ({@code "1"} and {@code "V0.0"}, see the resource's SOURCE.md).
 */
class StandardsJsonCatalogueTest {
  static final Path SAMPLE = TestData.path("/ifate-standards-api/catalogue-sample-with-rejected.json");

  @TempDir
  Path dir;

  @Test
  void readCatalogue_fileWithRejectedRecords_keepsEveryAcceptedOne_withoutThrowing() throws IOException {
    StandardCatalogue catalogue = StandardsJson.readCatalogue(SAMPLE).value();

    assertThat(catalogue.standards()).extracting(Standard::key)
        .containsExactly("ST0799_1.0", "ST0816_1.0", "ST0840_1.0", "ST1317_0.0");
  }

  @Test
  void readCatalogue_accountsForEveryRecord_readIsAcceptedPlusRejected() throws IOException {
    Loaded<StandardCatalogue> loaded = StandardsJson.readCatalogue(SAMPLE);

    ReadSummary summary = loaded.summaries().get(0);
    assertThat(loaded.summaries()).hasSize(1);
    assertThat(summary.read()).isEqualTo(6);
    assertThat(summary.accepted()).isEqualTo(loaded.value().size()).isEqualTo(4);
    assertThat(summary.rejected()).isEqualTo(loaded.rejected().size()).isEqualTo(2);
    assertThat(summary.complete()).isTrue();
    assertThat(loaded).hasToString(SAMPLE + ": 6 read, 4 accepted, 2 rejected");
  }

  @Test
  void readCatalogue_rejectedRecords_keepTheirJsonText_andLocatedFindings() throws IOException {
    List<Row.Rejected<?>> rejected = StandardsJson.readCatalogue(SAMPLE).rejected();

    assertThat(rejected).extracting(r -> r.position().record().getAsLong()).containsExactly(4L, 6L);
    assertThat(rejected.get(0).raw()).singleElement().satisfies(text -> assertThat(text)
        .startsWith("{").contains("\"referenceNumber\": \"ST0950\"", "\"version\": \"1\"").endsWith("}"));
    assertThat(rejected.get(1).raw()).singleElement().satisfies(text -> assertThat(text)
        .contains("\"referenceNumber\": \"ST1462\"", "\"version\": \"V0.0\""));
    assertThat(rejected).allSatisfy(r -> assertThat(r.issues()).singleElement().satisfies(i -> {
      assertThat(i.code()).isEqualTo("standard.version.format");
      assertThat(i.severity()).isEqualTo(Severity.ERROR);
      assertThat(i.path()).isEqualTo("version");
      assertThat(i.position()).hasValueSatisfying(p -> {
        assertThat(p.source()).isEqualTo(SAMPLE.toString());
        assertThat(p.line()).isPresent();
        assertThat(p.record()).isEqualTo(r.position().record());
        assertThat(p.field()).contains("version");
      });
    }));
    assertThat(rejected).extracting(r -> r.issues().get(0).rejectedValue().orElseThrow())
        .containsExactly("1", "V0.0");
  }

  @Test
  void readCatalogue_issues_holdEveryFinding_warningsOfAcceptedRecordsIncluded() throws IOException {
    Loaded<StandardCatalogue> loaded = StandardsJson.readCatalogue(SAMPLE);

    assertThat(loaded.issues()).filteredOn(i -> i.code().equals(ReadCodes.JSON_VERSION_BLANK)).singleElement()
        .satisfies(i -> assertThat(i.position().orElseThrow().record()).hasValue(3));
    assertThat(loaded.issues()).filteredOn(i -> i.severity().isAtLeast(Severity.ERROR))
        .containsExactlyElementsOf(loaded.rejected().stream().flatMap(r -> r.issues().stream())
            .collect(Collectors.toList()));
  }

  @Test
  void requireNoErrors_fileWithRejectedRecords_throwsWithTheLocatedFindings() throws IOException {
    Loaded<StandardCatalogue> loaded = StandardsJson.readCatalogue(SAMPLE);

    LoadException refused = catchThrowableOfType(loaded::requireNoErrors, LoadException.class);

    assertThat(refused.stoppedBy()).isEmpty();
    assertThat(refused.issues()).isEqualTo(loaded.issues());
    assertThat(refused.getMessage().lines()).containsExactly(
        SAMPLE + ": 6 read, 4 accepted, 2 rejected",
        loaded.rejected().get(0).issues().get(0).toString(),
        loaded.rejected().get(1).issues().get(0).toString());
    assertThat(refused.getMessage()).contains("standard.version.format", "(record 4, field version)",
        "(record 6, field version)");
  }

  @Test
  void requireNoErrors_fileWithoutErrors_givesTheCatalogue() throws IOException {
    Loaded<StandardCatalogue> loaded =
        StandardsJson.readCatalogue(TestData.path("/ifate-standards-api/records/ST1398_1.0.json"));

    assertThat(loaded.rejected()).isEmpty();
    assertThat(loaded.requireNoErrors().standards()).extracting(Standard::key).containsExactly("ST1398_1.0");
  }

  @Test
  void readCatalogue_truncatedGzip_throwsLoadException_namingWhereTheReadStopped() throws IOException {
    byte[] gzip = gzip(Files.readAllBytes(SAMPLE));
    Path truncated = Files.write(dir.resolve("catalogue.json.gz"), Arrays.copyOf(gzip, gzip.length * 2 / 3));

    LoadException stopped = catchThrowableOfType(() -> StandardsJson.readCatalogue(truncated), LoadException.class);

    assertThat(stopped).isInstanceOf(IOException.class);
    assertThat(stopped.stoppedBy()).hasValueSatisfying(i -> {
      assertThat(i.severity()).isEqualTo(Severity.FATAL);
      assertThat(i.code()).isEqualTo(ReadCodes.IO);
      assertThat(i.position()).hasValueSatisfying(p -> assertThat(p.source()).isEqualTo(truncated.toString()));
    });
    ReadSummary summary = stopped.summaries().get(0);
    assertThat(summary.complete()).isFalse();
    assertThat(summary.read()).isLessThan(6);
    assertThat(stopped.issues()).last().isEqualTo(stopped.stoppedBy().orElseThrow());
    assertThat(stopped.getMessage()).startsWith(truncated + ": ").contains("; stopped: FATAL " + ReadCodes.IO);
  }

  @Test
  void readCatalogue_brokenJson_throwsLoadException_atTheLineAndColumn() throws IOException {
    List<String> lines = Files.readAllLines(SAMPLE);
    Path broken = Files.write(dir.resolve("broken.json"), lines.subList(0, 100));

    LoadException stopped = catchThrowableOfType(() -> StandardsJson.readCatalogue(broken), LoadException.class);

    assertThat(stopped.stoppedBy()).hasValueSatisfying(i -> {
      assertThat(i.code()).isEqualTo(ReadCodes.JSON_SYNTAX);
      assertThat(i.position().orElseThrow().line()).isPresent();
    });
    assertThat(stopped.summaries().get(0).accepted()).isEqualTo(1);
  }

  @Test
  void readCatalogue_missingFile_throwsTheFileSystemsException_notALoadException() {
    IOException missing = catchThrowableOfType(() -> StandardsJson.readCatalogue(dir.resolve("none.json")),
        IOException.class);

    assertThat(missing).isNotInstanceOf(LoadException.class).isInstanceOf(java.nio.file.NoSuchFileException.class);
  }

  @Test
  void load_mapsTheAcceptedValues_keepingTheAccount() throws IOException {
    Loaded<List<Standard>> standards = StandardsJson.reader().open(SAMPLE).load();
    Loaded<StandardCatalogue> catalogue = standards.map(StandardCatalogue::of);

    assertThat(catalogue.value().standards()).isEqualTo(standards.value());
    assertThat(catalogue.summaries()).isEqualTo(standards.summaries());
    assertThat(catalogue.rejected()).isEqualTo(standards.rejected());
    assertThat(catalogue.issues()).isEqualTo(standards.issues());
  }

  @Test
  void loaded_refusesAnAccountThatDoesNotHoldTogether() throws IOException {
    Loaded<List<Standard>> loaded = StandardsJson.reader().open(SAMPLE).load();
    ReadSummary stopped = new ReadSummary("x", 0, 0, 0, java.util.Optional.of(Issue.of(Severity.FATAL, "c", "m")));

    assertThat(catchThrowableOfType(() -> new Loaded<>(loaded.value(), loaded.summaries(), List.of(),
        loaded.issues()), IllegalArgumentException.class)).hasMessageContaining("rejected rows lost");
    assertThat(catchThrowableOfType(() -> new Loaded<>(loaded.value(), List.of(stopped), List.of(), List.of()),
        IllegalArgumentException.class)).hasMessageContaining("read in part");
  }

  private static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
      zip.write(bytes);
    }
    return out.toByteArray();
  }
}
