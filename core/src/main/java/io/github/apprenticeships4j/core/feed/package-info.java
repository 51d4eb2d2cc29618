/**
 * The apprenticeship service's bulk-upload feed, the CSV file with which training providers add apprentices: the
 * record of one row ({@link io.github.apprenticeships4j.core.feed.FeedRecord}, its 19
 * {@link io.github.apprenticeships4j.core.feed.FeedColumn}s), the service's rules with its exact messages and the
 * library's advice ({@link io.github.apprenticeships4j.core.feed.FeedValidator},
 * {@link io.github.apprenticeships4j.core.feed.FeedCodes}), and what the service looks up that a library cannot know,
 * injected ({@link io.github.apprenticeships4j.core.feed.FeedContext},
 * {@link io.github.apprenticeships4j.core.feed.KnownStandards}). The CSV reader is
 * {@code io.github.apprenticeships4j.formats.csv.ProviderFeedCsv} in the formats module.
 */
@DomainStyle
@NullMarked
package io.github.apprenticeships4j.core.feed;

import io.github.apprenticeships4j.core.internal.DomainStyle;
import org.jspecify.annotations.NullMarked;
