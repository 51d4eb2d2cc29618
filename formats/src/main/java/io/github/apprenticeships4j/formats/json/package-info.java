/** Readers of JSON formats, e.g. {@link io.github.apprenticeships4j.formats.json.StandardsJson}. */
@NullMarked
package io.github.apprenticeships4j.formats.json;

import org.jspecify.annotations.NullMarked;
