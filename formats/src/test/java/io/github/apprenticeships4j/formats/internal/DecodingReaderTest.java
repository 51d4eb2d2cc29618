package io.github.apprenticeships4j.formats.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DecodingReaderTest {
  private static final byte[] ZOE_IN_WINDOWS_1252 = {'Z', 'o', (byte) 0xEB, ',', (byte) 0x81, (byte) 0xE9, 'x'};

  @Test
  void strict_throwsAtTheFirstByteThatIsNotText_afterDeliveringTheTextBefore() throws IOException {
    DecodingReader reader = new DecodingReader(new ByteArrayInputStream(ZOE_IN_WINDOWS_1252), StandardCharsets.UTF_8);
    char[] buffer = new char[16];

    assertThat(reader.read(buffer, 0, 16)).isEqualTo(2);
    assertThatThrownBy(() -> reader.read(buffer, 0, 16)).isInstanceOf(CharacterCodingException.class)
        .hasMessageContaining("0xEB").hasMessageContaining("byte offset 2");
    assertThat(reader.takeReplacementsBefore(Long.MAX_VALUE)).isEmpty();
  }

  @Test
  void replacing_deliversOneReplacementCharacterPerBadSequence_andRemembersWhere() throws IOException {
    DecodingReader reader = DecodingReader.replacing(new ByteArrayInputStream(ZOE_IN_WINDOWS_1252),
        StandardCharsets.UTF_8);
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[1]; // one character a read: a replacement never finds the output full
    int n;
    while ((n = reader.read(buffer, 0, 1)) >= 0) {
      text.append(buffer, 0, n);
    }

    assertThat(text).hasToString("Zo\uFFFD,\uFFFD\uFFFDx");
    assertThat(reader.charset()).isEqualTo(StandardCharsets.UTF_8);
    var first = reader.takeReplacementsBefore(3);
    assertThat(first).singleElement().satisfies(r -> {
      assertThat(r.charOffset()).isEqualTo(2);
      assertThat(r.byteOffset()).isEqualTo(2);
      assertThat(r.hex()).isEqualTo("0xEB");
      assertThat(r.decodedAs(Charset.forName("windows-1252"))).isEqualTo("ë");
    });
    var rest = reader.takeReplacementsBefore(Long.MAX_VALUE);
    assertThat(rest).extracting(DecodingReader.Replacement::hex).containsExactly("0x81", "0xE9");
    assertThat(rest.peekFirst().decodedAs(Charset.forName("windows-1252"))).isNull();
    assertThat(rest.peekLast().byteOffset()).isEqualTo(5);
    assertThat(rest.peekLast().charOffset()).isEqualTo(5);
  }

  @Test
  void replacing_readsATruncatedSequenceAtTheEnd_asOneReplacement() throws IOException {
    DecodingReader reader = DecodingReader.replacing(new ByteArrayInputStream(new byte[] {'a', (byte) 0xC3}),
        StandardCharsets.UTF_8);
    char[] buffer = new char[8];
    StringBuilder text = new StringBuilder();
    int n;
    while ((n = reader.read(buffer, 0, 8)) >= 0) {
      text.append(buffer, 0, n);
    }

    assertThat(text).hasToString("a\uFFFD");
    assertThat(reader.takeReplacementsBefore(2)).singleElement()
        .satisfies(r -> assertThat(r.hex()).isEqualTo("0xC3"));
    assertThat(reader.bytesRead()).isEqualTo(2);
  }
}
