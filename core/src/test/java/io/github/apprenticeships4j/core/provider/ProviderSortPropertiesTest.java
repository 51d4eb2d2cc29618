package io.github.apprenticeships4j.core.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Sorting providers is a stable total order, for any generated providers and every sort. */
class ProviderSortPropertiesTest {
  @Test
  void comparator_isAntisymmetricAndTransitive() {
    qt().forAll(ProviderGen.sorts(), ProviderGen.comparedProviders(), ProviderGen.comparedProviders(),
        ProviderGen.comparedProviders())
        .checkAssert((sort, a, b, c) -> {
          Comparator<ComparedProvider> order = sort.comparator();
          assertThat(Integer.signum(order.compare(a, b))).isEqualTo(-Integer.signum(order.compare(b, a)));
          assertThat(order.compare(a, a)).isZero();
          if (order.compare(a, b) <= 0 && order.compare(b, c) <= 0) {
            assertThat(order.compare(a, c)).isLessThanOrEqualTo(0);
          }
          if (order.compare(a, b) == 0) {
            assertThat(Integer.signum(order.compare(a, c))).isEqualTo(Integer.signum(order.compare(b, c)));
          }
        });
  }

  @Test
  void sort_givesTheSameOrderForAnyInputOrder_keepingTiesInInputOrder() {
    qt().forAll(ProviderGen.sorts(), ProviderGen.lists0to30(), longs().all())
        .checkAssert((sort, providers, seed) -> {
          Comparator<ComparedProvider> order = sort.comparator();
          List<ComparedProvider> shuffled = new ArrayList<>(providers);
          Collections.shuffle(shuffled, new Random(seed));
          Map<ComparedProvider, Integer> inputIndex = new IdentityHashMap<>();
          for (int i = 0; i < shuffled.size(); i++) {
            inputIndex.put(shuffled.get(i), i);
          }
          List<ComparedProvider> sorted = new ArrayList<>(shuffled);
          sorted.sort(order);
          List<ComparedProvider> fromOriginal = new ArrayList<>(providers);
          fromOriginal.sort(order);

          for (int i = 1; i < sorted.size(); i++) {
            ComparedProvider before = sorted.get(i - 1);
            ComparedProvider after = sorted.get(i);
            assertThat(order.compare(before, after)).isLessThanOrEqualTo(0);
            if (order.compare(before, after) == 0) {
              assertThat(inputIndex.get(before)).isLessThan(inputIndex.get(after));
            }
          }
          for (int i = 0; i < sorted.size(); i++) {
            assertThat(order.compare(sorted.get(i), fromOriginal.get(i))).isZero();
          }
        });
  }

  @Test
  void sort_putsProvidersWithoutDataLast() {
    qt().forAll(ProviderGen.lists0to30())
        .checkAssert(providers -> {
          List<ComparedProvider> byRate = new ArrayList<>(providers);
          byRate.sort(ProviderSort.ACHIEVEMENT_RATE.comparator());
          List<ComparedProvider> byEmployer = new ArrayList<>(providers);
          byEmployer.sort(ProviderSort.EMPLOYER_RATING.comparator());
          List<ComparedProvider> byApprentice = new ArrayList<>(providers);
          byApprentice.sort(ProviderSort.APPRENTICE_RATING.comparator());

          assertThat(firstMissingIsAfterAllPresent(byRate, c -> c.percent().isPresent())).isTrue();
          assertThat(firstMissingIsAfterAllPresent(byEmployer,
              c -> c.provider().employerFeedback().isPresent())).isTrue();
          assertThat(firstMissingIsAfterAllPresent(byApprentice,
              c -> c.provider().apprenticeFeedback().isPresent())).isTrue();
        });
  }

  private static boolean firstMissingIsAfterAllPresent(List<ComparedProvider> sorted,
      java.util.function.Predicate<ComparedProvider> hasData) {
    boolean missingSeen = false;
    for (ComparedProvider c : sorted) {
      if (!hasData.test(c)) {
        missingSeen = true;
      } else if (missingSeen) {
        return false;
      }
    }
    return true;
  }
}
