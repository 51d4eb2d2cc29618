/** Identifiers of training providers: the {@link io.github.apprenticeships4j.core.provider.Ukprn UKPRN}. */
@NullMarked
package io.github.apprenticeships4j.core.provider;

import org.jspecify.annotations.NullMarked;
