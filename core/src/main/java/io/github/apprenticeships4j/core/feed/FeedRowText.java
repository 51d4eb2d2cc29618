package io.github.apprenticeships4j.core.feed;

/**
 * The text of one row's 19 {@link FeedColumn}s as a reader holds it, read in place (for example over the reader's
 * own buffer) so that a row can be checked without a {@code String} per value; see
 * {@link FeedValidator.Session#validateIfClean(FeedRowText)} and {@link FeedRecord#of(FeedRowText)}. A {@link FeedRecord} is
 * one.
 */
public interface FeedRowText {
  /** The text of {@code column}; {@code ""} when the row does not have it. */
  CharSequence get(FeedColumn column);
}
