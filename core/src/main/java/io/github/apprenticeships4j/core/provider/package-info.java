/**
 * Training providers: the {@link io.github.apprenticeships4j.core.provider.Ukprn}, the register entry (APAR),
 * achievement rates with their official {@link io.github.apprenticeships4j.core.provider.AchievementBand}s, employer
 * and apprentice {@link io.github.apprenticeships4j.core.provider.Feedback} with its
 * {@link io.github.apprenticeships4j.core.provider.Rating}, an assessment against configurable
 * {@link io.github.apprenticeships4j.core.provider.QualityThresholds}, and the
 * {@link io.github.apprenticeships4j.core.provider.ProviderComparison} of providers for a standard.
 */
@DomainStyle
@NullMarked
package io.github.apprenticeships4j.core.provider;

import io.github.apprenticeships4j.core.internal.DomainStyle;
import org.jspecify.annotations.NullMarked;
