/**
 * Crosswalks from the knowledge, skills and behaviours (KSBs) of an apprenticeship standard to the skills of a career
 * framework: a {@link io.github.apprenticeships4j.core.crosswalk.Crosswalk} of typed
 * {@link io.github.apprenticeships4j.core.crosswalk.Alignment}s (exact, broad, narrow or related, as SKOS mapping
 * relations and CASE associations name them), each with who asserted it, when, from what and why; the checks of a
 * crosswalk against its standard and framework
 * ({@link io.github.apprenticeships4j.core.crosswalk.CrosswalkValidator}); and the apprenticeship's skill profile
 * derived from it ({@link io.github.apprenticeships4j.core.crosswalk.CrosswalkProfile}), with its gap to a role level.
 * Every type is immutable and thread-safe.
 */
@DomainStyle
@NullMarked
package io.github.apprenticeships4j.core.crosswalk;

import io.github.apprenticeships4j.core.internal.DomainStyle;
import org.jspecify.annotations.NullMarked;
