/** Implementation of {@link io.github.apprenticeships4j.formats.csv.DdatCsv}; not exported. */
@NullMarked
package io.github.apprenticeships4j.formats.internal.ddat;

import org.jspecify.annotations.NullMarked;
