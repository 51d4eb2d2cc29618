/**
 * The graph machinery of {@code core.career}, on numbered nodes and arrays: an index of a directed graph's edges and
 * the searches run on it. Depends on no public package of the library. Not exported.
 */
@NullMarked
package io.github.apprenticeships4j.core.career.internal;

import org.jspecify.annotations.NullMarked;
