/** The funding package's money rounding and the reader of its rule catalogue. Not exported. */
@NullMarked
package io.github.apprenticeships4j.core.funding.internal;

import org.jspecify.annotations.NullMarked;
