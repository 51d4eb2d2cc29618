package io.github.apprenticeships4j.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.apprenticeships4j.core.career.RoleId;
import io.github.apprenticeships4j.core.feed.internal.EmailAddresses;
import io.github.apprenticeships4j.core.funding.RuleKey;
import io.github.apprenticeships4j.core.funding.internal.RuleValues;
import io.github.apprenticeships4j.core.validation.InvalidValueException;
import java.time.Duration;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The checks of untrusted text that were regular expressions with a repeated group ({@code x(-x)*}): Java matches
 * such a group by recursion, once per repetition, so a long enough input overflowed the stack. Each is now a loop
 * (or a bounded expression per part); each test feeds about a megabyte of its worst input, which must be answered
 * well within {@link #LIMIT}, and compares the loop with the expression it replaces on many short random inputs.
 */
class HostileTextTest {
  /** Generous for a shared build machine: each input is answered in milliseconds. */
  static final Duration LIMIT = Duration.ofSeconds(2);
  static final int MEGABYTE = 1 << 20;

  static String random(Random random, String alphabet, int maxLength) {
    StringBuilder text = new StringBuilder();
    int length = random.nextInt(maxLength + 1);
    for (int i = 0; i < length; i++) {
      text.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return text.toString();
  }

  @Test
  void slug_ofAMegabyteOfHyphenatedWords_isCheckedInALoop() {
    String hyphenated = "a-".repeat(MEGABYTE / 2) + "a";
    String words = "a !".repeat(MEGABYTE / 3);

    assertTimeoutPreemptively(LIMIT, () -> {
      assertThat(RoleId.parse(hyphenated).value()).hasSize(MEGABYTE + 1);
      assertThat(RoleId.ofName(words).value()).startsWith("a-a-");
      assertThatThrownBy(() -> RoleId.parse(hyphenated + "-")).isInstanceOf(InvalidValueException.class);
      assertThatThrownBy(() -> RoleId.parse(hyphenated + "--a")).isInstanceOf(InvalidValueException.class);
    });
  }

  @Test
  void slug_acceptsWhatTheExpressionAccepted() {
    Pattern slug = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    Random random = new Random(11);
    for (int i = 0; i < 100_000; i++) {
      String text = random(random, "ab9--_A ", 8);
      boolean expected = slug.matcher(text.strip().toLowerCase(java.util.Locale.ROOT)).matches();
      boolean accepted;
      try {
        RoleId.parse(text);
        accepted = true;
      } catch (InvalidValueException e) {
        accepted = false;
      }
      assertThat(accepted).as("'%s'", text).isEqualTo(expected);
    }
  }

  @Test
  void email_ofAMegabyteWithManyDots_isCheckedPartByPart() {
    String manyLabels = "é@" + "a.".repeat(MEGABYTE / 2) + "uk";
    String manyAtoms = "é" + ".a".repeat(MEGABYTE / 2) + "@example.org";
    String longAtom = "é".repeat(MEGABYTE) + "@example.org";

    assertTimeoutPreemptively(LIMIT, () -> {
      assertThat(EmailAddresses.isValid(manyLabels)).as("host longer than 255").isFalse();
      assertThat(EmailAddresses.isValid(manyAtoms)).isTrue();
      assertThat(EmailAddresses.isValid(longAtom)).isTrue();
      assertThat(EmailAddresses.isValid(manyAtoms.replace("@", "."))).isFalse();
    });
  }

  static final String ATOM = "[\\w!#$%&'*+\\-/=?\\^_`{|}~]+";
  /** The expression the service uses, as the library applied it before to addresses that are not ASCII. */
  static final Pattern SERVICE_EXPRESSION = Pattern.compile("^" + ATOM + "(\\." + ATOM + ")*@((([\\-\\w]+\\.)+"
      + "[a-zA-Z]{2,50})|(([0-9]{1,3}\\.){3}[0-9]{1,3}))\\z", Pattern.UNICODE_CHARACTER_CLASS);

  static boolean serviceExpression(String address) {
    if (!SERVICE_EXPRESSION.matcher(address).matches()) {
      return false;
    }
    String host = address.substring(address.lastIndexOf('@') + 1);
    if (Pattern.matches("([0-9]{1,3}\\.){3}[0-9]{1,3}", host) || host.length() > 255) {
      return false;
    }
    for (String label : host.split("\\.", -1)) {
      if (label.isEmpty() || label.length() > 63) {
        return false;
      }
    }
    return true;
  }

  @Test
  void email_acceptsWhatTheExpressionAccepted() {
    Random random = new Random(12);
    int accepted = 0;
    for (int i = 0; i < 200_000; i++) {
      String address = "é" + random(random, "ab.@-_1٣\u0301 +ZxY", 10);
      boolean expected = serviceExpression(address);
      assertThat(EmailAddresses.isValid(address)).as("'%s'", address).isEqualTo(expected);
      accepted += expected ? 1 : 0;
    }
    assertThat(accepted).as("valid addresses among those compared").isGreaterThan(100);
    String longLabel = "é@" + "a".repeat(64) + ".uk";
    assertThat(EmailAddresses.isValid(longLabel)).isEqualTo(serviceExpression(longLabel)).isFalse();
  }

  @Test
  void ruleValues_ofAMegabyteList_areCheckedElementByElement() {
    String days = "1,".repeat(MEGABYTE / 2) + "x";
    String increasingDays = "1,2,3";
    String thresholds = "1:1,".repeat(MEGABYTE / 4) + "x";

    assertTimeoutPreemptively(LIMIT, () -> {
      assertThat(RuleValues.problem(RuleKey.INCENTIVE_MILESTONES, days)).isPresent();
      assertThat(RuleValues.problem(RuleKey.INCENTIVE_MILESTONES, increasingDays)).isEmpty();
      assertThat(RuleValues.problem(RuleKey.INCENTIVE_MILESTONES, days.replace("x", "1"))).as("not increasing")
          .isPresent();
      assertThat(RuleValues.problem(thresholdKey(), thresholds)).isPresent();
    });
  }

  @Test
  void ruleValues_acceptWhatTheExpressionsAccepted() {
    Pattern days = Pattern.compile("\\d{1,5}(,\\d{1,5})*");
    Pattern thresholds = Pattern.compile("\\d{1,6}:\\d{1,6}(,\\d{1,6}:\\d{1,6})*");
    Random random = new Random(13);
    for (int i = 0; i < 100_000; i++) {
      String text = random(random, "1234567,:x", 12);
      assertThat(RuleValues.problem(RuleKey.INCENTIVE_MILESTONES, text).isEmpty()).as("days '%s'", text)
          .isEqualTo(days.matcher(text).matches() && increasing(text));
      assertThat(RuleValues.problem(thresholdKey(), text).isEmpty()).as("thresholds '%s'", text)
          .isEqualTo(thresholds.matcher(text).matches() && decreasingFroms(text));
    }
  }

  static RuleKey thresholdKey() {
    return java.util.Arrays.stream(RuleKey.values()).filter(k -> k.valueType() == RuleKey.ValueType.THRESHOLDS)
        .findFirst().orElseThrow();
  }

  static boolean increasing(String days) {
    long previous = 0;
    for (String day : days.split(",")) {
      if (Long.parseLong(day) <= previous) {
        return false;
      }
      previous = Long.parseLong(day);
    }
    return true;
  }

  static boolean decreasingFroms(String pairs) {
    long previous = Long.MAX_VALUE;
    for (String pair : pairs.split(",")) {
      long from = Long.parseLong(pair.split(":")[0]);
      if (from >= previous) {
        return false;
      }
      previous = from;
    }
    return true;
  }
}
