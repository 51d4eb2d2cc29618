package io.github.apprenticeships4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

  @TempDir Path dir;

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
  void lookUp_printsTheMachineLearningEngineer() throws IOException {
    Path file = digital();
    String out = run(w -> ReadmeSnippets.lookUp(file, w));

    assertThat(out).contains("Machine learning engineer, LARS code 795, Level 6 (Degree")
        .contains("24 months, cap £22000.00")
        .contains("level 6 Digital standards mention machine learning");
  }

  @Test
  void stream_reportsTheSummary() throws IOException {
    Path file = digital();
    assertThat(run(w -> ReadmeSnippets.stream(file, w))).contains("99 read, 99 accepted, 0 rejected");
  }

  @Test
  void validateAndCompare_printsFindingsAndTheDiff() throws IOException {
    String out = run(w -> ReadmeSnippets.validateAndCompare(BundledData.digitalStandards().catalogue(), w));
    assertThat(out).contains("S1002: 1").contains("maxFunding: 12000.00 -> 13000.00").contains("KSBs added");
  }

  @Test
  void feed_printsTheRejectedRowsAndTheSummary() throws IOException {
    Path file = dir.resolve("feed.csv");
    try (InputStream in = ReadmeSnippetsTest.class.getResourceAsStream("/provider-feed/sample-feed-with-errors.csv")) {
      Files.copy(in, file);
    }
    String out = run(w -> ReadmeSnippets.feed(file, BundledData.digitalStandards().catalogue(), w));
    assertThat(out).contains("ERROR ULN.CHECK_DIGIT Uln: The <b>unique learner number</b> of 1272117936 isn't valid")
        .contains("(record 2, field ULN)").contains("9 read");
  }

  private static String normalise(String text) {
    return text.lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.joining("\n"));
  }
}
