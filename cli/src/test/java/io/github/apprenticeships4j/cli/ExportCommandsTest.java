package io.github.apprenticeships4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.apprenticeships4j.cli.A4jTest.Result;
import io.github.apprenticeships4j.core.career.Framework;
import io.github.apprenticeships4j.core.standard.Standard;
import io.github.apprenticeships4j.core.standard.StandardReference;
import io.github.apprenticeships4j.core.standard.StandardVersion;
import io.github.apprenticeships4j.examples.CareerData;
import io.github.apprenticeships4j.formats.casejson.CaseJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code a4j standards export} and {@code a4j career export}: CASE packages on standard output or in a file. */
class ExportCommandsTest {
  @TempDir
  Path dir;

  static Standard bundled(String reference, String version) throws IOException {
    return StandardsCommand.load(Optional.empty()).catalogue().find(StandardReference.parse(reference),
        StandardVersion.parse(version)).orElseThrow();
  }

  static Standard readStandard(String json) throws IOException {
    return CaseJson.readStandard(CaseJson.standardReader().open(new ByteArrayInputStream(json.getBytes(
        StandardCharsets.UTF_8)), "out.json")).value();
  }

  @Test
  void standardsExport_printsThePackageOfTheVersion() throws IOException {
    Result result = A4jTest.run("standards", "export", "ST1398", "--standard-version", "1.0", "--format", "case");

    assertThat(result.exitCode()).isEqualTo(A4j.OK);
    assertThat(result.out()).contains("\"caseVersion\" : \"1.1\"");
    assertThat(readStandard(result.out())).isEqualTo(bundled("ST1398", "1.0"));
  }

  @Test
  void standardsExport_withoutVersion_saysOnStandardErrorWhichItTook() throws IOException {
    Result result = A4jTest.run("standards", "export", "ST1398", "--on", "2025-09-01");

    assertThat(result.exitCode()).isEqualTo(A4j.OK);
    assertThat(result.err()).startsWith("Version for starts on 2025-09-01: ST1398 1.0");
    assertThat(readStandard(result.out()).version()).isEqualTo(StandardVersion.parse("1.0"));
  }

  @Test
  void standardsExport_toAFile_printsNothing() throws IOException {
    Path file = dir.resolve("st1398.json");

    Result result = A4jTest.run("standards", "export", "ST1398", "--standard-version", "1.0", "--out", file
        .toString());

    assertThat(result.exitCode()).isEqualTo(A4j.OK);
    assertThat(result.out()).isEmpty();
    assertThat(CaseJson.readStandard(file).value()).isEqualTo(bundled("ST1398", "1.0"));
  }

  @Test
  void standardsExport_ofAVersionNotInTheData_exitsWith1() {
    Result result = A4jTest.run("standards", "export", "ST1398", "--standard-version", "9.9");

    assertThat(result.exitCode()).isEqualTo(A4j.ERRORS);
    assertThat(result.err()).contains("no ST1398 version 9.9");
  }

  @Test
  void anUnknownFormat_isAWrongCommandLine() {
    assertThat(A4jTest.run("standards", "export", "ST1398", "--format", "xml").exitCode()).isEqualTo(A4j.UNREADABLE);
    assertThat(A4jTest.run("career", "export", "--format", "xml").exitCode()).isEqualTo(A4j.UNREADABLE);
  }

  @Test
  void careerExport_writesTheDdatFramework() throws IOException {
    Path file = dir.resolve("ddat.json");

    Result result = A4jTest.run("career", "export", "--format", "case", "--out", file.toString());

    assertThat(result.exitCode()).isEqualTo(A4j.OK);
    Framework framework = CaseJson.readFramework(file).value();
    assertThat(framework).isEqualTo(CareerData.ddat().value());
    assertThat(Files.readString(file)).contains("\"CFItemType\" : \"Role level\"");
  }

  @Test
  void careerExport_ofTheLadder_printsIt() {
    Result result = A4jTest.run("career", "export", "--ladder");

    assertThat(result.exitCode()).isEqualTo(A4j.OK);
    assertThat(result.out()).contains("\"CFDocument\"");
  }
}
