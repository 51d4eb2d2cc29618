/** Implementation of the readers; not exported. */
@NullMarked
package io.github.apprenticeships4j.formats.internal;

import org.jspecify.annotations.NullMarked;
