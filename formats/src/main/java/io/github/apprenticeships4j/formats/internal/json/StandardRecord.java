package io.github.apprenticeships4j.formats.internal.json;

import java.util.List;
import java.util.Set;
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
    @Nullable List<@Nullable String> typicalJobTitles,
    @Nullable JsonValue minimumHoursForCompliance,
    @Nullable JsonValue ePALength,
    @Nullable String pathway,
    @Nullable String clusterId,
    @Nullable String cluster,
    @Nullable String clusterDescription,
    @Nullable String ssa1,
    @Nullable String ssa2,
    @Nullable String occupationCode,
    @Nullable Boolean approvedForDeliveryPausedStarts,
    @Nullable String templateType,
    @Nullable List<@Nullable RecognitionItem> professionalRecognition,
    @Nullable List<@Nullable QualificationItem> qualifications,
    @Nullable Boolean regulated,
    @Nullable List<@Nullable RegulationItem> regulationDetail,
    @Nullable List<@Nullable String> greenJobTitles,
    @Nullable String assessmentPlanUrl,
    @Nullable String standardPageUrl,
    @Nullable String change,
    @Nullable String changedDate) {

  /**
   * The fields the provider feed rules never read: KSBs, duties, options, the descriptive texts and the record's
   * other facts (off-the-job hours, EPA period, pathway, cluster and the like). A feed-facts binding skips them
   * unread.
   */
  private static final Set<String> NOT_FEED_FACTS = Set.of("knowledges", "skills", "behaviours",
      "technicalKnowledges", "technicalSkills", "employabilitySkillsAndBehaviours", "duties", "options",
      "integratedDegree", "regulatedBody", "eQAProvider", "eqaProvider", "overviewOfRole", "occupationalSummary",
      "keywords", "typicalJobTitles", "minimumHoursForCompliance", "ePALength", "pathway", "clusterId", "cluster",
      "clusterDescription", "ssa1", "ssa2", "occupationCode", "approvedForDeliveryPausedStarts", "templateType",
      "professionalRecognition", "qualifications", "regulated", "regulationDetail", "greenJobTitles",
      "assessmentPlanUrl", "standardPageUrl", "change", "changedDate");

  /**
   * Binds the object at the parser's current token, leaving the parser on its end; strings are taken from
   * {@code pool}, shared with the records read before.
   *
   * @throws JsonMismatch if a field has the wrong JSON type, with its path
   */
  public static StandardRecord bind(JsonParser p, StringPool pool) {
    return bind(p, pool, false);
  }

  /**
   * As {@link #bind(JsonParser, StringPool)}, but only the fields the provider feed rules read (reference, LARS code,
   * version, title, level, route, status, duration, funding and dates): the others are skipped unread, so neither
   * decoded nor checked, and left absent.
   */
  public static StandardRecord bindFeedFacts(JsonParser p, StringPool pool) {
    return bind(p, pool, true);
  }

  private static StandardRecord bind(JsonParser p, StringPool pool, boolean feedFactsOnly) {
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
      @Nullable
      JsonValue minimumHoursForCompliance;
      @Nullable
      JsonValue ePALength;
      @Nullable
      String pathway;
      @Nullable
      String clusterId;
      @Nullable
      String cluster;
      @Nullable
      String clusterDescription;
      @Nullable
      String ssa1;
      @Nullable
      String ssa2;
      @Nullable
      String occupationCode;
      @Nullable
      Boolean approvedForDeliveryPausedStarts;
      @Nullable
      String templateType;
      @Nullable
      List<@Nullable RecognitionItem> professionalRecognition;
      @Nullable
      List<@Nullable QualificationItem> qualifications;
      @Nullable
      Boolean regulated;
      @Nullable
      List<@Nullable RegulationItem> regulationDetail;
      @Nullable
      List<@Nullable String> greenJobTitles;
      @Nullable
      String assessmentPlanUrl;
      @Nullable
      String standardPageUrl;
      @Nullable
      String change;
      @Nullable
      String changedDate;
    }
    Fields f = new Fields();
    JsonBinding.properties(p, name -> {
      if (feedFactsOnly && NOT_FEED_FACTS.contains(name)) {
        p.skipChildren();
        return;
      }
      switch (name) {
        case "referenceNumber":
          f.referenceNumber = JsonBinding.string(p, pool);
          break;
        case "larsCode":
          f.larsCode = JsonBinding.value(p);
          break;
        case "version":
          f.version = JsonBinding.string(p, pool);
          break;
        case "versionNumber":
          f.versionNumber = JsonBinding.string(p, pool);
          break;
        case "title":
          f.title = JsonBinding.string(p, pool);
          break;
        case "level":
          f.level = JsonBinding.value(p);
          break;
        case "route":
          f.route = JsonBinding.string(p, pool);
          break;
        case "status":
          f.status = JsonBinding.string(p, pool);
          break;
        case "typicalDuration":
          f.typicalDuration = JsonBinding.value(p);
          break;
        case "maxFunding":
          f.maxFunding = JsonBinding.value(p);
          break;
        case "earliestStartDate":
          f.earliestStartDate = JsonBinding.string(p, pool);
          break;
        case "latestStartDate":
          f.latestStartDate = JsonBinding.string(p, pool);
          break;
        case "latestEndDate":
          f.latestEndDate = JsonBinding.string(p, pool);
          break;
        case "approvedForDelivery":
          f.approvedForDelivery = JsonBinding.string(p, pool);
          break;
        case "knowledges":
          f.knowledges = JsonBinding.objects(p, q -> KsbItem.bind(q, pool));
          break;
        case "skills":
          f.skills = JsonBinding.objects(p, q -> KsbItem.bind(q, pool));
          break;
        case "behaviours":
          f.behaviours = JsonBinding.objects(p, q -> KsbItem.bind(q, pool));
          break;
        case "technicalKnowledges":
          f.technicalKnowledges = JsonBinding.objects(p, q -> KsbItem.bind(q, pool));
          break;
        case "technicalSkills":
          f.technicalSkills = JsonBinding.objects(p, q -> KsbItem.bind(q, pool));
          break;
        case "employabilitySkillsAndBehaviours":
          f.employabilitySkillsAndBehaviours = JsonBinding.objects(p, q -> KsbItem.bind(q, pool));
          break;
        case "duties":
          f.duties = JsonBinding.objects(p, q -> DutyItem.bind(q, pool));
          break;
        case "options":
          f.options = JsonBinding.objects(p, q -> OptionItem.bind(q, pool));
          break;
        case "integratedDegree":
          f.integratedDegree = JsonBinding.string(p, pool);
          break;
        case "regulatedBody":
          f.regulatedBody = JsonBinding.string(p, pool);
          break;
        case "eQAProvider":
        case "eqaProvider":
          f.eQAProvider = JsonBinding.value(p);
          break;
        case "overviewOfRole":
          f.overviewOfRole = JsonBinding.string(p, pool);
          break;
        case "occupationalSummary":
          f.occupationalSummary = JsonBinding.string(p, pool);
          break;
        case "keywords":
          f.keywords = JsonBinding.strings(p, pool);
          break;
        case "typicalJobTitles":
          f.typicalJobTitles = JsonBinding.strings(p, pool);
          break;
        case "minimumHoursForCompliance":
          f.minimumHoursForCompliance = JsonBinding.value(p);
          break;
        case "ePALength":
          f.ePALength = JsonBinding.value(p);
          break;
        case "pathway":
          f.pathway = JsonBinding.string(p, pool);
          break;
        case "clusterId":
          f.clusterId = JsonBinding.string(p, pool);
          break;
        case "cluster":
          f.cluster = JsonBinding.string(p, pool);
          break;
        case "clusterDescription":
          f.clusterDescription = JsonBinding.string(p, pool);
          break;
        case "ssa1":
          f.ssa1 = JsonBinding.string(p, pool);
          break;
        case "ssa2":
          f.ssa2 = JsonBinding.string(p, pool);
          break;
        case "occupationCode":
          f.occupationCode = JsonBinding.string(p, pool);
          break;
        case "approvedForDeliveryPausedStarts":
          f.approvedForDeliveryPausedStarts = JsonBinding.bool(p);
          break;
        case "templateType":
          f.templateType = JsonBinding.string(p, pool);
          break;
        case "professionalRecognition":
          f.professionalRecognition = JsonBinding.objects(p, q -> RecognitionItem.bind(q, pool));
          break;
        case "qualifications":
          f.qualifications = JsonBinding.objects(p, q -> QualificationItem.bind(q, pool));
          break;
        case "regulated":
          f.regulated = JsonBinding.bool(p);
          break;
        case "regulationDetail":
          f.regulationDetail = JsonBinding.objects(p, q -> RegulationItem.bind(q, pool));
          break;
        case "greenJobTitles":
          f.greenJobTitles = JsonBinding.strings(p, pool);
          break;
        case "assessmentPlanUrl":
          f.assessmentPlanUrl = JsonBinding.string(p, pool);
          break;
        case "standardPageUrl":
          f.standardPageUrl = JsonBinding.string(p, pool);
          break;
        case "change":
          f.change = JsonBinding.string(p, pool);
          break;
        case "changedDate":
          f.changedDate = JsonBinding.string(p, pool);
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
        f.overviewOfRole, f.occupationalSummary, f.keywords, f.typicalJobTitles, f.minimumHoursForCompliance,
        f.ePALength, f.pathway, f.clusterId, f.cluster, f.clusterDescription, f.ssa1, f.ssa2, f.occupationCode,
        f.approvedForDeliveryPausedStarts, f.templateType, f.professionalRecognition, f.qualifications, f.regulated,
        f.regulationDetail, f.greenJobTitles, f.assessmentPlanUrl, f.standardPageUrl, f.change, f.changedDate);
  }

  /** A knowledge, skill or behaviour item; the id field is named after its list in standards, {@code id} in FAs. */
  public record KsbItem(@Nullable String id, @Nullable String detail) {
    static KsbItem bind(JsonParser p, StringPool pool) {
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
            f.id = JsonBinding.string(p, pool);
            break;
          case "detail":
            f.detail = JsonBinding.string(p, pool);
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
    static DutyItem bind(JsonParser p, StringPool pool) {
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
            f.dutyID = JsonBinding.string(p, pool);
            break;
          case "dutyDetail":
            f.dutyDetail = JsonBinding.string(p, pool);
            break;
          case "isThisACoreDuty":
            f.isThisACoreDuty = JsonBinding.value(p);
            break;
          case "mappedKnowledge":
            f.mappedKnowledge = JsonBinding.strings(p, pool);
            break;
          case "mappedSkills":
            f.mappedSkills = JsonBinding.strings(p, pool);
            break;
          case "mappedBehaviour":
            f.mappedBehaviour = JsonBinding.strings(p, pool);
            break;
          case "mappedOptions":
            f.mappedOptions = JsonBinding.strings(p, pool);
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

  /** An option of the standard; in a qualification's {@code mappedOptions} its id field is spelt with "ID". */
  public record OptionItem(@Nullable String optionId, @Nullable String title) {
    static OptionItem bind(JsonParser p, StringPool pool) {
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
          case "optionID":
            f.optionId = JsonBinding.string(p, pool);
            break;
          case "title":
            f.title = JsonBinding.string(p, pool);
            break;
          default:
            p.skipChildren();
            break;
        }
      });
      return new OptionItem(f.optionId, f.title);
    }
  }
  /** A professional body's recognition; {@code isPartial} is "full", "partial", or blank. */
  public record RecognitionItem(
      @Nullable String bodyName,
      @Nullable String level,
      @Nullable String isPartial,
      @Nullable String partialFreeText) {
    static RecognitionItem bind(JsonParser p, StringPool pool) {
      final class Fields {
        @Nullable
        String bodyName;
        @Nullable
        String level;
        @Nullable
        String isPartial;
        @Nullable
        String partialFreeText;
      }
      Fields f = new Fields();
      JsonBinding.properties(p, name -> {
        switch (name) {
          case "bodyName":
            f.bodyName = JsonBinding.string(p, pool);
            break;
          case "level":
            f.level = JsonBinding.string(p, pool);
            break;
          case "isPartial":
            f.isPartial = JsonBinding.string(p, pool);
            break;
          case "partialFreeText":
            f.partialFreeText = JsonBinding.string(p, pool);
            break;
          default:
            p.skipChildren();
            break;
        }
      });
      return new RecognitionItem(f.bodyName, f.level, f.isPartial, f.partialFreeText);
    }
  }

  /** A qualification of the standard, with the options it belongs to ({@code optionID} and title). */
  public record QualificationItem(
      @Nullable String qualificationId,
      @Nullable String title,
      @Nullable String level,
      @Nullable String anyAdditionalInformation,
      @Nullable List<@Nullable OptionItem> mappedOptions) {
    static QualificationItem bind(JsonParser p, StringPool pool) {
      final class Fields {
        @Nullable
        String qualificationId;
        @Nullable
        String title;
        @Nullable
        String level;
        @Nullable
        String anyAdditionalInformation;
        @Nullable
        List<@Nullable OptionItem> mappedOptions;
      }
      Fields f = new Fields();
      JsonBinding.properties(p, name -> {
        switch (name) {
          case "qualificationId":
            f.qualificationId = JsonBinding.string(p, pool);
            break;
          case "title":
            f.title = JsonBinding.string(p, pool);
            break;
          case "level":
            f.level = JsonBinding.string(p, pool);
            break;
          case "anyAdditionalInformation":
            f.anyAdditionalInformation = JsonBinding.string(p, pool);
            break;
          case "mappedOptions":
            f.mappedOptions = JsonBinding.objects(p, q -> OptionItem.bind(q, pool));
            break;
          default:
            p.skipChildren();
            break;
        }
      });
      return new QualificationItem(f.qualificationId, f.title, f.level, f.anyAdditionalInformation,
          f.mappedOptions);
    }
  }

  /** Whether a party (training provider, EPAO) of a regulated standard must be approved by the regulator. */
  public record RegulationItem(@Nullable String name, @Nullable Boolean approved, @Nullable String webLink) {
    static RegulationItem bind(JsonParser p, StringPool pool) {
      final class Fields {
        @Nullable
        String name;
        @Nullable
        Boolean approved;
        @Nullable
        String webLink;
      }
      Fields f = new Fields();
      JsonBinding.properties(p, name -> {
        switch (name) {
          case "name":
            f.name = JsonBinding.string(p, pool);
            break;
          case "approved":
            f.approved = JsonBinding.bool(p);
            break;
          case "webLink":
            f.webLink = JsonBinding.string(p, pool);
            break;
          default:
            p.skipChildren();
            break;
        }
      });
      return new RegulationItem(f.name, f.approved, f.webLink);
    }
  }
}
