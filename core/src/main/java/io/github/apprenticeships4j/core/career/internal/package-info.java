/** The career package's slug identifiers. Not exported. */
@NullMarked
package io.github.apprenticeships4j.core.career.internal;

import org.jspecify.annotations.NullMarked;
