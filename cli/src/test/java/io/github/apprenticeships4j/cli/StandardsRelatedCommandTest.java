package io.github.apprenticeships4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.apprenticeships4j.cli.A4jTest.Result;
import org.junit.jupiter.api.Test;

class StandardsRelatedCommandTest {
  static final String NATIONAL = FundingCommandTest.NATIONAL.toString();

  @Test
  void related_listsTheTopStandards_withScoresAndReasons() {
    Result result = A4jTest.run("standards", "related", "ST1398", "--limit", "3", "--on", "2026-09-15",
        "--standards", NATIONAL);

    assertThat(result.exitCode()).as(result.err()).isEqualTo(A4j.OK);
    assertThat(result.out().lines()).containsExactly(
        "Version for starts on 2026-09-15: ST1398 1.0 (approved for delivery; starts from 2024-12-18 to 2026-12-10;"
            + " newer version 2.0 is In development)",
        "Related to ST1398 1.0 Machine learning engineer: 3 of 55, highest score first",
        " 1. ST1409 1.1 Advanced digital forensic professional, level 7: score 7.205, same cluster, same pathway, "
            + "same route, 152 shared KSB terms (similarity 0.205)",
        " 2. ST0585 1.1 Data scientist (integrated degree), level 6: score 7.195, same cluster, same pathway, same "
            + "route, 123 shared KSB terms (similarity 0.195)",
        " 3. ST0763 1.0 Artificial intelligence (AI) data specialist, level 7: score 3.332, same pathway, same "
            + "route, 208 shared KSB terms (similarity 0.332)");
  }

  @Test
  void related_printsOneJsonObject_withFormatJson() {
    Result result = A4jTest.run("standards", "related", "ST1398", "--limit", "1", "--format", "json", "--on",
        "2026-09-15", "--standards", NATIONAL);

    assertThat(result.exitCode()).as(result.err()).isEqualTo(A4j.OK);
    assertThat(result.out().strip()).isEqualTo("{\"reference\":\"ST1398\",\"version\":\"1.0\",\"title\":\"Machine "
        + "learning engineer\",\"total\":55,\"related\":[{\"reference\":\"ST1409\",\"version\":\"1.1\",\"title\":"
        + "\"Advanced digital forensic professional\",\"level\":7,\"score\":7.205,\"reasons\":[\"same-cluster\","
        + "\"same-pathway\",\"same-route\",\"shared-ksb-terms\"],\"sharedTerms\":152,\"similarity\":0.205}]}");
  }

  @Test
  void related_ofTheBundledDigitalRoute_byDefault_listsTen() {
    Result result = A4jTest.run("standards", "related", "ST1398", "--on", "2026-09-15");

    assertThat(result.exitCode()).as(result.err()).isEqualTo(A4j.OK);
    assertThat(result.out().lines().filter(l -> l.matches(" ?\\d+\\. ST\\d{4} .*"))).hasSize(10);
    assertThat(result.out()).contains(" 1. ST1409 1.1 Advanced digital forensic professional");
  }

  @Test
  void related_ofAStandardNotInTheInput_exitsOne() {
    Result result = A4jTest.run("standards", "related", "ST9999");

    assertThat(result.exitCode()).isEqualTo(A4j.ERRORS);
    assertThat(result.err()).contains("a4j: no ST9999 in the input");
  }

  @Test
  void related_refusesAMalformedReference_andALimitBelowOne() {
    Result badReference = A4jTest.run("standards", "related", "XX1");
    Result badLimit = A4jTest.run("standards", "related", "ST1398", "--limit", "0");

    assertThat(badReference.exitCode()).isEqualTo(A4j.UNREADABLE);
    assertThat(badReference.err()).startsWith("a4j: ");
    assertThat(badLimit.exitCode()).isEqualTo(A4j.UNREADABLE);
    assertThat(badLimit.err()).contains("--limit must be at least 1, not 0");
  }

  @Test
  void related_ofAnUnreadableFile_exitsTwo() {
    Result result = A4jTest.run("standards", "related", "ST1398", "--standards", "no/such/file.json");

    assertThat(result.exitCode()).isEqualTo(A4j.UNREADABLE);
    assertThat(result.err()).contains("a4j: cannot read no/such/file.json: no such file");
  }
}
