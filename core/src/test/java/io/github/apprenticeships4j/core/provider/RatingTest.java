package io.github.apprenticeships4j.core.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.apprenticeships4j.core.validation.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RatingTest {
  @ParameterizedTest(name = "[{index}] {0} stars -> {1}")
  @CsvSource({"4,EXCELLENT", "3,GOOD", "2,POOR", "1,VERY_POOR", "0,NOT_YET_REVIEWED", "5,NOT_YET_REVIEWED",
      "-1,NOT_YET_REVIEWED"})
  void ofStars_mapsAsFatsComputedColumn(int stars, Rating expected) {
    assertThat(Rating.ofStars(stars)).isEqualTo(expected);
  }

  @Test
  void officialNames_areFats() {
    assertThat(Rating.VERY_POOR.officialName()).isEqualTo("VeryPoor");
    assertThat(Rating.NOT_YET_REVIEWED.officialName()).isEqualTo("NotYetReviewed");
    assertThat(Rating.tryParse("Not yet reviewed")).contains(Rating.NOT_YET_REVIEWED);
    assertThat(Rating.tryParse("verypoor")).contains(Rating.VERY_POOR);
    assertThat(Rating.tryParse("Great")).isEmpty();
  }

  @Test
  void feedback_ratesItsStars() {
    assertThat(Feedback.of(4, 12).rating()).isEqualTo(Rating.EXCELLENT);
    assertThat(Feedback.of(1, 0).rating()).isEqualTo(Rating.VERY_POOR);
    assertThat(Feedback.of(3, 7)).hasToString("3 stars (Good) from 7 reviews");
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(ints = {0, 5, -1})
  void feedback_refusesStarsOutsideOneToFour(int stars) {
    InvalidValueException e = catchThrowableOfType(InvalidValueException.class, () -> Feedback.of(stars, 3));

    assertThat(e.issue().code()).isEqualTo(ProviderCodes.FEEDBACK_STARS_RANGE);
    assertThat(e.issue().path()).isEqualTo("stars");
  }

  @Test
  void feedback_refusesNegativeReviewCount() {
    InvalidValueException e = catchThrowableOfType(InvalidValueException.class, () -> Feedback.of(3, -1));

    assertThat(e.issue().code()).isEqualTo(ProviderCodes.FEEDBACK_REVIEWS_NEGATIVE);
  }
}
