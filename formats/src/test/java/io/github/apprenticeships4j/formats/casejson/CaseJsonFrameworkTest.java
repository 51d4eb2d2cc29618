package io.github.apprenticeships4j.formats.casejson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.github.apprenticeships4j.core.career.Framework;
import io.github.apprenticeships4j.core.career.PayBand;
import io.github.apprenticeships4j.core.career.Role;
import io.github.apprenticeships4j.core.career.RoleId;
import io.github.apprenticeships4j.core.career.RoleLevel;
import io.github.apprenticeships4j.core.career.RoleLevelId;
import io.github.apprenticeships4j.core.career.SkillLevelScale;
import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.formats.LoadException;
import io.github.apprenticeships4j.formats.Loaded;
import io.github.apprenticeships4j.formats.ReadCodes;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Bad pay bands of a framework as a CASE package, located. */
class CaseJsonFrameworkTest {
  static final JsonMapper JSON = JsonMapper.builder().build();

  static final Framework WITH_PAY_BAND = Framework.builder().name("F").publisher("P").source("S")
      .scale(SkillLevelScale.ddat())
      .addRoles(Role.builder().id(RoleId.parse("role-1")).name("R").family("Family")
          .addLevels(RoleLevel.builder().id(RoleLevelId.parse("level-1")).name("L")
              .addPayBands(PayBand.of("London", 30_000, 40_000, false, "survey")).build())
          .build())
      .build();

  static Loaded<Framework> read(String text) throws LoadException {
    return CaseJson.readFramework(CaseJson.frameworkReader().open(new ByteArrayInputStream(text.getBytes(
        StandardCharsets.UTF_8)), "case.json"));
  }

  @Test
  void aPayBand_readsBackEqual() throws LoadException {
    assertThat(read(CaseJson.toJson(WITH_PAY_BAND)).value()).isEqualTo(WITH_PAY_BAND);
  }

  @Test
  void aNullMinimumOrMaximum_isReportedMissing_notDroppedSilently() {
    for (String bound : new String[] {"minimum", "maximum"}) {
      ObjectNode broken = (ObjectNode) JSON.readTree(CaseJson.toJson(WITH_PAY_BAND));
      int index = indexOfLevel(broken);
      ((ObjectNode) broken.get("CFItems").get(index).get("extensions").get("payBands").get(0)).putNull(bound);

      assertThat(catchThrowableOfType(LoadException.class, () -> read(broken.toString())).issues())
          .as(bound).extracting(Issue::code, Issue::path).containsExactly(tuple(ReadCodes.CASE_JSON_FIELD_MISSING,
              "CFItems[" + index + "].extensions.payBands[0]." + bound));
    }
  }

  static int indexOfLevel(ObjectNode pack) {
    for (int i = 0; i < pack.get("CFItems").size(); i++) {
      if (pack.get("CFItems").get(i).path("extensions").has("payBands")) {
        return i;
      }
    }
    throw new AssertionError("no item with pay bands");
  }
}
