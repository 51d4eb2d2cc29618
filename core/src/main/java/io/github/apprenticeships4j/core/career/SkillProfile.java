package io.github.apprenticeships4j.core.career;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What a person can do: a level for each skill they have, with a name for reports. Immutable and thread-safe.
 *
 * @param name whose profile, e.g. {@code Alex}
 * @param levels the level of each skill
 */
public record SkillProfile(String name, Map<SkillId, SkillLevel> levels) {
  public SkillProfile {
    Objects.requireNonNull(name, "name");
    levels = Map.copyOf(levels);
  }

  /** An empty profile. */
  public static SkillProfile of(String name) {
    return new SkillProfile(name, Map.of());
  }

  /** A copy that has {@code skill} at {@code level}. */
  public SkillProfile with(SkillId skill, SkillLevel level) {
    Map<SkillId, SkillLevel> copy = new LinkedHashMap<>(levels);
    copy.put(skill, level);
    return new SkillProfile(name, copy);
  }

  /** The profile as requirements, by skill id. */
  public List<SkillRequirement> asRequirements() {
    return levels.entrySet().stream().sorted(Map.Entry.comparingByKey())
        .map(e -> SkillRequirement.of(e.getKey(), e.getValue())).collect(Collectors.toUnmodifiableList());
  }
}
