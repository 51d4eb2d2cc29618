/**
 * Readers of JSON formats: {@link io.github.apprenticeships4j.formats.json.StandardsJson} for the Skills England
 * standards API, {@link io.github.apprenticeships4j.formats.json.ApprenticeshipsJson} for the funding calculator's input.
 */
@NullMarked
package io.github.apprenticeships4j.formats.json;

import org.jspecify.annotations.NullMarked;
