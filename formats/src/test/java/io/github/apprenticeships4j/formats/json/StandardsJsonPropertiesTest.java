package io.github.apprenticeships4j.formats.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.apprenticeships4j.core.standard.Ksb;
import io.github.apprenticeships4j.core.standard.Standard;
import io.github.apprenticeships4j.formats.ReadSummary;
import io.github.apprenticeships4j.formats.ReaderInvariants;
import io.github.apprenticeships4j.formats.Row;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import tools.jackson.databind.json.JsonMapper;

class StandardsJsonPropertiesTest {
  static final JsonMapper JSON = JsonMapper.builder().build();

  /** A valid record with the given number and KSB texts. */
  static Map<String, Object> goodRecord(int number, List<String> knowledge) {
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("referenceNumber", String.format(Locale.ROOT, "ST%04d", number % 10_000));
    record.put("version", "1." + (number / 10_000));
    record.put("title", "Standard " + number);
    record.put("level", 2 + number % 6);
    List<Map<String, String>> items = new ArrayList<>();
    for (int i = 0; i < knowledge.size(); i++) {
      items.add(Map.of("knowledgeId", "k-" + number + "-" + i, "detail", knowledge.get(i)));
    }
    record.put("knowledges", items);
    return record;
  }

  /** A record broken in one of several ways, each of which must reject it. */
  static Object badRecord(int number, int way) {
    Map<String, Object> record = goodRecord(number, List.of());
    switch (way % 5) {
      case 0:
        record.put("referenceNumber", "X" + number);
        break;
      case 1:
        record.put("version", "v" + number);
        break;
      case 2:
        record.put("level", "level " + number);
        break;
      case 3:
        record.put("knowledges", "none");
        break;
      default:
        return number;
    }
    return record;
  }

  static Gen<List<Integer>> layouts() {
    // Each element: negative = a bad record made in way -n, non-negative = a good record.
    return lists().of(integers().between(-5, 20)).ofSizeBetween(0, 40);
  }

  @Test
  void generatedRecords_keepTheReaderContract_andOnlyTheBadOnesAreRejected() {
    qt().withExamples(300).forAll(layouts()).checkAssert(layout -> {
      List<Object> records = new ArrayList<>();
      for (int i = 0; i < layout.size(); i++) {
        records.add(layout.get(i) >= 0 ? goodRecord(i, List.of("text " + i)) : badRecord(i, -layout.get(i)));
      }
      long good = layout.stream().filter(n -> n >= 0).count();

      List<Row<Standard>> rows = new ArrayList<>();
      ReadSummary summary = ReaderInvariants.readAll(StandardsJson.reader()
          .open(new ByteArrayInputStream(JSON.writeValueAsBytes(records)), "generated.json"), rows::add);

      assertThat(summary.complete()).isTrue();
      assertThat(summary.read()).isEqualTo(layout.size());
      assertThat(summary.accepted()).isEqualTo(good);
      for (int i = 0; i < layout.size(); i++) {
        assertThat(rows.get(i).isAccepted()).isEqualTo(layout.get(i) >= 0);
      }
    });
  }

  /** KSB texts without '&', which the reader would decode as HTML character references. */
  @Test
  void ksbCodes_areStableUnderRereading_aloneOrInAList() {
    qt().withExamples(300).forAll(lists().of(strings().basicLatinAlphabet().ofLengthBetween(1, 30)
        .map(text -> text.replace('&', '+'))).ofSizeBetween(0, 25),
        integers().between(0, 9))
        .checkAssert((texts, position) -> {
          Map<String, Object> record = goodRecord(1398, texts);
          List<Object> list = new ArrayList<>();
          for (int i = 0; i < 10; i++) {
            list.add(i == position ? record : goodRecord(2000 + i, List.of("other")));
          }

          Standard alone = StandardsJsonTest.read(JSON.writeValueAsBytes(record), "one.json").only();
          Row<Standard> inList = StandardsJsonTest.read(JSON.writeValueAsBytes(list), "list.json").rows().get(position);
          Standard again = inList.valueIfAccepted().orElseThrow();

          List<String> expected = new ArrayList<>();
          for (int i = 1; i <= texts.size(); i++) {
            expected.add("K" + i);
          }
          assertThat(alone.ksbs()).extracting(Ksb::code).containsExactlyElementsOf(expected);
          assertThat(alone.ksbs()).extracting(Ksb::text).containsExactlyElementsOf(texts);
          assertThat(again.ksbs()).isEqualTo(alone.ksbs());
        });
  }
}
