/** Implementation of {@link io.github.apprenticeships4j.formats.json.ProgressJson}; not exported. */
@NullMarked
package io.github.apprenticeships4j.formats.internal.progress;

import org.jspecify.annotations.NullMarked;
