/** The Jakarta Validation constraint validators behind the annotations of {@code core.constraints}. Not exported. */
@NullMarked
package io.github.apprenticeships4j.core.constraints.internal;

import org.jspecify.annotations.NullMarked;
