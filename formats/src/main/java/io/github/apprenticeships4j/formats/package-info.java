/**
 * What every reader of the library shares: a {@link io.github.apprenticeships4j.formats.RecordReader} streams
 * {@link io.github.apprenticeships4j.formats.Row}s, each accepted or rejected and never dropped, and ends with a
 * {@link io.github.apprenticeships4j.formats.ReadSummary} in which read = accepted + rejected. A load reads a whole
 * input into a {@link io.github.apprenticeships4j.formats.Loaded}: the value of the accepted records, the rejected
 * ones and every finding; an input that cannot be read to its end throws a
 * {@link io.github.apprenticeships4j.formats.LoadException}.
 */
@NullMarked
package io.github.apprenticeships4j.formats;

import org.jspecify.annotations.NullMarked;
