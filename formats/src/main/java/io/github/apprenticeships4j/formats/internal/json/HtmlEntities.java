package io.github.apprenticeships4j.formats.internal.json;

/**
 * Decodes HTML character references once: the named ones the Skills England data uses ({@code &lt;}, {@code &gt;},
 * {@code &amp;}, {@code &quot;}, {@code &apos;}, {@code &nbsp;}) and numeric ones ({@code &#160;}, {@code &#xA0;}).
 * Anything else is left as written.
 */
public final class HtmlEntities {
  private static final int LONGEST = 10;

  private HtmlEntities() {}

  public static String decode(String text) {
    int amp = text.indexOf('&');
    if (amp < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (amp >= 0) {
      out.append(text, i, amp);
      int semi = text.indexOf(';', amp + 1);
      String decoded = semi > amp && semi - amp <= LONGEST ? reference(text.substring(amp + 1, semi)) : null;
      if (decoded == null) {
        out.append('&');
        i = amp + 1;
      } else {
        out.append(decoded);
        i = semi + 1;
      }
      amp = text.indexOf('&', i);
    }
    return out.append(text, i, text.length()).toString();
  }

  private static @org.jspecify.annotations.Nullable String reference(String name) {
    switch (name) {
      case "lt":
        return "<";
      case "gt":
        return ">";
      case "amp":
        return "&";
      case "quot":
        return "\"";
      case "apos":
        return "'";
      case "nbsp":
        return "\u00a0";
      default:
        return numeric(name);
    }
  }

  private static @org.jspecify.annotations.Nullable String numeric(String name) {
    if (name.length() < 2 || name.charAt(0) != '#') {
      return null;
    }
    boolean hex = name.charAt(1) == 'x' || name.charAt(1) == 'X';
    String digits = name.substring(hex ? 2 : 1);
    if (digits.isEmpty()) {
      return null;
    }
    int codePoint = 0;
    for (int i = 0; i < digits.length(); i++) {
      int digit = Character.digit(digits.charAt(i), hex ? 16 : 10);
      if (digit < 0) {
        return null;
      }
      codePoint = codePoint * (hex ? 16 : 10) + digit;
    }
    return Character.isValidCodePoint(codePoint) && codePoint != 0 ? new String(Character.toChars(codePoint)) : null;
  }
}
