package io.github.apprenticeships4j.core.crosswalk;

import io.github.apprenticeships4j.core.career.Framework;
import io.github.apprenticeships4j.core.career.Skill;
import io.github.apprenticeships4j.core.career.SkillLevel;
import io.github.apprenticeships4j.core.standard.Standard;
import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.core.validation.ValidationReport;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The rules of a crosswalk, checked against the standard and the framework it joins. Returns findings; never throws
 * for bad data. Findings about an alignment have the path {@code alignments[i]} (and the property at fault) and the
 * alignment as subject ({@code K21 exact communicating-between-the-technical-and-non-technical at Working}). The codes
 * and their severities are listed in {@link CrosswalkCodes}.
 */
public final class CrosswalkValidator {
  private CrosswalkValidator() {}

  /** The findings about {@code crosswalk} as a crosswalk from {@code standard} to {@code framework}. */
  public static ValidationReport validate(Crosswalk crosswalk, Standard standard, Framework framework) {
    List<Issue> issues = new ArrayList<>();
    usable(crosswalk, standard, framework, issues);
    return ValidationReport.of(issues);
  }

  /**
   * Checks every alignment, adding the findings to {@code issues}; whether each alignment, by index, may count
   * towards a profile (the crosswalk is for {@code standard}, no error, not a repeat).
   */
  static List<Boolean> usable(Crosswalk crosswalk, Standard standard, Framework framework, List<Issue> issues) {
    boolean sameStandard = crosswalk.standard().equals(standard.reference());
    if (!sameStandard) {
      issues.add(Issue.error(CrosswalkCodes.STANDARD_MISMATCH, "the crosswalk is for " + crosswalk.standard()
          + ", not " + standard.reference()).at("standard").rejecting(standard.reference().value()));
    } else if (crosswalk.standardVersion().isPresent()
        && !crosswalk.standardVersion().get().equals(standard.version())) {
      issues.add(Issue.warning(CrosswalkCodes.STANDARD_VERSION_MISMATCH, "the crosswalk's KSB codes are those of "
          + "version " + crosswalk.standardVersion().get() + ", not " + standard.version())
          .at("standardVersion").rejecting(standard.version().toString()));
    }
    List<Boolean> usable = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    List<Alignment> alignments = crosswalk.alignments();
    for (int i = 0; i < alignments.size(); i++) {
      Alignment a = alignments.get(i);
      String path = "alignments[" + i + "]";
      String subject = a.toString();
      int before = issues.size();
      if (standard.findKsb(a.ksb()).isEmpty()) {
        issues.add(Issue.error(CrosswalkCodes.KSB_UNKNOWN, standard.reference() + " v" + standard.version()
            + " has no KSB " + a.ksb()).at(path + ".ksb").about(subject).rejecting(a.ksb()));
      }
      Optional<Skill> skill = framework.findSkill(a.skill());
      if (skill.isEmpty()) {
        issues.add(Issue.error(CrosswalkCodes.SKILL_UNKNOWN, framework.name() + " has no skill " + a.skill())
            .at(path + ".skill").about(subject).rejecting(a.skill().value()));
      }
      if (a.level().isPresent()) {
        Optional<SkillLevel> level = framework.scale().find(a.level().get());
        if (level.isEmpty()) {
          issues.add(Issue.error(CrosswalkCodes.LEVEL_FOREIGN, "not a level of " + framework.scale())
              .at(path + ".level").about(subject).rejecting(a.level().get()));
        } else if (skill.isPresent() && !skill.get().isDefinedAt(level.get())) {
          issues.add(Issue.error(CrosswalkCodes.LEVEL_UNDEFINED, skill.get().name() + " is not defined at "
              + level.get() + "; it is defined at " + skill.get().definedLevels()).at(path + ".level").about(subject)
              .rejecting(a.level().get()));
        }
      }
      boolean fine = issues.size() == before;
      if (!seen.add(Crosswalk.key(a))) {
        issues.add(Issue.warning(CrosswalkCodes.ALIGNMENT_DUPLICATE, a.ksb() + " is aligned to " + a.skill()
            + " before; the first alignment counts").at(path).about(subject));
        fine = false;
      }
      usable.add(fine && sameStandard);
    }
    return usable;
  }
}
