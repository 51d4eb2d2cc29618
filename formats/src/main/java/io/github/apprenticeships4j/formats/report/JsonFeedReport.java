package io.github.apprenticeships4j.formats.report;

import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.formats.ReadSummary;
import io.github.apprenticeships4j.formats.Row;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.MinimalPrettyPrinter;

/** The JSON report (see {@link FeedReports}), written with Jackson's streaming generator. */
final class JsonFeedReport implements FeedReport {
  private static final JsonFactory FACTORY = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .build();

  private final Writer target;
  private final JsonGenerator json;

  JsonFeedReport(Writer out) {
    this.target = out;
    this.json = FACTORY.createGenerator(new ObjectWriteContext.Base() {
      @Override
      public PrettyPrinter getPrettyPrinter() {
        return new RowPerLine();
      }

      @Override
      public boolean hasPrettyPrinter() {
        return true;
      }
    }, out);
  }

  @Override
  public void start(String source) {
    guard(() -> {
      json.writeStartObject();
      json.writeStringProperty("format", FeedReports.JSON_FORMAT);
      json.writeStringProperty("source", source);
      json.writeName("rows");
      json.writeStartArray();
      json.flush();
    });
  }

  @Override
  public void row(Row<?> row) {
    guard(() -> {
      json.writeStartObject();
      row.position().line().ifPresentOrElse(l -> json.writeNumberProperty("line", l), () -> json.writeNullProperty(
          "line"));
      row.position().record().ifPresentOrElse(r -> json.writeNumberProperty("row", r),
          () -> json.writeNullProperty("row"));
      json.writeBooleanProperty("valid", row.isAccepted());
      findings("errors", row.issues(), true);
      findings("warnings", row.issues(), false);
      json.writeEndObject();
      json.flush();
    });
  }

  @Override
  public FeedOutcome finish(ReadSummary summary, List<Issue> fileIssues, Map<String, String> notChecked) {
    FeedOutcome outcome = FeedOutcome.of(summary, fileIssues);
    guard(() -> {
      json.writeEndArray();
      json.writeName("fileIssues");
      json.writeStartArray();
      for (Issue issue : FeedReports.fileFindings(summary, fileIssues)) {
        finding(issue);
      }
      json.writeEndArray();
      json.writeName("notChecked");
      json.writeStartObject();
      for (Map.Entry<String, String> rule : notChecked.entrySet()) {
        json.writeStringProperty(rule.getKey(), rule.getValue());
      }
      json.writeEndObject();
      json.writeName("summary");
      json.writeStartObject();
      json.writeNumberProperty("read", summary.read());
      json.writeNumberProperty("accepted", summary.accepted());
      json.writeNumberProperty("rejected", summary.rejected());
      json.writeBooleanProperty("complete", summary.complete());
      json.writeName("stoppedBy");
      if (summary.stoppedBy().isPresent()) {
        finding(summary.stoppedBy().get());
      } else {
        json.writeNull();
      }
      json.writeEndObject();
      json.writeStringProperty("outcome", outcome.toString());
      json.writeEndObject();
      json.flush();
    });
    FeedReports.write(target, "\n");
    FeedReports.flush(target);
    return outcome;
  }

  private void findings(String name, List<Issue> issues, boolean errors) {
    json.writeName(name);
    json.writeStartArray();
    for (Issue issue : issues) {
      if (FeedReports.isError(issue) == errors) {
        finding(issue);
      }
    }
    json.writeEndArray();
  }

  private void finding(Issue issue) {
    json.writeStartObject();
    json.writeStringProperty("severity", issue.severity().name());
    json.writeStringProperty("rule", issue.code());
    json.writeStringProperty("field", FeedReports.field(issue));
    json.writeStringProperty("message", issue.message());
    if (!issue.path().isEmpty()) {
      json.writeStringProperty("property", issue.path());
    }
    issue.position().ifPresent(p -> {
      if (p.record().isEmpty()) {
        p.line().ifPresent(l -> json.writeNumberProperty("line", l));
      }
      p.column().ifPresent(c -> json.writeNumberProperty("column", c));
    });
    issue.rejectedValue().ifPresent(v -> json.writeStringProperty("value", v));
    json.writeEndObject();
  }

  /** Compact JSON with each property of the report, and each row and file finding, on a line of its own. */
  private static final class RowPerLine extends MinimalPrettyPrinter {
    private static final long serialVersionUID = 1L;

    private static int depth(JsonGenerator g) {
      return g.streamWriteContext().getNestingDepth();
    }

    @Override
    public void beforeObjectEntries(JsonGenerator g) {
      if (depth(g) == 1) {
        g.writeRaw('\n');
      }
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) {
      g.writeRaw(depth(g) == 1 ? ",\n" : ",");
    }

    @Override
    public void writeEndObject(JsonGenerator g, int entries) {
      g.writeRaw(depth(g) == 1 ? "\n}" : "}");
    }

    @Override
    public void beforeArrayValues(JsonGenerator g) {
      if (depth(g) == 2) {
        g.writeRaw('\n');
      }
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) {
      g.writeRaw(depth(g) == 2 ? ",\n" : ",");
    }

    @Override
    public void writeEndArray(JsonGenerator g, int values) {
      g.writeRaw(depth(g) == 2 && values > 0 ? "\n]" : "]");
    }
  }

  private static void guard(Runnable write) {
    try {
      write.run();
    } catch (JacksonException e) {
      throw e.getCause() instanceof IOException io ? new UncheckedIOException(io) : e;
    }
  }
}
