package io.github.apprenticeships4j.core.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.apprenticeships4j.core.validation.Issue;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StandardValidatorPropertiesTest {

  @Test
  void generatedStandards_areValid() {
    qt().forAll(StandardGen.standards())
        .checkAssert(s -> assertThat(StandardValidator.validate(s).issues()).isEmpty());
  }

  @Test
  void oneUnresolvedKsbId_isReportedOnce_atItsPath() {
    qt().forAll(StandardGen.standards().assuming(s -> !s.duties().isEmpty()),
        integers().between(0, Integer.MAX_VALUE - 1))
        .checkAssert((s, pick) -> {
          int d = pick % s.duties().size();
          Duty duty = s.duties().get(d);
          List<String> ids = new ArrayList<>(duty.ksbIds());
          ids.add("unresolved");
          List<Duty> duties = new ArrayList<>(s.duties());
          duties.set(d, duty.withKsbIds(ids));

          List<Issue> issues = StandardValidator.validate(s.withDuties(duties)).issues();

          assertThat(issues).extracting(Issue::code, Issue::path).containsExactly(
              tuple(StandardCodes.DUTY_KSB_UNRESOLVED, "duties[" + d + "].ksbIds[" + (ids.size() - 1) + "]"));
        });
  }
}
