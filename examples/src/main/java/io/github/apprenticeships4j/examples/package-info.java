/** Runnable programs that show the main jobs on the bundled real data: the tours and the README snippets. */
@NullMarked
package io.github.apprenticeships4j.examples;

import org.jspecify.annotations.NullMarked;
