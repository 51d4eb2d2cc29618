/** Implementation of {@link io.github.apprenticeships4j.formats.json.FeedContextJson}; not exported. */
@NullMarked
package io.github.apprenticeships4j.formats.internal.context;

import org.jspecify.annotations.NullMarked;
