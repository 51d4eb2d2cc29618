package io.github.apprenticeships4j.core.learner;

/**
 * The codes of the findings about learners' identifiers. A code is {@code learner.subject.problem}: lower case, two to
 * four dot-separated segments in lower kebab case, the first naming the area; a constant is named after its code
 * without the area. Codes never change once published.
 */
public final class LearnerCodes {
  /** Error: blank text, as a unique learner number. */
  public static final String ULN_REQUIRED = "learner.uln.required";
  /** Error: a unique learner number that is not ten ASCII digits with the first not 0. */
  public static final String ULN_FORMAT = "learner.uln.format";
  /** Error: ten digits whose last, the check digit, is wrong. */
  public static final String ULN_CHECK_DIGIT = "learner.uln.check-digit";

  private LearnerCodes() {}
}
