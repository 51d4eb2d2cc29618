package io.github.apprenticeships4j.core.career;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.apprenticeships4j.core.validation.InvalidValueException;
import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.core.validation.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class CareerIdTest {
  static final List<String> VALID = List.of("data-scientist", " Data-Scientist\t", "a", "level-7", "7");
  static final List<String> INVALID = List.of("", "  ", "data scientist", "-data", "data-", "data--scientist",
      "data_scientist", "caf\u00e9", "networ\u212A-architect");

  @Test
  void parse_tryParse_isValid_andCheck_agreeOnEveryText() {
    for (String text : VALID) {
      assertThat(RoleId.isValid(text)).as(text).isTrue();
      assertThat(RoleId.tryParse(text)).as(text).contains(RoleId.parse(text));
      assertThat(RoleId.check(text).isEmpty()).as(text).isTrue();
      assertThat(RoleLevelId.tryParse(text)).as(text).contains(RoleLevelId.parse(text));
      assertThat(SkillId.tryParse(text)).as(text).contains(SkillId.parse(text));
    }
    for (String text : INVALID) {
      assertThat(RoleId.isValid(text)).as(text).isFalse();
      assertThat(RoleId.tryParse(text)).as(text).isEmpty();
      assertThat(RoleLevelId.tryParse(text)).as(text).isEmpty();
      assertThat(SkillId.tryParse(text)).as(text).isEmpty();
      List<Issue> findings = SkillId.check(text).issues();
      assertThat(findings).as(text).singleElement().satisfies(f -> {
        assertThat(f.code()).isEqualTo(CareerCodes.ID_FORMAT);
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.message()).startsWith("skill id must be");
      });
      assertThatThrownBy(() -> SkillId.parse(text)).isInstanceOfSatisfying(InvalidValueException.class,
          e -> assertThat(e.issue()).isEqualTo(findings.get(0)));
    }
  }

  @Test
  void parse_givesTheCanonicalText() {
    assertThat(RoleId.parse(" Data-Scientist\t").value()).isEqualTo("data-scientist");
    assertThat(SkillId.parse("DATA-7").toString()).isEqualTo("data-7");
  }

  @Test
  void idsOfDifferentKinds_withTheSameText_areNotEqual() {
    Object role = RoleId.parse("data-scientist");
    Object level = RoleLevelId.parse("data-scientist");

    assertThat(role).isNotEqualTo(level).isEqualTo(RoleId.parse("data-scientist"));
    assertThat(role.hashCode()).isEqualTo(RoleId.parse("DATA-SCIENTIST").hashCode());
    assertThat(RoleId.parse("a").compareTo(RoleId.parse("b"))).isNegative();
  }

  @Test
  void ofName_isTheLettersAndDigitsJoinedByHyphens() {
    assertThat(RoleLevelId.ofName("Head of (Agile) delivery management").value())
        .isEqualTo("head-of-agile-delivery-management");
    assertThat(SkillId.ofName("--Programming & build (software engineering)!").value())
        .isEqualTo("programming-build-software-engineering");
    assertThatThrownBy(() -> RoleId.ofName("*** !")).isInstanceOfSatisfying(InvalidValueException.class, e -> {
      assertThat(e.issue().code()).isEqualTo(CareerCodes.ID_FORMAT);
      assertThat(e.issue().message()).contains("role id").contains("has none");
      assertThat(e.issue().rejectedValue()).contains("*** !");
    });
  }

  @Test
  void theMethodsOfAnId_areDeclaredByItsPublicType_soThatReflectionCanCallThem() throws Exception {
    for (Class<?> type : List.of(RoleId.class, RoleLevelId.class, SkillId.class)) {
      for (String method : List.of("value", "toString", "hashCode")) {
        assertThat(type.getMethod(method).getDeclaringClass()).as(type + "." + method).isEqualTo(type);
      }
    }
  }

  @Test
  void careerNode_hasTheSameVerbs() {
    assertThat(CareerNode.parse("st1398").isApprenticeship()).isTrue();
    assertThat(CareerNode.tryParse(" lead-developer ")).contains(CareerNode.of(RoleLevelId.parse("lead-developer")));
    assertThat(CareerNode.isValid("lead developer")).isFalse();
    assertThat(CareerNode.check("ST1398").isEmpty()).isTrue();
    assertThat(CareerNode.check("lead developer").issues()).singleElement()
        .satisfies(f -> assertThat(f.code()).isEqualTo(CareerCodes.ID_FORMAT))
        .satisfies(f -> assertThat(f.message()).contains("standard reference").contains("role level id"));
    assertThatThrownBy(() -> CareerNode.parse("lead developer")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(CareerCodes.ID_FORMAT);
  }
}
