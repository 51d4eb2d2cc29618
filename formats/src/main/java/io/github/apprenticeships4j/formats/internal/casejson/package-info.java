/** Implementation of {@link io.github.apprenticeships4j.formats.casejson.CaseJson}; not exported. */
@NullMarked
package io.github.apprenticeships4j.formats.internal.casejson;

import org.jspecify.annotations.NullMarked;
