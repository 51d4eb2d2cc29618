package io.github.apprenticeships4j.formats.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.apprenticeships4j.core.feed.FeedColumn;
import io.github.apprenticeships4j.core.feed.FeedContext;
import io.github.apprenticeships4j.core.feed.FeedRecord;
import io.github.apprenticeships4j.core.feed.FeedValidator;
import io.github.apprenticeships4j.core.validation.Severity;
import io.github.apprenticeships4j.formats.LoadException;
import io.github.apprenticeships4j.formats.Loaded;
import io.github.apprenticeships4j.formats.TestData;
import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Test;

/**
 * Any bytes end in a context without errors, or in a {@link LoadException} with at least one error or a fatal
 * finding; nothing else is thrown, and a context read checks a row without failing. Replays the committed inputs in
 * a normal build; {@code JAZZER_FUZZ=1} fuzzes.
 */
class FeedContextJsonFuzzTest {
  private static final FeedRecord ROW = FeedRecord.builder().set(FeedColumn.COHORT_REF, "VLB8N4")
      .set(FeedColumn.AGREEMENT_ID, "XEGE5X").set(FeedColumn.ULN, "4230216733").set(FeedColumn.FAMILY_NAME, "Okafor")
      .set(FeedColumn.GIVEN_NAMES, "Adaeze").set(FeedColumn.DATE_OF_BIRTH, "2006-04-17")
      .set(FeedColumn.EMAIL_ADDRESS, "rhys.pritchard@example.com").set(FeedColumn.STD_CODE, "2")
      .set(FeedColumn.START_DATE, "2026-09-01").set(FeedColumn.END_DATE, "2028-09")
      .set(FeedColumn.TOTAL_PRICE, "18000").set(FeedColumn.RECOGNISE_PRIOR_LEARNING, "false").build();

  @FuzzTest(maxDuration = "60s")
  void readsAnyBytes(byte[] input) {
    Loaded<FeedContext> read;
    try {
      read = FeedContextJson.read(FeedContextJson.reader().open(new ByteArrayInputStream(input), "fuzz.json"));
    } catch (LoadException refused) {
      assertThat(refused.issues()).anyMatch(i -> i.severity().isAtLeast(Severity.ERROR));
      assertThat(refused.stoppedBy().isPresent() || refused.summaries().get(0).rejected() == 1).isTrue();
      return;
    }
    assertThat(read.issues()).noneMatch(i -> i.severity().isAtLeast(Severity.ERROR));
    FeedValidator validator = FeedValidator.of(read.value());
    validator.notChecked();
    FeedValidator.Session session = validator.newSession();
    session.validate(ROW);
    session.validate(ROW);
  }

  /** The examples' sample context is replayed from its one copy, not copied among the seeds. */
  @Test
  void bundledSample_keepsTheContract() {
    readsAnyBytes(TestData.bytes("/provider-feed/sample-context.json"));
  }
}
