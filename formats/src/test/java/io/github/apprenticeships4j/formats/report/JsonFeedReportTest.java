package io.github.apprenticeships4j.formats.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.core.validation.SourcePosition;
import io.github.apprenticeships4j.formats.ReadSummary;
import io.github.apprenticeships4j.formats.Row;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class JsonFeedReportTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  @Test
  void sampleWithErrors_everyRowWithItsLocatedErrors_andTheSummary() {
    ReportTestSupport.Written written = ReportTestSupport.report(
        ReportTestSupport.sample("sample-feed-with-errors.csv"), FeedReports::json);
    JsonNode json = MAPPER.readTree(written.text());

    assertThat(written.outcome()).isEqualTo(FeedOutcome.INVALID);
    assertThat(json.get("format").asString()).isEqualTo("apprenticeships4j-feed-report/1");
    assertThat(json.get("source").asString()).endsWith("sample-feed-with-errors.csv");
    assertThat(json.get("outcome").asString()).isEqualTo("invalid");
    JsonNode rows = json.get("rows");
    assertThat(rows).hasSize(9);
    List<Boolean> valid = new ArrayList<>();
    rows.forEach(r -> valid.add(r.get("valid").asBoolean()));
    assertThat(valid).containsExactly(true, false, false, false, false, false, false, false, true);

    JsonNode second = rows.get(1);
    assertThat(second.get("line").asLong()).isEqualTo(3);
    assertThat(second.get("row").asLong()).isEqualTo(2);
    JsonNode uln = second.get("errors").get(0);
    assertThat(uln.get("severity").asString()).isEqualTo("ERROR");
    assertThat(uln.get("rule").asString()).isEqualTo("ULN.CHECK_DIGIT");
    assertThat(uln.get("field").asString()).isEqualTo("ULN");
    assertThat(uln.get("message").asString()).isEqualTo("The <b>unique learner number</b> of 1272117936 isn't valid");
    assertThat(uln.get("property").asString()).isEqualTo("Uln");
    assertThat(uln.get("column").asLong()).isEqualTo(9);
    assertThat(second.get("warnings").get(0).get("rule").asString()).isEqualTo("feed.uln.ilr-uln04");
    assertThat(rows.get(8).get("errors")).isEmpty();
    assertThat(rows.get(8).get("warnings").get(0).get("rule").asString()).isEqualTo("feed.price.above-cap");

    JsonNode summary = json.get("summary");
    assertThat(summary.get("read").asLong()).isEqualTo(9);
    assertThat(summary.get("accepted").asLong()).isEqualTo(2);
    assertThat(summary.get("rejected").asLong()).isEqualTo(7);
    assertThat(summary.get("complete").asBoolean()).isTrue();
    assertThat(summary.get("stoppedBy").isNull()).isTrue();
    assertThat(json.get("fileIssues")).isEmpty();
  }

  @Test
  void validSample_isValid_withEmptyErrors() {
    ReportTestSupport.Written written = ReportTestSupport.report(
        ReportTestSupport.sample("sample-feed.csv"), FeedReports::json);
    JsonNode json = MAPPER.readTree(written.text());

    assertThat(written.outcome()).isEqualTo(FeedOutcome.VALID);
    assertThat(json.get("outcome").asString()).isEqualTo("valid");
    assertThat(json.get("rows")).hasSize(12).allSatisfy(r -> {
      assertThat(r.get("valid").asBoolean()).isTrue();
      assertThat(r.get("errors")).isEmpty();
    });
    assertThat(json.get("summary").get("read").asLong()).isEqualTo(12);
    assertThat(json.get("summary").get("accepted").asLong()).isEqualTo(12);
  }

  @Test
  void headerInvalid_isUnreadable_withTheFatalFindingInTheFileIssuesAndSummary() {
    ReportTestSupport.Written written = ReportTestSupport.report(
        ReportTestSupport.HEADER.replace("ULN,", "Learner,") + "\n,X\n", FeedReports::json);
    JsonNode json = MAPPER.readTree(written.text());

    assertThat(written.outcome()).isEqualTo(FeedOutcome.UNREADABLE);
    assertThat(json.get("outcome").asString()).isEqualTo("unreadable");
    assertThat(json.get("rows")).isEmpty();
    assertThat(json.get("summary").get("complete").asBoolean()).isFalse();
    assertThat(json.get("summary").get("stoppedBy").get("rule").asString()).isEqualTo("FILE.HEADER_INVALID");
    List<String> rules = new ArrayList<>();
    json.get("fileIssues").forEach(i -> rules.add(i.get("rule").asString()));
    assertThat(rules).containsOnlyOnce("FILE.HEADER_INVALID");
  }

  @Test
  void eachRow_isWrittenWhenGiven_notAtTheEnd() {
    StringWriter out = new StringWriter();
    FeedReport report = FeedReports.json(out);
    report.start("feed.csv");
    report.row(new Row.Rejected<>(SourcePosition.at("feed.csv", 2, 1).inRecord(1), List.of("x"),
        List.of(Issue.error("RULE", "bad \"quoted\" value\n"))));
    assertThat(out.toString()).contains("\"rule\":\"RULE\"");
    report.finish(new ReadSummary("feed.csv", 1, 0, 1, Optional.empty()), List.of(), Map.of("A.RULE", "needs x"));
    JsonNode json = MAPPER.readTree(out.toString());
    assertThat(json.get("rows").get(0).get("errors").get(0).get("message").asString())
        .isEqualTo("bad \"quoted\" value\n");
    assertThat(json.get("rows").get(0).get("errors").get(0).get("field").asString()).isEmpty();
    assertThat(json.get("notChecked").get("A.RULE").asString()).isEqualTo("needs x");
  }
}
