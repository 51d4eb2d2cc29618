/**
 * An apprentice's progress towards the end-point assessment of one standard: the
 * {@link io.github.apprenticeships4j.core.progress.ProgressRecord} (off-the-job training logged, evidence of the
 * knowledge, skills and behaviours, English and maths, the assessment plan's gateway requirements) and the pure
 * functions of {@link io.github.apprenticeships4j.core.progress.ProgressCheck} that judge it against the
 * {@link io.github.apprenticeships4j.core.standard.Standard}: KSB coverage, off-the-job hours still needed, gateway
 * blockers and the latest end-point assessment date. The off-the-job and English and maths rules are dated data with
 * their sources, as the funding rules are. The values are immutable and thread-safe (their builders are not); the
 * codes of the findings are those of {@link io.github.apprenticeships4j.core.progress.ProgressCodes}.
 */
@DomainStyle
@NullMarked
package io.github.apprenticeships4j.core.progress;

import io.github.apprenticeships4j.core.internal.DomainStyle;
import org.jspecify.annotations.NullMarked;
