/** The {@code a4j} command line application: one picocli command class per subject. */
@NullMarked
package io.github.apprenticeships4j.cli;

import org.jspecify.annotations.NullMarked;
