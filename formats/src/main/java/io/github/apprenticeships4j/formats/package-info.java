/**
 * What every reader of the library shares. A format's {@link io.github.apprenticeships4j.formats.ReaderOptions}
 * ({@link io.github.apprenticeships4j.formats.CsvOptions} or {@link io.github.apprenticeships4j.formats.JsonOptions})
 * opens a {@link io.github.apprenticeships4j.formats.RecordReader}, which owns and closes its input. A reader streams
 * {@link io.github.apprenticeships4j.formats.Row}s, each accepted or rejected and never dropped, and ends with a
 * {@link io.github.apprenticeships4j.formats.ReadSummary} in which read = accepted + rejected. A load reads a whole
 * input into a {@link io.github.apprenticeships4j.formats.Loaded}: the value of the accepted records, the rejected
 * ones and every finding; an input that cannot be read to its end throws a
 * {@link io.github.apprenticeships4j.formats.LoadException}. The codes of the findings are those of
 * {@link io.github.apprenticeships4j.formats.ReadCodes}.
 */
@NullMarked
package io.github.apprenticeships4j.formats;

import org.jspecify.annotations.NullMarked;
