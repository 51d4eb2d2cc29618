/**
 * Career frameworks and progression: a {@link io.github.apprenticeships4j.core.career.Framework} of roles, ordered
 * role levels, skills described per level of an ordered
 * {@link io.github.apprenticeships4j.core.career.SkillLevelScale}, and the skill requirements of each role level
 * (as the UK Government Digital and Data Capability Framework, DDaT, publishes them); the questions asked of it as
 * pure functions (shared skills, {@link io.github.apprenticeships4j.core.career.SkillGap}); and a
 * {@link io.github.apprenticeships4j.core.career.ProgressionGraph} of role levels and apprenticeship standards joined
 * by typed edges. Every type is immutable and thread-safe; {@link io.github.apprenticeships4j.core.career.CareerValidator}
 * reports what is wrong as coded findings.
 */
@DomainStyle
@NullMarked
package io.github.apprenticeships4j.core.career;

import io.github.apprenticeships4j.core.internal.DomainStyle;
import org.jspecify.annotations.NullMarked;
