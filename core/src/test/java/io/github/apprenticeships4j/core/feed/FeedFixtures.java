package io.github.apprenticeships4j.core.feed;

import io.github.apprenticeships4j.core.provider.Ukprn;
import io.github.apprenticeships4j.core.standard.LarsCode;
import io.github.apprenticeships4j.core.standard.StandardCatalogue;
import io.github.apprenticeships4j.core.standard.StandardFixtures;
import io.github.apprenticeships4j.core.standard.StandardReference;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A valid bulk-upload row and the context it is valid in; tests vary one column at a time. */
public final class FeedFixtures {
  /** The day of the check: academic year 2026-27, so starts up to July 2028 are allowed. */
  public static final LocalDate TODAY = LocalDate.of(2026, 9, 15);

  /** ST1398 (LARS 795, level 6, cap £22,000 from 2024-12-18), open-ended. */
  public static final StandardCatalogue CATALOGUE = StandardCatalogue.of(List.of(
      StandardFixtures.ML_ENGINEER.withLatestStartDate(Optional.empty()),
      // a level 7 course: LARS 81 (ST0118 made level 7 for the test), from 2016
      StandardFixtures.DATA_ANALYST.withLevel(7).withLarsCode(LarsCode.of(81)).withLatestStartDate(Optional.empty())
          .withStatus(io.github.apprenticeships4j.core.standard.StandardStatus.APPROVED_FOR_DELIVERY),
      // a foundation apprenticeship: LARS 9001
      StandardFixtures.BRICKLAYER.withReference(StandardReference.parse("FA0001")).withLarsCode(LarsCode.of(9001))
          .withEarliestStartDate(LocalDate.of(2025, 8, 1)).withLatestStartDate(Optional.empty())
          .withStatus(io.github.apprenticeships4j.core.standard.StandardStatus.APPROVED_FOR_DELIVERY),
      // a closed course: LARS 80 (ST0118 as published), starts 2016-03-23 to 2021-05-31
      StandardFixtures.DATA_ANALYST));

  public static final FeedContext CONTEXT = FeedContext.builder()
      .validationDate(TODAY)
      .standards(KnownStandards.of(CATALOGUE))
      .agreementIds(Set.of("XEGE5X", "V7YK9P"))
      .addAllUnsignedAgreementIds(Set.of("V7YK9P"))
      .declaredStandards(Set.of(LarsCode.of(795), LarsCode.of(81), LarsCode.of(9001), LarsCode.of(80)))
      .ukprn(Ukprn.of(10_000_055L))
      .courseManagementLink("https://example.org/courses")
      .build();

  public static final FeedRecord VALID = FeedRecord.builder()
      .set(FeedColumn.AGREEMENT_ID, "XEGE5X")
      .set(FeedColumn.ULN, "1748529632")
      .set(FeedColumn.FAMILY_NAME, "Smith")
      .set(FeedColumn.GIVEN_NAMES, "Jo")
      .set(FeedColumn.DATE_OF_BIRTH, "2004-03-02")
      .set(FeedColumn.EMAIL_ADDRESS, "jo.smith@example.com")
      .set(FeedColumn.STD_CODE, "795")
      .set(FeedColumn.START_DATE, "2026-09-14")
      .set(FeedColumn.END_DATE, "2028-09")
      .set(FeedColumn.TOTAL_PRICE, "18000")
      .set(FeedColumn.EPA_ORG_ID, "EPA0001")
      .set(FeedColumn.PROVIDER_REF, "REF-1")
      .set(FeedColumn.RECOGNISE_PRIOR_LEARNING, "false")
      .build();

  private FeedFixtures() {}
}
