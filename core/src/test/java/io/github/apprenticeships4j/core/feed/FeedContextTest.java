package io.github.apprenticeships4j.core.feed;

import static io.github.apprenticeships4j.core.feed.FeedFixtures.TODAY;
import static io.github.apprenticeships4j.core.feed.FeedFixtures.VALID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.apprenticeships4j.core.standard.LarsCode;
import io.github.apprenticeships4j.core.validation.Issue;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FeedContextTest {

  @Test
  void theSetsGiven_areCopied_soChangingThemLaterChangesNothing() {
    Set<String> agreements = new HashSet<>(Set.of("XEGE5X"));
    Set<LarsCode> declared = new HashSet<>(Set.of(LarsCode.of(795)));
    FeedContext context = FeedContext.builder().validationDate(TODAY).agreementIds(agreements)
        .declaredStandards(declared).build();
    FeedValidator validator = FeedValidator.of(context);

    agreements.clear();
    agreements.add("OTHER1");
    declared.clear();

    assertThat(context.agreementIds()).contains(Set.of("XEGE5X"));
    assertThat(context.declaredStandards()).contains(Set.of(LarsCode.of(795)));
    assertThat(validator.validate(VALID).issues()).extracting(Issue::code)
        .doesNotContain("AGREEMENT_ID.INVALID", "STD_CODE.NOT_DECLARED");
  }

  @Test
  void theSetsItHandsOut_refuseChanges() {
    FeedContext context = FeedContext.builder().validationDate(TODAY).agreementIds(Set.of("XEGE5X"))
        .addUnsignedAgreementIds("XEGE5X").declaredStandards(Set.of(LarsCode.of(795))).build();

    for (Set<?> set : List.of(context.agreementIds().orElseThrow(), context.declaredStandards().orElseThrow(),
        context.unsignedAgreementIds())) {
      assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(set::clear);
    }
    assertThat(context.agreementIds()).contains(Set.of("XEGE5X"));
  }

  @Test
  void eachFactOfTheServicesState_alone_makesTheContextKnowIt() {
    FeedContext bare = FeedContext.on(TODAY);
    assertThat(bare.knowsServiceState()).isFalse();
    assertThat(bare.withAgreementIds(Set.of("XEGE5X")).withLevyPayerAgreementIds(Set.of("XEGE5X"))
        .knowsServiceState()).isFalse();
    assertThat(bare.withCohorts(List.of()).knowsServiceState()).isTrue();
    assertThat(bare.withExistingApprenticeships(List.of()).knowsServiceState()).isTrue();
    assertThat(bare.withPermittedAgreementIds(Set.of()).knowsServiceState()).isTrue();
    assertThat(bare.withReservationErrors(java.util.Map.of()).knowsServiceState()).isTrue();
  }
}
