/**
 * Findings about values: {@link io.github.apprenticeships4j.core.validation.Issue}, collected in a
 * {@link io.github.apprenticeships4j.core.validation.ValidationReport}. Every validator of the library returns a report;
 * validators never throw for bad data.
 */
@DomainStyle
@NullMarked
package io.github.apprenticeships4j.core.validation;

import io.github.apprenticeships4j.core.internal.DomainStyle;
import org.jspecify.annotations.NullMarked;
