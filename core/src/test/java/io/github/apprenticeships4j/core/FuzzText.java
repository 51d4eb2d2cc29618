package io.github.apprenticeships4j.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.apprenticeships4j.core.validation.Issue;

/** Helpers of the fuzz tests of the parsers of text. */
public final class FuzzText {
  private static final int MAX_ECHO = 64;

  private FuzzText() {}

  /**
   * Checks that {@code issue} echoes {@code text}: whole up to 64 characters, else its first characters and
   * {@code ...}, never half of a surrogate pair.
   */
  public static void checkEcho(Issue issue, String text) {
    String echo = issue.rejectedValue().orElseThrow();
    if (text.length() <= MAX_ECHO) {
      assertThat(echo).isEqualTo(text);
    } else {
      assertThat(echo).endsWith("...").hasSizeLessThanOrEqualTo(MAX_ECHO + 3);
      assertThat(text).startsWith(echo.substring(0, echo.length() - 3));
    }
    assertThat(echo.codePoints().noneMatch(c -> c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE))
        .as("half of a surrogate pair in %s", echo).isTrue();
  }

  /** {@code text} with the ASCII letters a-z upper-cased and every other character kept. */
  public static String asciiUpperCase(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      out.append(c >= 'a' && c <= 'z' ? (char) (c - 'a' + 'A') : c);
    }
    return out.toString();
  }

  /** {@code text} with the ASCII letters A-Z lower-cased and every other character kept. */
  public static String asciiLowerCase(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      out.append(c >= 'A' && c <= 'Z' ? (char) (c - 'A' + 'a') : c);
    }
    return out.toString();
  }
}
