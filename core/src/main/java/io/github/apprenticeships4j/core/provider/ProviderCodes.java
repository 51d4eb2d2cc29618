package io.github.apprenticeships4j.core.provider;

/**
 * The codes of the findings about training providers, assessment organisations and their measures. A code is
 * {@code provider.subject.problem}: lower case, two to four dot-separated segments in lower kebab case, the first
 * naming the area; a constant is named after its code without the area. Codes never change once published.
 */
public final class ProviderCodes {
  /** Error: blank text, as a UKPRN. */
  public static final String UKPRN_REQUIRED = "provider.ukprn.required";
  /** Error: a UKPRN that is not eight ASCII digits from 10000000 to 99999999. */
  public static final String UKPRN_FORMAT = "provider.ukprn.format";
  /** Error: an end-point assessment organisation's identifier that is not {@code EPA} and four digits. */
  public static final String EPAO_ID_FORMAT = "provider.epao.id.format";
  /** Error: feedback stars outside 1 to 4. */
  public static final String FEEDBACK_STARS_RANGE = "provider.feedback.stars.range";
  /** Error: a negative number of feedback reviews. */
  public static final String FEEDBACK_REVIEWS_NEGATIVE = "provider.feedback.reviews.negative";
  /** Error: an achievement rate above 100 %. */
  public static final String ACHIEVEMENT_RATE_RANGE = "provider.achievement-rate.range";
  /** Error: a quality threshold outside 0 to 100 %, or a strong threshold below the baseline. */
  public static final String QUALITY_THRESHOLDS_RANGE = "provider.quality.thresholds.range";

  private ProviderCodes() {}
}
