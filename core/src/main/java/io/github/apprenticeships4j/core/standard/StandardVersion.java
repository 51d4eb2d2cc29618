package io.github.apprenticeships4j.core.standard;

import static io.github.apprenticeships4j.core.standard.StandardCodes.VERSION_FORMAT;

import io.github.apprenticeships4j.core.validation.InvalidValueException;
import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.core.validation.ValidationReport;
import io.github.apprenticeships4j.core.validation.internal.ValueText;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A version of a standard, {@code major.minor} (e.g. {@code 1.1}), ordered numerically so that 1.10 follows 1.9.
 * Version 0.0 is what the source data gives a standard in development. Immutable and thread-safe.
 *
 * <p>Format from DfE's import rule E1003 ({@code ^\d+\.\d+$}); successor rule from S1003 (SkillsFundingAgency/
 * das-courses-api, {@code CoursesImport/Validators}).
 */
public final class StandardVersion implements Comparable<StandardVersion> {
  private static final Pattern FORMAT = Pattern.compile("(\\d+)\\.(\\d+)");

  private static final ValueText<StandardVersion> TEXT = ValueText.of(StandardVersion::read, StandardVersion::refusal);

  private final int major;
  private final int minor;

  private StandardVersion(int major, int minor) {
    this.major = major;
    this.minor = minor;
  }

  /**
   * The version {@code major.minor}, e.g. {@code of(1, 0)} for 1.0.
   *
   * @throws IllegalArgumentException if a number is negative
   */
  public static StandardVersion of(int major, int minor) {
    if (major < 0 || minor < 0) {
      throw new IllegalArgumentException("version numbers must not be negative: " + major + "." + minor);
    }
    return new StandardVersion(major, minor);
  }

  /**
   * The version written in {@code text}, e.g. {@code "1.0"}; white space around it is ignored.
   *
   * @throws InvalidValueException with code {@value StandardCodes#VERSION_FORMAT} if the text is not
   *     {@code major.minor}, or a number is larger than {@link Integer#MAX_VALUE}
   */
  public static StandardVersion parse(CharSequence text) {
    return TEXT.parse(text);
  }

  /** The version written in {@code text} (white space around it ignored), or empty if it is not one. */
  public static Optional<StandardVersion> tryParse(CharSequence text) {
    return TEXT.tryParse(text);
  }

  /** Whether {@code text} (white space around it ignored) is a version. */
  public static boolean isValid(CharSequence text) {
    return TEXT.isValid(text);
  }

  /**
   * The findings about {@code text} as a version: none if it is one, otherwise one error,
   * {@value StandardCodes#VERSION_FORMAT}. Never throws.
   */
  public static ValidationReport check(CharSequence text) {
    return TEXT.check(text);
  }

  private static @Nullable StandardVersion read(String stripped) {
    Matcher m = FORMAT.matcher(stripped);
    if (m.matches()) {
      try {
        return new StandardVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
      } catch (NumberFormatException tooLarge) {
        // not a version, like any other text that is not major.minor
      }
    }
    return null;
  }

  private static Issue refusal(String text) {
    return Issue.error(VERSION_FORMAT, "version must be 'major.minor', e.g. 1.0").rejecting(text);
  }

  /** The number before the dot: 1 in 1.2. */
  public int major() {
    return major;
  }

  /** The number after the dot: 2 in 1.2. */
  public int minor() {
    return minor;
  }

  /**
   * Whether this version may directly follow {@code previous} in a chain without a gap: the next minor version, or
   * the next major version {@code .0} (DfE rule S1003).
   */
  public boolean follows(StandardVersion previous) {
    return (major == previous.major && minor == previous.minor + 1) || (major == previous.major + 1 && minor == 0);
  }

  @Override
  public int compareTo(StandardVersion other) {
    int byMajor = Integer.compare(major, other.major);
    return byMajor != 0 ? byMajor : Integer.compare(minor, other.minor);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof StandardVersion that && major == that.major
        && minor == that.minor;
  }

  @Override
  public int hashCode() {
    return 31 * major + minor;
  }

  @Override
  public String toString() {
    return major + "." + minor;
  }
}
