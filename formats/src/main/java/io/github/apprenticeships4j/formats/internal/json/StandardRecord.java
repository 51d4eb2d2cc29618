package io.github.apprenticeships4j.formats.internal.json;

import com.fasterxml.jackson.annotation.JsonAlias;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One record of the Skills England standards API, bound with permissive types: fields whose JSON type varies in the
 * real data ({@code larsCode} is a number in standards and a string in foundation apprenticeships) are kept as
 * {@link JsonNode}. Both shapes, standards and foundation apprenticeships, bind to this one record; unknown fields are
 * ignored. Every field may be absent.
 */
public record StandardRecord(
    @Nullable String referenceNumber,
    @Nullable JsonNode larsCode,
    @Nullable String version,
    @Nullable String versionNumber,
    @Nullable String title,
    @Nullable JsonNode level,
    @Nullable String route,
    @Nullable String status,
    @Nullable JsonNode typicalDuration,
    @Nullable JsonNode maxFunding,
    @Nullable String earliestStartDate,
    @Nullable String latestStartDate,
    @Nullable String latestEndDate,
    @Nullable String approvedForDelivery,
    @Nullable List<KsbItem> knowledges,
    @Nullable List<KsbItem> skills,
    @Nullable List<KsbItem> behaviours,
    @Nullable List<KsbItem> technicalKnowledges,
    @Nullable List<KsbItem> technicalSkills,
    @Nullable List<KsbItem> employabilitySkillsAndBehaviours,
    @Nullable List<DutyItem> duties,
    @Nullable List<OptionItem> options,
    @Nullable String integratedDegree,
    @Nullable String regulatedBody,
    @JsonAlias("eqaProvider") @Nullable JsonNode eQAProvider,
    @Nullable String overviewOfRole,
    @Nullable String occupationalSummary,
    @Nullable List<String> keywords,
    @Nullable List<String> typicalJobTitles) {

  /** A knowledge, skill or behaviour item; the id field is named after its list in standards, {@code id} in FAs. */
  public record KsbItem(
      @JsonAlias({"knowledgeId", "skillId", "behaviourId"}) @Nullable String id,
      @Nullable String detail) {}

  /** A duty with the GUIDs of the KSBs and options it maps to; {@code isThisACoreDuty} is 0 or 1. */
  public record DutyItem(
      @Nullable String dutyID,
      @Nullable String dutyDetail,
      @Nullable JsonNode isThisACoreDuty,
      @Nullable List<String> mappedKnowledge,
      @Nullable List<String> mappedSkills,
      @Nullable List<String> mappedBehaviour,
      @Nullable List<String> mappedOptions) {}

  /** An option of the standard. */
  public record OptionItem(@Nullable String optionId, @Nullable String title) {}
}
