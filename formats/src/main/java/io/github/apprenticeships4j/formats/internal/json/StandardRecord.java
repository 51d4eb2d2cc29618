package io.github.apprenticeships4j.formats.internal.json;

import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;

/**
 * One record of the Skills England standards API, bound with permissive types: fields whose JSON type varies in the
 * real data ({@code larsCode} is a number in standards and a string in foundation apprenticeships) are kept as
 * {@link JsonValue}. Both shapes, standards and foundation apprenticeships, bind to this one record; unknown fields are
 * skipped unread, and a repeated field keeps its last value (the reader warns about it). Every field may be absent.
 */
public record StandardRecord(
    @Nullable String referenceNumber,
    @Nullable JsonValue larsCode,
    @Nullable String version,
    @Nullable String versionNumber,
    @Nullable String title,
    @Nullable JsonValue level,
    @Nullable String route,
    @Nullable String status,
    @Nullable JsonValue typicalDuration,
    @Nullable JsonValue maxFunding,
    @Nullable String earliestStartDate,
    @Nullable String latestStartDate,
    @Nullable String latestEndDate,
    @Nullable String approvedForDelivery,
    @Nullable List<@Nullable KsbItem> knowledges,
    @Nullable List<@Nullable KsbItem> skills,
    @Nullable List<@Nullable KsbItem> behaviours,
    @Nullable List<@Nullable KsbItem> technicalKnowledges,
    @Nullable List<@Nullable KsbItem> technicalSkills,
    @Nullable List<@Nullable KsbItem> employabilitySkillsAndBehaviours,
    @Nullable List<@Nullable DutyItem> duties,
    @Nullable List<@Nullable OptionItem> options,
    @Nullable String integratedDegree,
    @Nullable String regulatedBody,
    @Nullable JsonValue eQAProvider,
    @Nullable String overviewOfRole,
    @Nullable String occupationalSummary,
    @Nullable List<@Nullable String> keywords,
    @Nullable List<@Nullable String> typicalJobTitles) {

  /**
   * Binds the object at the parser's current token, leaving the parser on its end.
   *
   * @throws JsonMismatch if a field has the wrong JSON type, with its path
   */
  public static StandardRecord bind(JsonParser p) {
    String referenceNumber = null;
    JsonValue larsCode = null;
    String version = null;
    String versionNumber = null;
    String title = null;
    JsonValue level = null;
    String route = null;
    String status = null;
    JsonValue typicalDuration = null;
    JsonValue maxFunding = null;
    String earliestStartDate = null;
    String latestStartDate = null;
    String latestEndDate = null;
    String approvedForDelivery = null;
    @Nullable List<@Nullable KsbItem> knowledges = null;
    @Nullable List<@Nullable KsbItem> skills = null;
    @Nullable List<@Nullable KsbItem> behaviours = null;
    @Nullable List<@Nullable KsbItem> technicalKnowledges = null;
    @Nullable List<@Nullable KsbItem> technicalSkills = null;
    @Nullable List<@Nullable KsbItem> employabilitySkillsAndBehaviours = null;
    @Nullable List<@Nullable DutyItem> duties = null;
    @Nullable List<@Nullable OptionItem> options = null;
    String integratedDegree = null;
    String regulatedBody = null;
    JsonValue eQAProvider = null;
    String overviewOfRole = null;
    String occupationalSummary = null;
    @Nullable List<@Nullable String> keywords = null;
    @Nullable List<@Nullable String> typicalJobTitles = null;
    String name = null;
    try {
      for (name = p.nextName(); name != null; name = p.nextName()) {
        p.nextToken();
        switch (name) {
          case "referenceNumber":
            referenceNumber = JsonBinding.string(p);
            break;
          case "larsCode":
            larsCode = JsonBinding.value(p);
            break;
          case "version":
            version = JsonBinding.string(p);
            break;
          case "versionNumber":
            versionNumber = JsonBinding.string(p);
            break;
          case "title":
            title = JsonBinding.string(p);
            break;
          case "level":
            level = JsonBinding.value(p);
            break;
          case "route":
            route = JsonBinding.string(p);
            break;
          case "status":
            status = JsonBinding.string(p);
            break;
          case "typicalDuration":
            typicalDuration = JsonBinding.value(p);
            break;
          case "maxFunding":
            maxFunding = JsonBinding.value(p);
            break;
          case "earliestStartDate":
            earliestStartDate = JsonBinding.string(p);
            break;
          case "latestStartDate":
            latestStartDate = JsonBinding.string(p);
            break;
          case "latestEndDate":
            latestEndDate = JsonBinding.string(p);
            break;
          case "approvedForDelivery":
            approvedForDelivery = JsonBinding.string(p);
            break;
          case "knowledges":
            knowledges = JsonBinding.objects(p, KsbItem::bind);
            break;
          case "skills":
            skills = JsonBinding.objects(p, KsbItem::bind);
            break;
          case "behaviours":
            behaviours = JsonBinding.objects(p, KsbItem::bind);
            break;
          case "technicalKnowledges":
            technicalKnowledges = JsonBinding.objects(p, KsbItem::bind);
            break;
          case "technicalSkills":
            technicalSkills = JsonBinding.objects(p, KsbItem::bind);
            break;
          case "employabilitySkillsAndBehaviours":
            employabilitySkillsAndBehaviours = JsonBinding.objects(p, KsbItem::bind);
            break;
          case "duties":
            duties = JsonBinding.objects(p, DutyItem::bind);
            break;
          case "options":
            options = JsonBinding.objects(p, OptionItem::bind);
            break;
          case "integratedDegree":
            integratedDegree = JsonBinding.string(p);
            break;
          case "regulatedBody":
            regulatedBody = JsonBinding.string(p);
            break;
          case "eQAProvider":
          case "eqaProvider":
            eQAProvider = JsonBinding.value(p);
            break;
          case "overviewOfRole":
            overviewOfRole = JsonBinding.string(p);
            break;
          case "occupationalSummary":
            occupationalSummary = JsonBinding.string(p);
            break;
          case "keywords":
            keywords = JsonBinding.strings(p);
            break;
          case "typicalJobTitles":
            typicalJobTitles = JsonBinding.strings(p);
            break;
          default:
            p.skipChildren();
            break;
        }
      }
    } catch (JsonMismatch e) {
      throw e.in(String.valueOf(name));
    }
    JsonBinding.endOfObject(p);
    return new StandardRecord(referenceNumber, larsCode, version, versionNumber, title, level, route, status,
        typicalDuration, maxFunding, earliestStartDate, latestStartDate, latestEndDate, approvedForDelivery, knowledges,
        skills, behaviours, technicalKnowledges, technicalSkills, employabilitySkillsAndBehaviours, duties, options,
        integratedDegree, regulatedBody, eQAProvider, overviewOfRole, occupationalSummary, keywords, typicalJobTitles);
  }

  /** A knowledge, skill or behaviour item; the id field is named after its list in standards, {@code id} in FAs. */
  public record KsbItem(@Nullable String id, @Nullable String detail) {
    static KsbItem bind(JsonParser p) {
      String id = null;
      String detail = null;
      String name = null;
      try {
        for (name = p.nextName(); name != null; name = p.nextName()) {
          p.nextToken();
          switch (name) {
            case "id":
            case "knowledgeId":
            case "skillId":
            case "behaviourId":
              id = JsonBinding.string(p);
              break;
            case "detail":
              detail = JsonBinding.string(p);
              break;
            default:
              p.skipChildren();
              break;
          }
        }
      } catch (JsonMismatch e) {
        throw e.in(String.valueOf(name));
      }
      JsonBinding.endOfObject(p);
      return new KsbItem(id, detail);
    }
  }

  /** A duty with the GUIDs of the KSBs and options it maps to; {@code isThisACoreDuty} is 0 or 1. */
  public record DutyItem(
      @Nullable String dutyID,
      @Nullable String dutyDetail,
      @Nullable JsonValue isThisACoreDuty,
      @Nullable List<@Nullable String> mappedKnowledge,
      @Nullable List<@Nullable String> mappedSkills,
      @Nullable List<@Nullable String> mappedBehaviour,
      @Nullable List<@Nullable String> mappedOptions) {
    static DutyItem bind(JsonParser p) {
      String dutyID = null;
      String dutyDetail = null;
      JsonValue isThisACoreDuty = null;
      @Nullable List<@Nullable String> mappedKnowledge = null;
      @Nullable List<@Nullable String> mappedSkills = null;
      @Nullable List<@Nullable String> mappedBehaviour = null;
      @Nullable List<@Nullable String> mappedOptions = null;
      String name = null;
      try {
        for (name = p.nextName(); name != null; name = p.nextName()) {
          p.nextToken();
          switch (name) {
            case "dutyID":
              dutyID = JsonBinding.string(p);
              break;
            case "dutyDetail":
              dutyDetail = JsonBinding.string(p);
              break;
            case "isThisACoreDuty":
              isThisACoreDuty = JsonBinding.value(p);
              break;
            case "mappedKnowledge":
              mappedKnowledge = JsonBinding.strings(p);
              break;
            case "mappedSkills":
              mappedSkills = JsonBinding.strings(p);
              break;
            case "mappedBehaviour":
              mappedBehaviour = JsonBinding.strings(p);
              break;
            case "mappedOptions":
              mappedOptions = JsonBinding.strings(p);
              break;
            default:
              p.skipChildren();
              break;
          }
        }
      } catch (JsonMismatch e) {
        throw e.in(String.valueOf(name));
      }
      JsonBinding.endOfObject(p);
      return new DutyItem(dutyID, dutyDetail, isThisACoreDuty, mappedKnowledge, mappedSkills, mappedBehaviour,
          mappedOptions);
    }
  }

  /** An option of the standard. */
  public record OptionItem(@Nullable String optionId, @Nullable String title) {
    static OptionItem bind(JsonParser p) {
      String optionId = null;
      String title = null;
      String name = null;
      try {
        for (name = p.nextName(); name != null; name = p.nextName()) {
          p.nextToken();
          switch (name) {
            case "optionId":
              optionId = JsonBinding.string(p);
              break;
            case "title":
              title = JsonBinding.string(p);
              break;
            default:
              p.skipChildren();
              break;
          }
        }
      } catch (JsonMismatch e) {
        throw e.in(String.valueOf(name));
      }
      JsonBinding.endOfObject(p);
      return new OptionItem(optionId, title);
    }
  }
}
