package io.github.apprenticeships4j.core.standard;

import java.util.List;
import java.util.Objects;

/**
 * The publication status of a version of a standard, as Skills England writes it. The five statuses DfE accepts
 * (rule S1009) are constants; any other text from the source, such as the real "PotentialStandard", is kept as an
 * unknown status rather than dropped, so a validator can report it. Immutable and thread-safe.
 */
public final class StandardStatus {
  public static final StandardStatus APPROVED_FOR_DELIVERY = new StandardStatus("Approved for delivery", true);
  public static final StandardStatus RETIRED = new StandardStatus("Retired", true);
  public static final StandardStatus WITHDRAWN = new StandardStatus("Withdrawn", true);
  public static final StandardStatus IN_DEVELOPMENT = new StandardStatus("In development", true);
  public static final StandardStatus PROPOSAL_IN_DEVELOPMENT = new StandardStatus("Proposal in development", true);

  private static final List<StandardStatus> KNOWN =
      List.of(APPROVED_FOR_DELIVERY, RETIRED, WITHDRAWN, IN_DEVELOPMENT, PROPOSAL_IN_DEVELOPMENT);

  private final String label;
  private final boolean known;

  private StandardStatus(String label, boolean known) {
    this.label = label;
    this.known = known;
  }

  /** The status labelled {@code label}: one of the constants when it matches one ignoring case, else unknown. */
  public static StandardStatus of(String label) {
    String text = label.strip();
    return KNOWN.stream().filter(s -> s.label.equalsIgnoreCase(text)).findFirst()
        .orElseGet(() -> new StandardStatus(text, false));
  }

  /** The statuses DfE accepts, in the order above. */
  public static List<StandardStatus> known() {
    return KNOWN;
  }

  /** The status as the source writes it, e.g. "Approved for delivery". */
  public String label() {
    return label;
  }

  /** Whether this is one of the five statuses DfE accepts. */
  public boolean isKnown() {
    return known;
  }

  /** Whether a version in this status has been approved: approved for delivery, retired or withdrawn. */
  public boolean wasApproved() {
    return equals(APPROVED_FOR_DELIVERY) || equals(RETIRED) || equals(WITHDRAWN);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof StandardStatus that && label.equals(that.label);
  }

  @Override
  public int hashCode() {
    return Objects.hash(label);
  }

  @Override
  public String toString() {
    return label;
  }
}
