/** The JSON machinery of the JSON readers: binding from the streaming parser, the records and their mappers. Not exported. */
@NullMarked
package io.github.apprenticeships4j.formats.internal.json;

import org.jspecify.annotations.NullMarked;
