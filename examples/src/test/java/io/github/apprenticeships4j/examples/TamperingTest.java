package io.github.apprenticeships4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.apprenticeships4j.core.career.CareerNode;
import io.github.apprenticeships4j.core.career.Framework;
import io.github.apprenticeships4j.core.career.ProgressionEdge;
import io.github.apprenticeships4j.core.career.ProgressionGraph;
import io.github.apprenticeships4j.core.career.RoleLevel;
import io.github.apprenticeships4j.core.career.Skill;
import io.github.apprenticeships4j.core.career.SkillGap;
import io.github.apprenticeships4j.core.feed.FeedContext;
import io.github.apprenticeships4j.core.funding.FundingCalculator;
import io.github.apprenticeships4j.core.funding.FundingRules;
import io.github.apprenticeships4j.core.standard.Ksb;
import io.github.apprenticeships4j.core.standard.Standard;
import io.github.apprenticeships4j.core.standard.StandardReference;
import io.github.apprenticeships4j.core.standard.StandardVersion;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What issue 11 did to the bundled data, without reflection on private state, and what it broke: every public
 * no-argument method a caller can reach on a value is called and what it returns is damaged where it can be. None of
 * it may change the value any more.
 */
class TamperingTest {

  @Test
  void aCataloguesStandard_keepsItsKsbLookUps() {
    StandardReference st1398 = StandardReference.parse("ST1398");
    Standard ml = BundledData.digitalStandards().value().get(st1398, StandardVersion.of(1, 0));
    ml.findKsbById(ml.ksbs().get(0).id());

    damageEverythingHandedOutBy(ml);

    for (Ksb ksb : ml.ksbs()) {
      assertThat(ml.findKsbById(ksb.id())).contains(ksb);
    }
    assertThat(ml.coreKsbs()).isNotEmpty();
  }

  @Test
  void theLadder_keepsItsPathsFromST1398() {
    ProgressionGraph ladder = CareerData.ladder();
    CareerNode st1398 = CareerNode.parse("ST1398");
    CareerNode headOfAi = CareerNode.parse("head-of-ai");
    assertThat(ladder.paths(st1398, headOfAi, CareerTour.MAX_STEPS)).hasSize(10);
    Map<ProgressionEdge, Optional<SkillGap>> deltas = new HashMap<>();
    ladder.edges().forEach(edge -> deltas.put(edge, ladder.delta(edge)));

    damageEverythingHandedOutBy(ladder);

    assertThat(ladder.paths(st1398, headOfAi, CareerTour.MAX_STEPS)).hasSize(10);
    assertThat(ladder.nextSteps(st1398)).hasSize(4);
    deltas.forEach((edge, delta) -> assertThat(ladder.delta(edge)).isEqualTo(delta));
  }

  @Test
  void theDdatFramework_keepsItsLookUps() {
    Framework ddat = CareerData.ddat().value();
    ddat.roleLevels();

    damageEverythingHandedOutBy(ddat);

    for (Skill skill : ddat.skills()) {
      assertThat(ddat.findSkill(skill.id())).contains(skill);
    }
    for (RoleLevel level : ddat.roleLevels()) {
      assertThat(ddat.findRoleLevel(level.id())).contains(level);
      assertThat(ddat.roleOf(level.id())).isPresent();
    }
    assertThat(ddat.roleLevels()).hasSize(205);
  }

  @Test
  void theDefaultFundingRules_keepFundingTheSeedCase_inEveryCalculator() {
    FundingCalculator.withDefaultRules().calculate(FundingSeedCase.mlEngineer(LocalDate.of(2000, 3, 15)));

    damageEverythingHandedOutBy(FundingRules.defaults());

    assertThat(FundingCalculator.withDefaultRules().calculate(FundingSeedCase.mlEngineer(LocalDate.of(2000, 3, 15)))
        .orElseThrow().governmentCoInvestment().value()).isEqualByComparingTo("20900");
  }

  @Test
  void aFeedContext_keepsTheAgreementIdsItWasGiven() {
    Set<String> agreements = new HashSet<>(Set.of("XEGE5X", "V7YK9P"));
    FeedContext context = FeedContext.builder().validationDate(FeedCheck.CHECKED_ON).agreementIds(agreements).build();

    agreements.clear();
    damageEverythingHandedOutBy(context);

    assertThat(context.agreementIds()).contains(Set.of("XEGE5X", "V7YK9P"));
  }

  /**
   * Clears every collection and map the public no-argument methods of the value's public class return (for a built
   * value, its abstract class: the generated class is package-private), overwrites every array.
   */
  private static void damageEverythingHandedOutBy(Object value) {
    Class<?> reachable = value.getClass();
    while (!Modifier.isPublic(reachable.getModifiers())) {
      reachable = reachable.getSuperclass();
    }
    for (Method method : reachable.getMethods()) {
      if (method.getParameterCount() != 0 || method.getReturnType() == void.class
          || Modifier.isStatic(method.getModifiers()) || method.getDeclaringClass() == Object.class) {
        continue;
      }
      try {
        damage(method.invoke(value));
      } catch (IllegalAccessException e) {
        throw new AssertionError(method + " is public but cannot be called", e);
      } catch (InvocationTargetException e) {
        // nothing handed out
      }
    }
  }

  private static void damage(Object answer) {
    try {
      if (answer instanceof int[]) {
        Arrays.fill((int[]) answer, 0);
      } else if (answer instanceof Object[]) {
        Arrays.fill((Object[]) answer, null);
      } else if (answer instanceof Map) {
        ((Map<?, ?>) answer).values().forEach(TamperingTest::damage);
        ((Map<?, ?>) answer).clear();
      } else if (answer instanceof Collection) {
        ((Collection<?>) answer).forEach(TamperingTest::damage);
        ((Collection<?>) answer).clear();
      }
    } catch (UnsupportedOperationException refused) {
      // as it should be
    }
  }
}
