package io.github.apprenticeships4j.formats.internal.csv;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.Objects;

/** Opening inputs the way every CSV reader does. */
public final class CsvInputs {
  private CsvInputs() {}

  /** A reader of {@code input} that reports bytes that are not text in {@code charset} instead of replacing them. */
  public static Reader decode(InputStream input, Charset charset) {
    return new InputStreamReader(Objects.requireNonNull(input, "input"), charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT));
  }

  /** Checks a {@code maxPreambleLines} option. */
  public static int preamble(int lines) {
    if (lines < 0) {
      throw new IllegalArgumentException("maxPreambleLines must not be negative: " + lines);
    }
    return lines;
  }
}
