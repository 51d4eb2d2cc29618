package io.github.apprenticeships4j.core.feed.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The one-pass email check against the former one ({@link RegexEmailAddresses}, regular expressions per part) on
 * generated addresses of up to a few hundred characters, and its time and stack on addresses of a megabyte.
 */
class EmailAddressesPropertiesTest {
  /** Characters on both sides of every rule: ASCII word and symbol characters, separators, Unicode word classes. */
  private static final List<String> PIECES = List.of("a", "Z", "0", "_", "-", ".", ".", "@", "!", "~", "+", " ", "é",
      "\u0301" /* non-spacing mark */, "\u0903" /* spacing mark */, "\u20dd" /* enclosing mark */,
      "\u0663" /* Arabic-Indic digit */, "\u203f" /* connector punctuation */, "\u200c" /* join control */,
      "\u2167" /* letter number */, "\u01c5" /* title-case letter */, "\u00b2" /* other number */,
      "\ud835\udc00" /* supplementary letter */, "\ud800" /* lone surrogate */, "\u00a0", "\u2028", "(", "1");
  private static final List<String> LABELS = List.of("uk", "com", "org", "co", "x", "a1", "-", "é", "\u0663",
      "b".repeat(50), "c".repeat(51), "d".repeat(63), "e".repeat(64), "127", "0");

  private static final List<String> ATOMS = List.of("a", "x_y", "o'neil", "first+tag", "\u00e9l\u00e8ve",
      "\u0663\u0301", "\ud835\udc00b", "{~}");

  private static Gen<String> text(int maxPieces) {
    return lists().of(arbitrary().pick(PIECES)).ofSizeBetween(0, maxPieces).map(p -> String.join("", p));
  }

  private static Gen<String> joined(Gen<String> part, int maxParts) {
    return lists().of(part).ofSizeBetween(1, maxParts).map(p -> String.join(".", p));
  }

  /** Addresses shaped {@code local@host}, many of them valid, with labels and hosts near the length limits. */
  private static Gen<String> addresses() {
    Gen<String> local = joined(text(8).mix(arbitrary().pick(ATOMS), 60), 4);
    Gen<String> label = text(6).mix(arbitrary().pick(LABELS), 60);
    Gen<String> host = joined(label, 8)
        .mix(integers().between(1, 60).map(n -> "ab.".repeat(n) + "uk"), 20)
        .mix(integers().between(1, 63).map(n -> ("a".repeat(49) + ".").repeat(4) + "b".repeat(n) + ".uk"), 10);
    return local.zip(host, (l, h) -> l + "@" + h).mix(text(300), 15);
  }

  @Test
  void acceptsExactlyWhatTheFormerCheckAccepted() {
    AtomicInteger valid = new AtomicInteger();
    AtomicInteger invalid = new AtomicInteger();
    qt().withFixedSeed(14).withExamples(50_000).forAll(addresses()).checkAssert(address -> {
      boolean expected = RegexEmailAddresses.isValid(address);
      assertThat(EmailAddresses.isValid(address)).as("'%s'", address).isEqualTo(expected);
      (expected ? valid : invalid).incrementAndGet();
    });
    assertThat(valid).as("valid addresses compared").hasValueGreaterThan(1_000);
    assertThat(invalid).as("invalid addresses compared").hasValueGreaterThan(1_000);
  }

  @Test
  void addressesOfAMegabyte_areAnsweredWellWithinASecond() {
    int megabyte = 1 << 20;
    String longAtom = "a".repeat(megabyte) + "@example.org";
    String manyAtoms = "\u00e9" + ".a".repeat(megabyte / 2) + "@example.org";
    String wordsAndMarks = "e\u0301\ud835\udc00".repeat(megabyte / 3) + "@example.org";
    String manyLabels = "a@" + "a.".repeat(megabyte / 2) + "uk";
    String endsBadly = "a".repeat(megabyte) + "@example.org.";

    assertTimeoutPreemptively(Duration.ofSeconds(1), () -> {
      assertThat(EmailAddresses.isValid(longAtom)).isTrue();
      assertThat(EmailAddresses.isValid(manyAtoms)).isTrue();
      assertThat(EmailAddresses.isValid(wordsAndMarks)).isTrue();
      assertThat(EmailAddresses.isValid(manyLabels)).as("host longer than 255").isFalse();
      assertThat(EmailAddresses.isValid(endsBadly)).isFalse();
    });
  }
}
