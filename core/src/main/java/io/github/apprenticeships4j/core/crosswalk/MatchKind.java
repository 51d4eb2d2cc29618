package io.github.apprenticeships4j.core.crosswalk;

/**
 * How closely a KSB matches the framework skill it is aligned to, read from the KSB to the skill as the SKOS mapping
 * relations are read from subject to object (W3C SKOS Reference, section 10, {@code skos:exactMatch},
 * {@code skos:broadMatch}, {@code skos:narrowMatch}, {@code skos:relatedMatch}); CTDL-ASN names the same relations
 * {@code exactAlignment}, {@code broadAlignment} and {@code narrowAlignment}, and CASE 1.1 has {@code exactMatchOf}
 * and {@code isRelatedTo}. The first three are hierarchical (the KSB and the skill cover the same ground, or one
 * contains the other); {@link #RELATED} is associative.
 */
public enum MatchKind {
  /** The KSB and the skill describe the same competence (SKOS {@code exactMatch}, CASE {@code exactMatchOf}). */
  EXACT,
  /**
   * The skill is broader than the KSB: the KSB is one part of the skill (SKOS {@code broadMatch}, "has broader
   * match").
   */
  BROAD,
  /**
   * The skill is narrower than the KSB: the KSB covers the whole skill and more (SKOS {@code narrowMatch}, "has
   * narrower match").
   */
  NARROW,
  /**
   * The KSB and the skill are associated without either containing the other (SKOS {@code relatedMatch}, CASE
   * {@code isRelatedTo}).
   */
  RELATED;

  /** Whether the match is hierarchical (exact, broad or narrow), so that the KSB shows the skill in part or whole. */
  public boolean isHierarchical() {
    return this != RELATED;
  }
}
