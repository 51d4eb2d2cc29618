package io.github.apprenticeships4j.core.standard;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A standard related to another, as {@link StandardCatalogue#related(Standard)} finds it: the related version, the
 * reasons, the KSB terms the two share and the score they are ranked by. Immutable and thread-safe.
 *
 * <p>The score is {@code 4 × same cluster + 2 × same pathway + 1 × same route + similarity}, each "same" counting 1
 * when it holds and 0 when not, and the similarity being the Jaccard index of the two standards' KSB terms (see
 * {@link #termSimilarity()}), between 0 and 1. A shared cluster therefore scores at least as high as a shared pathway
 * and route, a pathway at least as high as a route, and a route at least as high as any similarity of vocabulary
 * (equal only at a similarity of exactly 1); the similarity orders standards of equal standing.
 */
public final class RelatedStandard {
  /** Why a standard is related to another. */
  public enum Reason {
    /**
     * The same occupational cluster: equal {@link Standard#clusterId()}s, or, when either has no id, equal
     * {@link Standard#cluster()} names (ignoring case).
     */
    SAME_CLUSTER,
    /** The same occupational pathway within a route ({@link Standard#pathway()}, ignoring case). */
    SAME_PATHWAY,
    /** The same route ({@link Standard#route()}, ignoring case; an empty route matches none). */
    SAME_ROUTE,
    /**
     * KSBs in much the same words: a {@link RelatedStandard#termSimilarity()} of at least
     * {@link RelatedStandard#SHARED_TERMS_THRESHOLD}.
     */
    SHARED_KSB_TERMS;

    /** For example "same cluster" or "shared KSB terms". */
    public String describe() {
      return name().toLowerCase(Locale.ROOT).replace('_', ' ').replace("ksb", "KSB");
    }
  }

  /**
   * The KSB term similarity from which shared vocabulary is a reason on its own: 0.2, a fifth of the terms either
   * standard uses.
   */
  public static final double SHARED_TERMS_THRESHOLD = 0.2;

  private final Standard standard;
  private final List<Reason> reasons;
  private final Set<String> sharedTerms;
  private final double termSimilarity;

  RelatedStandard(Standard standard, List<Reason> reasons, Set<String> sharedTerms, double termSimilarity) {
    this.standard = standard;
    this.reasons = List.copyOf(reasons);
    this.sharedTerms = Set.copyOf(sharedTerms);
    this.termSimilarity = termSimilarity;
  }

  /** The related standard: the latest version of it approved for delivery. */
  public Standard standard() {
    return standard;
  }

  /** Why it is related, in the order of {@link Reason}; never empty. */
  public List<Reason> reasons() {
    return reasons;
  }

  /**
   * The KSB terms both standards use (see {@link StandardCatalogue#related(Standard)} for what a term is), in no
   * particular order.
   */
  public Set<String> sharedTerms() {
    return sharedTerms;
  }

  /**
   * The Jaccard index of the two standards' KSB terms: the number of terms they share divided by the number of terms
   * either uses, 0 to 1 (0 when neither has any).
   */
  public double termSimilarity() {
    return termSimilarity;
  }

  /** The score it is ranked by, 0 to 8: see the class description. */
  public double score() {
    return (reasons.contains(Reason.SAME_CLUSTER) ? 4 : 0) + (reasons.contains(Reason.SAME_PATHWAY) ? 2 : 0)
        + (reasons.contains(Reason.SAME_ROUTE) ? 1 : 0) + termSimilarity;
  }

  /** The reasons as words, e.g. {@code same pathway, same route, 96 shared KSB terms (similarity 0.213)}. */
  public String describeReasons() {
    StringBuilder text = new StringBuilder();
    for (Reason reason : reasons) {
      if (reason != Reason.SHARED_KSB_TERMS) {
        text.append(text.length() == 0 ? "" : ", ").append(reason.describe());
      }
    }
    text.append(text.length() == 0 ? "" : ", ").append(sharedTerms.size()).append(" shared KSB terms (similarity ")
        .append(String.format(Locale.ROOT, "%.3f", termSimilarity)).append(')');
    return text.toString();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof RelatedStandard that && standard.equals(that.standard) && reasons.equals(that.reasons)
        && sharedTerms.equals(that.sharedTerms) && Double.compare(termSimilarity, that.termSimilarity) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(standard, reasons, sharedTerms, termSimilarity);
  }

  /** For example {@code ST0763_1.1 Data scientist (score 7.312: same cluster, ...)}. */
  @Override
  public String toString() {
    return standard + " (score " + String.format(Locale.ROOT, "%.3f", score()) + ": " + describeReasons() + ")";
  }
}
