package io.github.apprenticeships4j.core.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedRecordTest {
  @Test
  void valuesInTemplateOrder_makeTheSameRecord_asAMapOfThem() {
    List<String> values = new ArrayList<>();
    for (FeedColumn column : FeedColumn.TEMPLATE_ORDER) {
      values.add(FeedFixtures.VALID.get(column));
    }
    assertThat(FeedRecord.of(values)).isEqualTo(FeedFixtures.VALID)
        .isEqualTo(FeedRecord.of(FeedFixtures.VALID.toMap()));
  }

  @Test
  void valuesInTemplateOrder_areNormalisedAsTheServiceDoes() {
    List<String> values = new ArrayList<>(Collections.nCopies(FeedColumn.TEMPLATE_ORDER.size(), " "));
    values.set(FeedColumn.TEMPLATE_ORDER.indexOf(FeedColumn.GIVEN_NAMES), "\tJo\tAnn\u00A0");
    FeedRecord record = FeedRecord.of(values);
    assertThat(record.get(FeedColumn.GIVEN_NAMES)).isEqualTo("Jo Ann");
    assertThat(record.isBlank(FeedColumn.ULN)).isTrue();
  }

  @Test
  void valuesInTemplateOrder_mustBeOneForEachColumn() {
    assertThatThrownBy(() -> FeedRecord.of(List.of("a", "b"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a record has 19 values, not 2");
  }
}
