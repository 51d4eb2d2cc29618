package io.github.apprenticeships4j.core.feed.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The library's former email check, kept as the oracle of {@link EmailAddressesPropertiesTest}: regular expressions
 * applied one dot-separated part at a time to an address that is not ASCII, a loop for an ASCII one. It was the
 * apprenticeship service's test of an email address (das-shared-packages, {@code SFA.DAS.EmailValidationService}
 * {@code EmailValidationHelper.cs}): its regular expression, with .NET's Unicode {@code \w}, and a host name that is a
 * DNS name rather than an IP address ({@code Uri.CheckHostName(domain) == Dns}). .NET's {@code MailAddress} parse,
 * which the service also runs, accepts every address the expression accepts except those with a DNS label longer
 * than 63 characters or a host longer than 255, which are refused here too.
 */
final class RegexEmailAddresses {
  /** One dot-separated atom before the {@code @}: the expression's {@code ATOM}. */
  private static final Pattern ATOM = Pattern.compile("[\\w!#$%&'*+\\-/=?\\^_`{|}~]+",
      Pattern.UNICODE_CHARACTER_CLASS);
  /** A label of the host before the last one. */
  private static final Pattern LABEL = Pattern.compile("[\\-\\w]+", Pattern.UNICODE_CHARACTER_CLASS);
  /** The last label of the host. */
  private static final Pattern TOP_LABEL = Pattern.compile("[a-zA-Z]{2,50}");

  private RegexEmailAddresses() {}

  /** Whether the service accepts {@code address} as an email address. */
  static boolean isValid(String address) {
    return isAscii(address) ? isValidAscii(address) : isValidUnicode(address);
  }

  /**
   * The service's expression,
   * {@code ^ATOM(\.ATOM)*@((([\-\w]+\.)+[a-zA-Z]{2,50})|(([0-9]{1,3}\.){3}[0-9]{1,3}))\z} with Unicode {@code \w},
   * applied one dot-separated part at a time: Java matches the repeated groups of the whole expression by recursion,
   * once per dot, and overflowed the stack on an address with half a million dots. No part may hold an {@code @}, so
   * the address has exactly one. An IPv4 host (the expression's second branch) is refused, as is a label longer than
   * 63 characters or a host longer than 255.
   */
  private static boolean isValidUnicode(String address) {
    int at = address.indexOf('@');
    if (at < 0 || address.indexOf('@', at + 1) >= 0) {
      return false;
    }
    Matcher atom = ATOM.matcher(address);
    int start = 0;
    while (true) {
      int dot = address.indexOf('.', start);
      int end = dot < 0 || dot > at ? at : dot;
      if (!atom.region(start, end).matches()) {
        return false;
      }
      if (end == at) {
        break;
      }
      start = end + 1;
    }
    int hostStart = at + 1;
    if (address.length() - hostStart > 255) {
      return false;
    }
    Matcher label = LABEL.matcher(address);
    int labels = 0;
    start = hostStart;
    while (true) {
      int dot = address.indexOf('.', start);
      int end = dot < 0 ? address.length() : dot;
      if (end - start > 63) {
        return false;
      }
      labels++;
      if (dot < 0) {
        return labels >= 2 && TOP_LABEL.matcher(address).region(start, end).matches();
      }
      if (!label.region(start, end).matches()) {
        return false;
      }
      start = end + 1;
    }
  }

  /**
   * The same test as the expression for an ASCII address, without it: one {@code @}; before it, dot-separated
   * non-empty atoms; after it, two or more dot-separated labels of {@code [-A-Za-z0-9_]}, the last of 2 to 50 letters
   * (an IPv4 host matches the expression's other branch, and is refused), none longer than 63, the host at most 255.
   */
  private static boolean isValidAscii(String address) {
    int at = address.indexOf('@');
    if (at <= 0 || address.indexOf('@', at + 1) >= 0) {
      return false;
    }
    boolean empty = true;
    for (int i = 0; i < at; i++) {
      char c = address.charAt(i);
      if (c == '.') {
        if (empty) {
          return false;
        }
        empty = true;
      } else if (isWord(c) || "!#$%&'*+-/=?^_`{|}~".indexOf(c) >= 0) {
        empty = false;
      } else {
        return false;
      }
    }
    if (empty) {
      return false;
    }
    int hostLength = address.length() - at - 1;
    if (hostLength > 255) {
      return false;
    }
    int labels = 0;
    int labelStart = at + 1;
    for (int i = at + 1; i <= address.length(); i++) {
      if (i == address.length() || address.charAt(i) == '.') {
        int length = i - labelStart;
        if (length == 0 || length > 63) {
          return false;
        }
        labels++;
        if (i == address.length()) {
          if (labels < 2 || length < 2 || length > 50) {
            return false;
          }
          for (int k = labelStart; k < i; k++) {
            char c = address.charAt(k);
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
              return false;
            }
          }
          return true;
        }
        labelStart = i + 1;
      } else if (!isWord(address.charAt(i)) && address.charAt(i) != '-') {
        return false;
      }
    }
    return false;
  }

  private static boolean isWord(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }
}
