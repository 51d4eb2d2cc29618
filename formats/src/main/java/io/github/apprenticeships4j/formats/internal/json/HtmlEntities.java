package io.github.apprenticeships4j.formats.internal.json;

/**
 * Decodes HTML character references once: the named ones the Skills England data uses ({@code &lt;}, {@code &gt;},
 * {@code &amp;}, {@code &quot;}, {@code &apos;}, {@code &nbsp;}) and numeric ones ({@code &#160;}, {@code &#xA0;}).
 * Anything else is left as written. A text without {@code &} is returned as it is; otherwise the references are
 * matched in place and the text written once into a buffer of its own length (decoding only shortens it).
 */
public final class HtmlEntities {
  private static final int LONGEST = 10;

  private HtmlEntities() {}

  public static String decode(String text) {
    int amp = text.indexOf('&');
    if (amp < 0) {
      return text;
    }
    int length = text.length();
    char[] out = new char[length];
    int n = 0;
    int i = 0;
    while (amp >= 0) {
      text.getChars(i, amp, out, n);
      n += amp - i;
      int semi = text.indexOf(';', amp + 1);
      int decoded = semi > amp && semi - amp <= LONGEST ? reference(text, amp + 1, semi) : -1;
      if (decoded < 0) {
        out[n++] = '&';
        i = amp + 1;
      } else {
        n += Character.toChars(decoded, out, n);
        i = semi + 1;
      }
      amp = text.indexOf('&', i);
    }
    text.getChars(i, length, out, n);
    n += length - i;
    return new String(out, 0, n);
  }

  /** The code point of the reference named from {@code start} to {@code end}, or -1 if it is not one decoded. */
  private static int reference(String text, int start, int end) {
    int length = end - start;
    if (length >= 2 && text.charAt(start) == '#') {
      return numeric(text, start + 1, end);
    }
    if (length == 2 && text.charAt(start + 1) == 't') {
      char first = text.charAt(start);
      return first == 'l' ? '<' : first == 'g' ? '>' : -1;
    }
    if (length == 3 && text.startsWith("amp", start)) {
      return '&';
    }
    if (length == 4) {
      if (text.startsWith("quot", start)) {
        return '"';
      }
      if (text.startsWith("apos", start)) {
        return '\'';
      }
      if (text.startsWith("nbsp", start)) {
        return '\u00a0';
      }
    }
    return -1;
  }

  private static int numeric(String text, int start, int end) {
    boolean hex = text.charAt(start) == 'x' || text.charAt(start) == 'X';
    int from = hex ? start + 1 : start;
    if (from == end) {
      return -1;
    }
    int codePoint = 0;
    for (int i = from; i < end; i++) {
      int digit = Character.digit(text.charAt(i), hex ? 16 : 10);
      if (digit < 0) {
        return -1;
      }
      codePoint = codePoint * (hex ? 16 : 10) + digit;
    }
    return Character.isValidCodePoint(codePoint) && codePoint != 0 ? codePoint : -1;
  }
}
