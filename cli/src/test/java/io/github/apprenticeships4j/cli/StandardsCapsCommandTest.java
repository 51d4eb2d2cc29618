package io.github.apprenticeships4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.apprenticeships4j.cli.A4jTest.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StandardsCapsCommandTest {
  @TempDir
  Path dir;

  @Test
  void caps_printsEachVersionsWindowCapAndBand() {
    Result result = A4jTest.run("standards", "caps", "st0116", "--standards", FundingCommandTest.NATIONAL.toString());

    assertThat(result.exitCode()).as(result.err()).isEqualTo(A4j.OK);
    assertThat(result.out().lines()).containsExactly(
        "ST0116 Software developer: 3 approved versions with start dates",
        "1.0   2014-11-12..2021-05-31  18000.00  15-band band 12",
        "1.1   2021-06-01..2025-12-09  18000.00  30-band band 21",
        "1.2   2025-12-10..            18000.00  30-band band 21");
  }

  @Test
  void caps_reportsACapThatIsNoBandsMaximum() {
    Result result = A4jTest.run("standards", "caps", "ST0067", "--standards", FundingCommandTest.NATIONAL.toString());

    assertThat(result.exitCode()).as(result.err()).isEqualTo(A4j.OK);
    assertThat(result.out().lines()).contains("1.0   2016-09-07..2019-06-30   8000.00  no band",
        "1.1   2019-07-01..2022-08-21  16000.00  30-band band 19");
    assertThat(result.out()).contains("funding.band.cap-unmatched").contains("ST0067_1.0");
  }

  @Test
  void caps_ofTheBundledDigitalRoute_andWhatCannotBeShown() throws IOException {
    assertThat(A4jTest.run("standards", "caps", "ST1398").out()).contains("1.0   2024-12-18..2026-12-10  22000.00  "
        + "30-band band 25");
    Result unknown = A4jTest.run("standards", "caps", "ST9999");
    assertThat(unknown.exitCode()).isEqualTo(A4j.ERRORS);
    assertThat(unknown.err()).contains("no approved version of ST9999");
    assertThat(A4jTest.run("standards", "caps", "XX1").exitCode()).isEqualTo(A4j.UNREADABLE);
    Result noBands = A4jTest.run("standards", "caps", "ST1398", "--bands", dir.resolve("none.csv").toString());
    assertThat(noBands.exitCode()).isEqualTo(A4j.UNREADABLE);
    Path badBands = Files.writeString(dir.resolve("bands.csv"), "structure,band,upper_limit_gbp\n"
        + "30-band,1,1500\n30-band (new starts from 1 Aug 2018),25,22000\n");
    Result bad = A4jTest.run("standards", "caps", "ST1398", "--bands", badBands.toString());
    assertThat(bad.exitCode()).as("a table with a rejected row would report false disagreements")
        .isEqualTo(A4j.ERRORS);
    assertThat(bad.err()).contains("csv.value.unknown").contains("rejected rows");
    assertThat(bad.out()).isEmpty();
    Path notStandards = Files.writeString(dir.resolve("funding.json"), "[{\"startDate\": \"2025-09-01\"}]");
    Result wrongFile = A4jTest.run("standards", "caps", "ST1398", "--standards", notStandards.toString());
    assertThat(wrongFile.exitCode()).isEqualTo(A4j.UNREADABLE);
    assertThat(wrongFile.err()).contains("standards left out").contains("no standard could be read");
    Path notCsv = Files.writeString(dir.resolve("empty.csv"), "");
    assertThat(A4jTest.run("standards", "caps", "ST1398", "--bands", notCsv.toString()).exitCode())
        .isEqualTo(A4j.UNREADABLE);
  }

  @Test
  void show_takesTheStandardsFile_underTheSameOptionAsCapsAndFunding() {
    Result byStandards = A4jTest.run("standards", "show", "ST0116", "--standards",
        FundingCommandTest.NATIONAL.toString());
    Result byFile = A4jTest.run("standards", "show", "ST0116", "--file", FundingCommandTest.NATIONAL.toString());

    assertThat(byStandards.exitCode()).as(byStandards.err()).isEqualTo(A4j.OK);
    assertThat(byStandards.out()).contains("ST0116").isEqualTo(byFile.out());
  }
}
