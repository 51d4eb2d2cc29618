/**
 * Readers of JSON formats, each a {@link io.github.apprenticeships4j.formats.JsonOptions} at its defaults:
 * {@link io.github.apprenticeships4j.formats.json.StandardsJson} for the Skills England standards API,
 * {@link io.github.apprenticeships4j.formats.json.ApprenticeshipsJson} for the funding calculator's input, and
 * {@link io.github.apprenticeships4j.formats.json.CareerJson} for the library's own career format, which it also
 * writes.
 *
 * <p>The record readers, {@code StandardsJson} and {@code ApprenticeshipsJson}, share one contract. A document is a
 * list of records or one record, gzip-compressed or not (told from its bytes), streamed one record at a time.
 * Each finding has its JSON path and record number, and is located where its record starts (a repeated property name
 * at the repeat); a rejected row keeps the record's JSON text, and a value the model's factories refuse keeps the
 * factory's code. The read stops with a
 * fatal finding in {@link io.github.apprenticeships4j.formats.ReadSummary#stoppedBy()} on malformed JSON, a broken
 * read limit, a document that is neither a list nor an object, no JSON at all, or a failure of the source. The codes
 * are those of {@link io.github.apprenticeships4j.formats.ReadCodes}.
 */
@NullMarked
package io.github.apprenticeships4j.formats.json;

import org.jspecify.annotations.NullMarked;
