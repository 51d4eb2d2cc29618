package io.github.apprenticeships4j.formats;

import io.github.apprenticeships4j.core.validation.Issue;
import java.util.Optional;

/**
 * The account of a read: how many records were read, accepted and rejected (read = accepted + rejected, always),
 * and the fatal finding that stopped the read if the input could not be read to its end.
 *
 * @param source the name of the input
 * @param read records read, each delivered as one row
 * @param accepted rows accepted
 * @param rejected rows rejected
 * @param stoppedBy the fatal finding that ended the read early, if any
 */
public record ReadSummary(String source, long read, long accepted, long rejected, Optional<Issue> stoppedBy) {
  public ReadSummary {
    if (read != accepted + rejected || accepted < 0 || rejected < 0) {
      throw new IllegalArgumentException(
          "records lost: read " + read + " but accepted " + accepted + " and rejected " + rejected);
    }
  }

  /** Whether the input was read to its end. */
  public boolean complete() {
    return stoppedBy.isEmpty();
  }

  @Override
  public String toString() {
    return source + ": " + read + " read, " + accepted + " accepted, " + rejected + " rejected"
        + stoppedBy.map(i -> "; stopped: " + i).orElse("");
  }
}
