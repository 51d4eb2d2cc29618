package io.github.apprenticeships4j.formats.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.apprenticeships4j.core.standard.Standard;
import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.formats.ReadCodes;
import io.github.apprenticeships4j.formats.ReadSummary;
import io.github.apprenticeships4j.formats.RecordReader;
import io.github.apprenticeships4j.formats.Row;
import io.github.apprenticeships4j.formats.json.StandardsJson;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The records bound straight from jackson-core's tokens (#10): what Jackson's data binding did is kept, and the few
 * inputs that used to end the whole read with a misleading {@code json.syntax} now reject only their record.
 */
@Timeout(30)
class StreamingBindingTest {
  static final String GOOD = "{\"referenceNumber\":\"ST0002\",\"version\":\"1.0\",\"title\":\"Next\",\"level\":3}";

  record Read(List<Row<Standard>> rows, ReadSummary summary) {}

  static Read read(String json) {
    try (RecordReader<Standard> reader = StandardsJson.reader()
        .open(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "t.json")) {
      return new Read(reader.rows().collect(Collectors.toList()), reader.summary());
    }
  }

  static Read withField(String field, String value) {
    return read("[{\"referenceNumber\":\"ST0001\",\"version\":\"1.0\",\"" + field + "\":" + value + "}," + GOOD + "]");
  }

  @Test
  void valuesThatUsedToEndTheRead_nowRejectOnlyTheirRecord() {
    for (String[] c : new String[][] {{"maxFunding", "{}", ReadCodes.JSON_NUMBER_FORMAT},
        {"maxFunding", "[]", ReadCodes.JSON_NUMBER_FORMAT}, {"maxFunding", "1e400", ReadCodes.JSON_NUMBER_FORMAT},
        {"larsCode", "18446744073709551616", "standard.lars-code.range"}}) {
      Read read = withField(c[0], c[1]);
      assertThat(read.summary().complete()).as(c[1]).isTrue();
      assertThat(read.summary().toString()).isEqualTo("t.json: 2 read, 1 accepted, 1 rejected");
      assertThat(read.rows().get(0).issues()).extracting(Issue::code, Issue::path).containsExactly(tuple(c[2], c[0]));
    }
  }

  @Test
  void anAmountBeyondAnyDouble_isRefused_evenAsAString() {
    assertThat(withField("maxFunding", "\"1e999999999\"").rows().get(0).issues()).extracting(Issue::code)
        .containsExactly(ReadCodes.JSON_NUMBER_FORMAT);
  }

  @Test
  void amounts_areExact_andRejectedNumbersAreEchoedAsBefore() {
    Standard standard = ((Row.Accepted<Standard>) withField("maxFunding", "22000.50").rows().get(0)).value();
    assertThat(standard.maxFunding()).isEqualTo(new BigDecimal("22000.50"));
    assertThat(withField("level", "1e2").rows().get(0).issues()).singleElement()
        .satisfies(i -> assertThat(i.rejectedValue()).contains("100.0"));
    assertThat(withField("level", "{\"a\":[1,\"x\\u0001\"]}").rows().get(0).issues()).singleElement()
        .satisfies(i -> assertThat(i.rejectedValue()).contains("{\"a\":[1,\"x\\u0001\"]}"));
  }

  @Test
  void wrongJsonTypes_arePathedAsBefore_withoutJavaTypeNames() {
    assertThat(withField("knowledges", "[{\"skillId\":{}}]").rows().get(0).issues()).singleElement().satisfies(i -> {
      assertThat(i.code()).isEqualTo(ReadCodes.JSON_FIELD_TYPE);
      assertThat(i.path()).isEqualTo("knowledges[0].skillId");
      assertThat(i.message())
          .isEqualTo("knowledges[0].skillId has the wrong JSON type: expected a string, found an object");
    });
    // Jackson read an inner list of strings into the outer one and then failed on the enclosing object: kept.
    assertThat(withField("duties", "[{\"mappedKnowledge\":[[\"a\",\"b\"]]}]").rows().get(0).issues())
        .extracting(Issue::path).containsExactly("duties[0]");
  }

  @Test
  void scalarsCoerceAsBefore() {
    Standard standard = ((Row.Accepted<Standard>) withField("title", "1.50").rows().get(0)).value();
    assertThat(standard.title()).isEqualTo("1.50");
    assertThat(((Row.Accepted<Standard>) read("{\"referenceNumber\":\"ST0001\",\"version\":\"1.0\",\"title\":\"A\","
        + "\"title\":\"B\",\"eqaProvider\":{\"providerName\":\" Ofqual \"}}").rows().get(0)).value())
        .satisfies(s -> {
          assertThat(s.title()).isEqualTo("B");
          assertThat(s.eqaProvider()).contains("Ofqual");
        });
  }
}
