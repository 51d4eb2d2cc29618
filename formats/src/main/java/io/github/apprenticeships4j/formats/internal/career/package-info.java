/**
 * Implementation of {@link io.github.apprenticeships4j.formats.json.CareerJson} and
 * {@link io.github.apprenticeships4j.formats.json.CrosswalkJson}; not exported.
 */
@NullMarked
package io.github.apprenticeships4j.formats.internal.career;

import org.jspecify.annotations.NullMarked;
