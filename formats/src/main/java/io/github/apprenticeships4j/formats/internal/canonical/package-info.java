/**
 * Implementation of {@link io.github.apprenticeships4j.formats.json.CanonicalStandardsJson}, the library's own JSON
 * format for standards; not exported.
 */
@NullMarked
package io.github.apprenticeships4j.formats.internal.canonical;

import org.jspecify.annotations.NullMarked;
