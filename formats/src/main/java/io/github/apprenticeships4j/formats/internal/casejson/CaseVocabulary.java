package io.github.apprenticeships4j.formats.internal.casejson;

import io.github.apprenticeships4j.core.standard.KsbType;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The words of the CASE packages this library writes and reads: item types, association types, the CASE version. */
final class CaseVocabulary {
  static final String CASE_VERSION = "1.1";

  static final String IS_CHILD_OF = "isChildOf";
  static final String IS_PART_OF = "isPartOf";
  static final String IS_RELATED_TO = "isRelatedTo";
  static final String HAS_SKILL_LEVEL = "hasSkillLevel";

  static final String OPTION = "Option";
  static final String DUTY = "Duty";
  static final String SKILL_LEVEL_SCALE = "Skill level scale";
  static final String SKILL_LEVEL = "Skill level";
  static final String SKILL = "Skill";
  static final String SKILL_LEVEL_DESCRIPTION = "Skill level description";
  static final String ROLE = "Role";
  static final String ROLE_LEVEL = "Role level";

  /** The {@code lastChangeDateTime} of a model that says nothing of when it changed. */
  static final LocalDate UNKNOWN_CHANGE = LocalDate.EPOCH;

  private static final Map<KsbType, String> KSB_TYPES = new EnumMap<>(KsbType.class);

  static {
    KSB_TYPES.put(KsbType.KNOWLEDGE, "Knowledge");
    KSB_TYPES.put(KsbType.SKILL, "Skill");
    KSB_TYPES.put(KsbType.BEHAVIOUR, "Behaviour");
    KSB_TYPES.put(KsbType.TECHNICAL_KNOWLEDGE, "Technical knowledge");
    KSB_TYPES.put(KsbType.TECHNICAL_SKILL, "Technical skill");
    KSB_TYPES.put(KsbType.EMPLOYABILITY_SKILL_AND_BEHAVIOUR, "Employability skill and behaviour");
  }

  private CaseVocabulary() {}

  /** The {@code CFItemType} of KSBs of {@code type}, e.g. {@code Knowledge}. */
  static String itemType(KsbType type) {
    return Objects.requireNonNull(KSB_TYPES.get(type), type.name());
  }

  /** The KSB type whose items have {@code CFItemType} {@code itemType}, if it is one. */
  static Optional<KsbType> ksbType(String itemType) {
    return KSB_TYPES.entrySet().stream().filter(e -> e.getValue().equals(itemType)).map(Map.Entry::getKey)
        .findFirst();
  }

  /** {@code date} at midnight UTC, as CASE writes a date-time. */
  static String dateTime(LocalDate date) {
    return date + "T00:00:00Z";
  }
}
