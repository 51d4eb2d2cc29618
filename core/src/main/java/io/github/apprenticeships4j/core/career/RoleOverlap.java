package io.github.apprenticeships4j.core.career;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The skills one role shares with another: a line of the table {@link Framework#sharedSkillTable(RoleId)}.
 *
 * @param role the other role
 * @param shared the skills shared, by identity
 */
public record RoleOverlap(Role role, List<SharedSkill> shared) {
  public RoleOverlap {
    Objects.requireNonNull(role, "role");
    shared = List.copyOf(shared);
  }

  /** For example {@code Data scientist (3): Applied maths, ..., Data science innovation}. */
  @Override
  public String toString() {
    return role.name() + " (" + shared.size() + "): "
        + shared.stream().map(SharedSkill::toString).collect(Collectors.joining(", "));
  }
}
