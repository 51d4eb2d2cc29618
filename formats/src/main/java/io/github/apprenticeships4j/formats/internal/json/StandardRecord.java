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
    final class Fields {
      @Nullable
      String referenceNumber;
      @Nullable
      JsonValue larsCode;
      @Nullable
      String version;
      @Nullable
      String versionNumber;
      @Nullable
      String title;
      @Nullable
      JsonValue level;
      @Nullable
      String route;
      @Nullable
      String status;
      @Nullable
      JsonValue typicalDuration;
      @Nullable
      JsonValue maxFunding;
      @Nullable
      String earliestStartDate;
      @Nullable
      String latestStartDate;
      @Nullable
      String latestEndDate;
      @Nullable
      String approvedForDelivery;
      @Nullable
      List<@Nullable KsbItem> knowledges;
      @Nullable
      List<@Nullable KsbItem> skills;
      @Nullable
      List<@Nullable KsbItem> behaviours;
      @Nullable
      List<@Nullable KsbItem> technicalKnowledges;
      @Nullable
      List<@Nullable KsbItem> technicalSkills;
      @Nullable
      List<@Nullable KsbItem> employabilitySkillsAndBehaviours;
      @Nullable
      List<@Nullable DutyItem> duties;
      @Nullable
      List<@Nullable OptionItem> options;
      @Nullable
      String integratedDegree;
      @Nullable
      String regulatedBody;
      @Nullable
      JsonValue eQAProvider;
      @Nullable
      String overviewOfRole;
      @Nullable
      String occupationalSummary;
      @Nullable
      List<@Nullable String> keywords;
      @Nullable
      List<@Nullable String> typicalJobTitles;
    }
    Fields f = new Fields();
    JsonBinding.properties(p, name -> {
      switch (name) {
        case "referenceNumber":
          f.referenceNumber = JsonBinding.string(p);
          break;
        case "larsCode":
          f.larsCode = JsonBinding.value(p);
          break;
        case "version":
          f.version = JsonBinding.string(p);
          break;
        case "versionNumber":
          f.versionNumber = JsonBinding.string(p);
          break;
        case "title":
          f.title = JsonBinding.string(p);
          break;
        case "level":
          f.level = JsonBinding.value(p);
          break;
        case "route":
          f.route = JsonBinding.string(p);
          break;
        case "status":
          f.status = JsonBinding.string(p);
          break;
        case "typicalDuration":
          f.typicalDuration = JsonBinding.value(p);
          break;
        case "maxFunding":
          f.maxFunding = JsonBinding.value(p);
          break;
        case "earliestStartDate":
          f.earliestStartDate = JsonBinding.string(p);
          break;
        case "latestStartDate":
          f.latestStartDate = JsonBinding.string(p);
          break;
        case "latestEndDate":
          f.latestEndDate = JsonBinding.string(p);
          break;
        case "approvedForDelivery":
          f.approvedForDelivery = JsonBinding.string(p);
          break;
        case "knowledges":
          f.knowledges = JsonBinding.objects(p, KsbItem::bind);
          break;
        case "skills":
          f.skills = JsonBinding.objects(p, KsbItem::bind);
          break;
        case "behaviours":
          f.behaviours = JsonBinding.objects(p, KsbItem::bind);
          break;
        case "technicalKnowledges":
          f.technicalKnowledges = JsonBinding.objects(p, KsbItem::bind);
          break;
        case "technicalSkills":
          f.technicalSkills = JsonBinding.objects(p, KsbItem::bind);
          break;
        case "employabilitySkillsAndBehaviours":
          f.employabilitySkillsAndBehaviours = JsonBinding.objects(p, KsbItem::bind);
          break;
        case "duties":
          f.duties = JsonBinding.objects(p, DutyItem::bind);
          break;
        case "options":
          f.options = JsonBinding.objects(p, OptionItem::bind);
          break;
        case "integratedDegree":
          f.integratedDegree = JsonBinding.string(p);
          break;
        case "regulatedBody":
          f.regulatedBody = JsonBinding.string(p);
          break;
        case "eQAProvider":
        case "eqaProvider":
          f.eQAProvider = JsonBinding.value(p);
          break;
        case "overviewOfRole":
          f.overviewOfRole = JsonBinding.string(p);
          break;
        case "occupationalSummary":
          f.occupationalSummary = JsonBinding.string(p);
          break;
        case "keywords":
          f.keywords = JsonBinding.strings(p);
          break;
        case "typicalJobTitles":
          f.typicalJobTitles = JsonBinding.strings(p);
          break;
        default:
          p.skipChildren();
          break;
      }
    });
    return new StandardRecord(f.referenceNumber, f.larsCode, f.version, f.versionNumber, f.title, f.level, f.route,
        f.status, f.typicalDuration, f.maxFunding, f.earliestStartDate, f.latestStartDate, f.latestEndDate,
        f.approvedForDelivery, f.knowledges, f.skills, f.behaviours, f.technicalKnowledges, f.technicalSkills,
        f.employabilitySkillsAndBehaviours, f.duties, f.options, f.integratedDegree, f.regulatedBody, f.eQAProvider,
        f.overviewOfRole, f.occupationalSummary, f.keywords, f.typicalJobTitles);
  }

  /** A knowledge, skill or behaviour item; the id field is named after its list in standards, {@code id} in FAs. */
  public record KsbItem(@Nullable String id, @Nullable String detail) {
    static KsbItem bind(JsonParser p) {
      final class Fields {
        @Nullable
        String id;
        @Nullable
        String detail;
      }
      Fields f = new Fields();
      JsonBinding.properties(p, name -> {
        switch (name) {
          case "id":
          case "knowledgeId":
          case "skillId":
          case "behaviourId":
            f.id = JsonBinding.string(p);
            break;
          case "detail":
            f.detail = JsonBinding.string(p);
            break;
          default:
            p.skipChildren();
            break;
        }
      });
      return new KsbItem(f.id, f.detail);
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
      final class Fields {
        @Nullable
        String dutyID;
        @Nullable
        String dutyDetail;
        @Nullable
        JsonValue isThisACoreDuty;
        @Nullable
        List<@Nullable String> mappedKnowledge;
        @Nullable
        List<@Nullable String> mappedSkills;
        @Nullable
        List<@Nullable String> mappedBehaviour;
        @Nullable
        List<@Nullable String> mappedOptions;
      }
      Fields f = new Fields();
      JsonBinding.properties(p, name -> {
        switch (name) {
          case "dutyID":
            f.dutyID = JsonBinding.string(p);
            break;
          case "dutyDetail":
            f.dutyDetail = JsonBinding.string(p);
            break;
          case "isThisACoreDuty":
            f.isThisACoreDuty = JsonBinding.value(p);
            break;
          case "mappedKnowledge":
            f.mappedKnowledge = JsonBinding.strings(p);
            break;
          case "mappedSkills":
            f.mappedSkills = JsonBinding.strings(p);
            break;
          case "mappedBehaviour":
            f.mappedBehaviour = JsonBinding.strings(p);
            break;
          case "mappedOptions":
            f.mappedOptions = JsonBinding.strings(p);
            break;
          default:
            p.skipChildren();
            break;
        }
      });
      return new DutyItem(f.dutyID, f.dutyDetail, f.isThisACoreDuty, f.mappedKnowledge, f.mappedSkills,
          f.mappedBehaviour, f.mappedOptions);
    }
  }

  /** An option of the standard. */
  public record OptionItem(@Nullable String optionId, @Nullable String title) {
    static OptionItem bind(JsonParser p) {
      final class Fields {
        @Nullable
        String optionId;
        @Nullable
        String title;
      }
      Fields f = new Fields();
      JsonBinding.properties(p, name -> {
        switch (name) {
          case "optionId":
            f.optionId = JsonBinding.string(p);
            break;
          case "title":
            f.title = JsonBinding.string(p);
            break;
          default:
            p.skipChildren();
            break;
        }
      });
      return new OptionItem(f.optionId, f.title);
    }
  }
}
