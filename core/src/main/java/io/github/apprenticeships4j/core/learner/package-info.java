/**
 * Identifiers of learners: the {@link io.github.apprenticeships4j.core.learner.Uln unique learner number} with the
 * ESFA check digit.
 */
@NullMarked
package io.github.apprenticeships4j.core.learner;

import org.jspecify.annotations.NullMarked;
