/**
 * Readers of JSON formats, each a {@link io.github.apprenticeships4j.formats.JsonOptions} at its defaults:
 * {@link io.github.apprenticeships4j.formats.json.StandardsJson} for the Skills England standards API,
 * {@link io.github.apprenticeships4j.formats.json.ApprenticeshipsJson} for the funding calculator's input, and
 * {@link io.github.apprenticeships4j.formats.json.CareerJson} for the library's own career format, which it also
 * writes.
 */
@NullMarked
package io.github.apprenticeships4j.formats.json;

import org.jspecify.annotations.NullMarked;
