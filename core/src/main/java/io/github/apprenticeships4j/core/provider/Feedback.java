package io.github.apprenticeships4j.core.provider;

import static io.github.apprenticeships4j.core.provider.ProviderCodes.FEEDBACK_REVIEWS_NEGATIVE;
import static io.github.apprenticeships4j.core.provider.ProviderCodes.FEEDBACK_STARS_RANGE;

import io.github.apprenticeships4j.core.validation.InvalidValueException;
import io.github.apprenticeships4j.core.validation.Issue;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The employer or apprentice reviews of a provider over a period, as FAT holds them ({@code ProviderEmployerStars},
 * {@code ProviderApprenticeStars}): the average in whole stars, 1 to 4, and the number of reviews. Immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class Feedback implements WithFeedback {
  Feedback() {}

  /**
   * Feedback of {@code stars} whole stars from {@code reviewCount} reviews.
   *
   * @throws InvalidValueException with code {@value ProviderCodes#FEEDBACK_STARS_RANGE} or
   *     {@value ProviderCodes#FEEDBACK_REVIEWS_NEGATIVE}
   */
  public static Feedback of(int stars, int reviewCount) {
    return builder().stars(stars).reviewCount(reviewCount).build();
  }

  /** A builder of a {@code Feedback}; strict: each attribute is set once. */
  public static Builder builder() {
    return new Builder();
  }

  /** What {@link Feedback#builder()} gives: set each attribute once, then {@code build()}. */
  public static final class Builder extends ImmutableFeedback.Builder {
    Builder() {}
  }

  /** The average rating in whole stars, 1 to 4. */
  public abstract int stars();

  public abstract int reviewCount();

  /** The period of the reviews, e.g. {@code AY2324}, as FAT's {@code TimePeriod}. */
  public abstract Optional<String> period();

  /** The rating the stars give. */
  public final Rating rating() {
    return Rating.ofStars(stars());
  }

  @Value.Check
  protected void check() {
    if (stars() < 1 || stars() > 4) {
      throw new InvalidValueException(Issue.error(FEEDBACK_STARS_RANGE, "feedback stars are 1 to 4")
          .at("stars").rejecting(Integer.toString(stars())));
    }
    if (reviewCount() < 0) {
      throw new InvalidValueException(Issue.error(FEEDBACK_REVIEWS_NEGATIVE, "the number of reviews cannot be negative")
          .at("reviewCount").rejecting(Integer.toString(reviewCount())));
    }
  }

  @Override
  public String toString() {
    return stars() + " stars (" + rating().officialName() + ") from " + reviewCount() + " reviews";
  }
}
