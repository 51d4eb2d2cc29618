package io.github.apprenticeships4j.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SourcePositionTest {

  @Test
  void toString_withSourceOnly_isTheSource() {
    assertThat(SourcePosition.of("standards.json.gz").toString()).isEqualTo("standards.json.gz");
  }

  @Test
  void toString_withLineAndColumn() {
    assertThat(SourcePosition.at("standards.json", 12, 5).toString()).isEqualTo("standards.json:12:5");
  }

  @Test
  void toString_withRecordAndField() {
    SourcePosition position = SourcePosition.at("standards.json", 12, 5).inRecord(3).atField("duties[0]");

    assertThat(position.toString()).isEqualTo("standards.json:12:5 (record 3, field duties[0])");
  }

  @Test
  void toString_withRecordOnly_orFieldOnly() {
    assertThat(SourcePosition.at("f.csv", 4, 1).inRecord(3).toString()).isEqualTo("f.csv:4:1 (record 3)");
    assertThat(SourcePosition.of("f.json").atField("title").toString()).isEqualTo("f.json (field title)");
  }

  @Test
  void copies_setOneAttribute_leavingTheOriginal() {
    SourcePosition original = SourcePosition.at("f.csv", 4, 1);

    SourcePosition inRecord = original.inRecord(3);

    assertThat(inRecord.record()).hasValue(3);
    assertThat(inRecord.line()).hasValue(4);
    assertThat(inRecord.column()).hasValue(1);
    assertThat(original.record()).isEmpty();
    assertThat(inRecord).isNotEqualTo(original).isEqualTo(SourcePosition.at("f.csv", 4, 1).inRecord(3));
  }
}
