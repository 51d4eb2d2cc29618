/**
 * Helpers of the validation layer that every package of core may use: the Hibernate Validator bridge, which runs the
 * model's Jakarta constraints and reports them as findings, and the text verbs of the identifier types. Not exported.
 */
@NullMarked
package io.github.apprenticeships4j.core.validation.internal;

import org.jspecify.annotations.NullMarked;
