package io.github.apprenticeships4j.core.feed.internal;

/**
 * The apprenticeship service's test of an email address (das-shared-packages, {@code SFA.DAS.EmailValidationService}
 * {@code EmailValidationHelper.cs}): its regular expression, with .NET's Unicode {@code \w}, and a host name that is a
 * DNS name rather than an IP address ({@code Uri.CheckHostName(domain) == Dns}). .NET's {@code MailAddress} parse,
 * which the service also runs, accepts every address the expression accepts except those with a DNS label longer
 * than 63 characters or a host longer than 255, which are refused here too.
 *
 * <p>The expression is {@code ^ATOM(\.ATOM)*@((([\-\w]+\.)+[a-zA-Z]{2,50})|(([0-9]{1,3}\.){3}[0-9]{1,3}))\z} with
 * {@code ATOM = [\w!#$%&'*+\-/=?\^_`{|}~]+}. It is checked here in one pass over the address, without a regular
 * expression or recursion: time linear in the length and constant stack, whatever the input (a regular expression with
 * repeated groups is matched by recursion, once per repetition, and overflowed the stack on long addresses).
 */
public final class EmailAddresses {
  /** The characters an atom may hold besides word characters. */
  private static final String ATOM_SYMBOLS = "!#$%&'*+-/=?^_`{|}~";
  private static final int MAX_HOST = 255;
  private static final int MAX_LABEL = 63;
  private static final int MIN_TOP_LABEL = 2;
  private static final int MAX_TOP_LABEL = 50;

  private EmailAddresses() {}

  /**
   * Whether the service accepts {@code address} as an email address: exactly one {@code @}; before it, non-empty
   * dot-separated atoms of word characters and {@code !#$%&'*+-/=?^_`{|}~}; after it, at most 255 characters of two or
   * more dot-separated labels of word characters and {@code -}, none longer than 63, the last of 2 to 50 ASCII letters
   * (so an IPv4 host, the expression's other branch, is refused).
   */
  public static boolean isValid(CharSequence address) {
    int at = indexOf(address, '@', 0);
    if (at <= 0 || indexOf(address, '@', at + 1) >= 0) {
      return false;
    }
    return isLocalPart(address, at) && isHost(address, at + 1);
  }

  private static int indexOf(CharSequence text, char c, int from) {
    for (int i = from; i < text.length(); i++) {
      if (text.charAt(i) == c) {
        return i;
      }
    }
    return -1;
  }

  /** Whether {@code address[0, at)} is {@code ATOM(\.ATOM)*}. */
  private static boolean isLocalPart(CharSequence address, int at) {
    boolean empty = true;
    int i = 0;
    while (i < at) {
      int c = Character.codePointAt(address, i);
      if (c == '.') {
        if (empty) {
          return false;
        }
        empty = true;
      } else if (isWord(c) || (c < 0x80 && ATOM_SYMBOLS.indexOf(c) >= 0)) {
        empty = false;
      } else {
        return false;
      }
      i += Character.charCount(c);
    }
    return !empty;
  }

  /** Whether {@code address[start, end)} is a DNS host name as above. */
  private static boolean isHost(CharSequence address, int start) {
    int end = address.length();
    if (end - start > MAX_HOST) {
      return false;
    }
    int labelStart = start;
    int i = start;
    while (true) {
      if (i == end) {
        return labelStart > start && isTopLabel(address, labelStart, end);
      }
      int c = Character.codePointAt(address, i);
      if (c == '.') {
        int length = i - labelStart;
        if (length == 0 || length > MAX_LABEL) {
          return false;
        }
        labelStart = i + 1;
      } else if (!isWord(c) && c != '-') {
        return false;
      }
      i += Character.charCount(c);
    }
  }

  /** Whether {@code address[start, end)} is {@code [a-zA-Z]{2,50}}. */
  private static boolean isTopLabel(CharSequence address, int start, int end) {
    int length = end - start;
    if (length < MIN_TOP_LABEL || length > MAX_TOP_LABEL) {
      return false;
    }
    for (int i = start; i < end; i++) {
      char c = address.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
        return false;
      }
    }
    return true;
  }

  /**
   * A word character as Java's {@code \w} with {@code UNICODE_CHARACTER_CLASS} (Unicode TR18 annex C, as .NET's
   * {@code \w}): alphabetic, a mark, a decimal digit, connector punctuation or a join control.
   */
  private static boolean isWord(int c) {
    if (c < 0x80) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }
    if (Character.isAlphabetic(c) || c == '\u200c' || c == '\u200d') {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK || type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.CONNECTOR_PUNCTUATION;
  }
}
