package io.github.apprenticeships4j.core.feed;

import io.github.apprenticeships4j.core.standard.LarsCode;
import io.github.apprenticeships4j.core.standard.Standard;
import io.github.apprenticeships4j.core.standard.StandardCatalogue;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The training courses the apprenticeship service knows, by LARS code: what it looks up in its database to check a
 * feed's {@code StdCode}, start dates and age limits. Implement it over your own data, or build it from a
 * {@link StandardCatalogue} with {@link #of(StandardCatalogue)}.
 */
@FunctionalInterface
public interface KnownStandards {
  /** The course with LARS code {@code code}, or empty if the service would not know it. */
  Optional<KnownStandard> find(LarsCode code);

  /**
   * The courses of a catalogue: each LARS code that one approved standard carries (approved for delivery, retired or
   * withdrawn since), with the versions of that standard that carry it. Versions never approved are left out, as
   * the service lists only approved courses.
   */
  static KnownStandards of(StandardCatalogue catalogue) {
    Map<LarsCode, List<Standard>> byCode = catalogue.stream()
        .filter(s -> s.larsCode().isPresent() && s.status().wasApproved())
        .collect(Collectors.groupingBy(s -> s.larsCode().get()));
    Map<LarsCode, KnownStandard> courses = new HashMap<>();
    byCode.forEach((code, versions) -> {
      // one reference per LARS code; the catalogue's rule standard.lars-code.duplicate reports a code carried by two
      // standards
      List<Standard> ofFirst = versions.stream().filter(v -> v.reference().equals(versions.get(0).reference()))
          .collect(Collectors.toList());
      courses.put(code, KnownStandard.of(code, ofFirst));
    });
    Map<LarsCode, KnownStandard> frozen = Map.copyOf(courses);
    return code -> Optional.ofNullable(frozen.get(code));
  }
}
