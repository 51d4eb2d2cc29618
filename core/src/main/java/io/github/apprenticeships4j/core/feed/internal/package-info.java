/**
 * The feed package's ports of the apprenticeship service's text and email handling, and its bounded set. Not
 * exported.
 */
@NullMarked
package io.github.apprenticeships4j.core.feed.internal;

import org.jspecify.annotations.NullMarked;
