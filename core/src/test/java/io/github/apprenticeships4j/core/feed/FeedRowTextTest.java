package io.github.apprenticeships4j.core.feed;

import static io.github.apprenticeships4j.core.feed.FeedFixtures.CONTEXT;
import static io.github.apprenticeships4j.core.feed.FeedFixtures.VALID;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FeedRowTextTest {
  private final FeedValidator validator = FeedValidator.of(CONTEXT);

  @Test
  void validateIfClean_acceptsACleanRowOnItsText_andRemembersIt_asValidateWould() {
    FeedValidator.Session session = validator.newSession();

    assertThat(session.validateIfClean(text(VALID))).isTrue();

    assertThat(session.rows()).isEqualTo(1);
    assertThat(session.validate(VALID).issues()).extracting(i -> i.code()).contains(FeedCodes.ULN_DUPLICATE_IN_FILE);
  }

  @Test
  void validateIfClean_refusesARowWithFindings_andChangesNothing() {
    FeedValidator.Session session = validator.newSession();
    FeedRecord badCheckDigit = VALID.with(FeedColumn.ULN, "1748529633");

    assertThat(session.validateIfClean(text(badCheckDigit))).isFalse();

    assertThat(session.rows()).isZero();
    assertThat(session.validateIfClean(text(VALID))).isTrue(); // the refused row's email address was not remembered
    assertThat(session.validate(badCheckDigit).issues()).extracting(i -> i.code())
        .contains(FeedCodes.EMAIL_DUPLICATE_IN_FILE);
  }

  @Test
  void validateIfClean_refusesTextThatIsNotNormalised() {
    FeedValidator.Session session = validator.newSession();

    assertThat(session.validateIfClean(text(VALID, FeedColumn.PROVIDER_REF, " REF-1"))).isFalse();
    assertThat(session.validateIfClean(text(VALID, FeedColumn.TOTAL_PRICE, "18000\u00A0"))).isFalse();
    assertThat(session.validateIfClean(text(VALID, FeedColumn.GIVEN_NAMES, "J\to"))).isFalse();
    assertThat(session.validateIfClean(text(VALID, FeedColumn.FAMILY_NAME, "Sm\tith"))).isFalse();
    assertThat(session.rows()).isZero();
  }

  @Test
  void validateIfClean_isOff_withoutTheShortcut() {
    assertThat(validator.withoutFastPath().newSession().validateIfClean(text(VALID))).isFalse();
  }

  @Test
  void validateIfClean_leavesTheRowThatFillsTheDuplicateTables_toValidate_whichWarns() {
    FeedValidator.Session session = validator.withMaxTrackedValues(2).newSession();

    assertThat(session.validateIfClean(text(VALID))).isTrue();
    FeedRecord second = VALID.with(FeedColumn.ULN, "4230216733").with(FeedColumn.EMAIL_ADDRESS, "b@example.com");
    assertThat(session.validateIfClean(text(second))).isFalse();
    assertThat(session.validate(second).issues()).extracting(i -> i.code())
        .containsExactly(FeedCodes.DUPLICATES_NOT_TRACKED);
    FeedRecord third = VALID.with(FeedColumn.ULN, "1000000042").with(FeedColumn.EMAIL_ADDRESS, "c@example.com");
    assertThat(session.validateIfClean(text(third))).isEqualTo(validator.newSession().validate(third).isEmpty());
  }

  @Test
  void aRecordOfText_makesItsValuesWhenRead_normalisedAsTheService() {
    FeedRowText text = text(VALID, FeedColumn.GIVEN_NAMES, "  Jo\tAnn ");

    FeedRecord record = FeedRecord.of(text);

    assertThat(record.get(FeedColumn.GIVEN_NAMES)).isEqualTo("Jo Ann");
    assertThat(record).isEqualTo(VALID.with(FeedColumn.GIVEN_NAMES, "Jo Ann")).hasSameHashCodeAs(
        VALID.with(FeedColumn.GIVEN_NAMES, "Jo Ann"));
    assertThat(record.toString()).isEqualTo(VALID.with(FeedColumn.GIVEN_NAMES, "Jo Ann").toString());
    assertThat(FeedRecord.of(VALID)).isSameAs(VALID);
  }

  /** The values of {@code record} as text that is not a String, as a reader's buffer would hold them. */
  private static FeedRowText text(FeedRecord record) {
    Map<FeedColumn, CharSequence> values = new EnumMap<>(FeedColumn.class);
    for (FeedColumn column : FeedColumn.values()) {
      values.put(column, new StringBuilder(record.get(column)));
    }
    return values::get;
  }

  private static FeedRowText text(FeedRecord record, FeedColumn column, String value) {
    FeedRowText others = text(record);
    return c -> c == column ? new StringBuilder(value) : others.get(c);
  }
}
