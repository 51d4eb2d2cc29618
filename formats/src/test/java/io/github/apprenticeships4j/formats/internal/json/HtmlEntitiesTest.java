package io.github.apprenticeships4j.formats.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HtmlEntitiesTest {
  @Test
  void aTextWithoutAmpersand_isReturnedAsItIs() {
    String text = new String("<p>Plain</p>");

    assertThat(HtmlEntities.decode(text)).isSameAs(text);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "&lt;p&gt;Tom &amp; Jerry&lt;/p&gt;|<p>Tom & Jerry</p>",
      "&quot;quoted&quot; &apos;single&apos;|\"quoted\" 'single'",
      "a&nbsp;b|a\u00a0b",
      "&#160;&#xA0;&#Xa0;|\u00a0\u00a0\u00a0",
      "smile &#x1F600;!|smile \uD83D\uDE00!",
      "&amp;lt; once|&lt; once"})
  void references_areDecodedOnce(String text, String decoded) {
    assertThat(HtmlEntities.decode(text)).isEqualTo(decoded);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "R&D|R&D",
      "&unknown;|&unknown;",
      "&at;&lo;&am;&quo;&nbsq;|&at;&lo;&am;&quo;&nbsq;",
      "&#;&#x;&#12a;&#0;&#xFFFFFFFF;|&#;&#x;&#12a;&#0;&#xFFFFFFFF;",
      "&&lt;|&<",
      "&averyverylongname;|&averyverylongname;",
      "ends with &|ends with &",
      "&lt|&lt"})
  void anythingElse_isLeftAsWritten(String text, String decoded) {
    assertThat(HtmlEntities.decode(text)).isEqualTo(decoded);
  }
}
