/**
 * What every reader of the library shares: a {@link io.github.apprenticeships4j.formats.RecordReader} streams
 * {@link io.github.apprenticeships4j.formats.Row}s, each accepted or rejected and never dropped, and ends with a
 * {@link io.github.apprenticeships4j.formats.ReadSummary} in which read = accepted + rejected.
 */
@NullMarked
package io.github.apprenticeships4j.formats;

import org.jspecify.annotations.NullMarked;
