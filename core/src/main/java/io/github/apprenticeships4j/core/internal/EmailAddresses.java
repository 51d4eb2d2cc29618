package io.github.apprenticeships4j.core.internal;

import java.util.regex.Pattern;

/**
 * The apprenticeship service's test of an email address (das-shared-packages, {@code SFA.DAS.EmailValidationService}
 * {@code EmailValidationHelper.cs}): its regular expression, with .NET's Unicode {@code \w}, and a host name that is a
 * DNS name rather than an IP address ({@code Uri.CheckHostName(domain) == Dns}). .NET's {@code MailAddress} parse,
 * which the service also runs, accepts every address the expression accepts except those with a DNS label longer
 * than 63 characters or a host longer than 255, which are refused here too.
 */
public final class EmailAddresses {
  private static final String ATOM = "[\\w!#$%&'*+\\-/=?\\^_`{|}~]+";
  private static final Pattern FORMAT = Pattern.compile(
      "^" + ATOM + "(\\." + ATOM + ")*@((([\\-\\w]+\\.)+[a-zA-Z]{2,50})|(([0-9]{1,3}\\.){3}[0-9]{1,3}))\\z",
      Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern IP_V4 = Pattern.compile("([0-9]{1,3}\\.){3}[0-9]{1,3}");

  private EmailAddresses() {}

  /** Whether the service accepts {@code address} as an email address. */
  public static boolean isValid(String address) {
    if (!FORMAT.matcher(address).matches()) {
      return false;
    }
    String host = address.substring(address.lastIndexOf('@') + 1);
    if (IP_V4.matcher(host).matches() || host.length() > 255) {
      return false;
    }
    for (String label : host.split("\\.", -1)) {
      if (label.isEmpty() || label.length() > 63) {
        return false;
      }
    }
    return true;
  }
}
