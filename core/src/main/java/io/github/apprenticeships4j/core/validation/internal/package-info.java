/** The Hibernate Validator bridge: runs the model's Jakarta constraints and reports them as findings. Not exported. */
@NullMarked
package io.github.apprenticeships4j.core.validation.internal;

import org.jspecify.annotations.NullMarked;
