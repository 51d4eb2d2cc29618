/** The reader of the apprenticeship service's bulk-upload feed. Not exported. */
@NullMarked
package io.github.apprenticeships4j.formats.internal.feed;

import org.jspecify.annotations.NullMarked;
