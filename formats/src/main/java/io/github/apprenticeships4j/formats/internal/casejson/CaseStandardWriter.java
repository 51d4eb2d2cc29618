package io.github.apprenticeships4j.formats.internal.casejson;

import io.github.apprenticeships4j.core.standard.Duty;
import io.github.apprenticeships4j.core.standard.Ksb;
import io.github.apprenticeships4j.core.standard.Standard;
import io.github.apprenticeships4j.core.standard.StandardOption;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a standard version as a CASE 1.1 package: the document is the version, the items its options, duties and
 * KSBs (each {@code isChildOf} the document), the associations also tie duties to their options ({@code isPartOf})
 * and to their KSBs ({@code isRelatedTo}). What CASE has no property for goes in the {@code extensions} of the
 * document and items. See {@code CaseJson} and the README, "CASE 1.1".
 */
public final class CaseStandardWriter {
  /** Who writes standards in England; the model does not hold it. */
  static final String CREATOR = "Skills England";

  private CaseStandardWriter() {}

  /** Writes the package of {@code standard} to {@code output} and closes it. */
  public static void write(Standard standard, OutputStream output) {
    build(standard).write(output);
  }

  /** The package of {@code standard} as text. */
  public static String toJson(Standard standard) {
    return build(standard).toJson();
  }

  /** When the version last changed, as far as the model tells: approval for delivery, else first start date. */
  static LocalDate lastChange(Standard standard) {
    return standard.approvedForDeliveryDate().or(standard::earliestStartDate).orElse(CaseVocabulary.UNKNOWN_CHANGE);
  }

  private static CasePackage build(Standard standard) {
    CasePackage pack = new CasePackage("standard/" + standard.key(), standard.title(), CREATOR,
        CaseVocabulary.dateTime(lastChange(standard)));
    document(standard, pack.document());
    Map<String, Object> parent = pack.documentLink();
    Map<String, Map<String, Object>> options = new HashMap<>();
    List<StandardOption> optionList = standard.options();
    for (int i = 0; i < optionList.size(); i++) {
      StandardOption option = optionList.get(i);
      Map<String, Object> item = item(pack, "option", "O" + (i + 1), option.id(), CaseVocabulary.OPTION,
          option.title());
      options.putIfAbsent(option.id(), item);
      pack.associate(CaseVocabulary.IS_CHILD_OF, CasePackage.link(item), parent, i + 1);
    }
    Map<String, Map<String, Object>> ksbs = new HashMap<>();
    List<Map<String, Object>> duties = new java.util.ArrayList<>();
    List<Duty> dutyList = standard.duties();
    for (int i = 0; i < dutyList.size(); i++) {
      Duty duty = dutyList.get(i);
      Map<String, Object> item = item(pack, "duty", "D" + (i + 1), duty.id(), CaseVocabulary.DUTY, duty.text());
      extensions(item).put("core", duty.isCore());
      duties.add(item);
      pack.associate(CaseVocabulary.IS_CHILD_OF, CasePackage.link(item), parent, optionList.size() + i + 1);
    }
    List<Ksb> ksbList = standard.ksbs();
    for (int i = 0; i < ksbList.size(); i++) {
      Ksb ksb = ksbList.get(i);
      Map<String, Object> item = item(pack, "ksb", ksb.code(), ksb.id(), CaseVocabulary.itemType(ksb.type()),
          ksb.text());
      ksbs.putIfAbsent(ksb.id(), item);
      pack.associate(CaseVocabulary.IS_CHILD_OF, CasePackage.link(item), parent,
          optionList.size() + dutyList.size() + i + 1);
    }
    for (int i = 0; i < dutyList.size(); i++) {
      Duty duty = dutyList.get(i);
      Map<String, Object> origin = CasePackage.link(duties.get(i));
      List<String> optionIds = duty.optionIds();
      for (int j = 0; j < optionIds.size(); j++) {
        pack.associate(CaseVocabulary.IS_PART_OF, origin, destination(options, optionIds.get(j)), j + 1);
      }
      List<String> ksbIds = duty.ksbIds();
      for (int j = 0; j < ksbIds.size(); j++) {
        pack.associate(CaseVocabulary.IS_RELATED_TO, origin, destination(ksbs, ksbIds.get(j)), j + 1);
      }
    }
    return pack;
  }

  /** A link to the item of source id {@code id}, or, if there is none, to {@code id} itself, titled by it. */
  private static Map<String, Object> destination(Map<String, Map<String, Object>> items, String id) {
    Map<String, Object> item = items.get(id);
    return item != null ? CasePackage.link(item) : CasePackage.link(id, id);
  }

  private static Map<String, Object> item(CasePackage pack, String kind, String code, String sourceId, String type,
      String text) {
    String identifier = pack.identifier(kind + "/" + code, sourceId);
    Map<String, Object> item = pack.item(identifier, type, text);
    item.put("humanCodingScheme", code);
    if (!identifier.equals(sourceId)) {
      extensions(item).put("sourceId", sourceId);
    }
    return item;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> extensions(Map<String, Object> node) {
    return (Map<String, Object>) node.computeIfAbsent("extensions", k -> new LinkedHashMap<String, Object>());
  }

  private static void document(Standard standard, Map<String, Object> doc) {
    doc.put("publisher", CREATOR);
    standard.overviewOfRole().ifPresent(o -> doc.put("description", o));
    if (!standard.route().isEmpty()) {
      doc.put("subject", List.of(standard.route()));
    }
    doc.put("language", "en");
    doc.put("version", standard.version().toString());
    doc.put("adoptionStatus", standard.status().label());
    standard.earliestStartDate().ifPresent(d -> doc.put("statusStartDate", d.toString()));
    standard.latestStartDate().ifPresent(d -> doc.put("statusEndDate", d.toString()));
    doc.put("notes", "Apprenticeship standard " + standard.reference() + " version " + standard.version()
        + ", level " + standard.level() + ", exported by Apprenticeships4J.");
    doc.put("caseVersion", CaseVocabulary.CASE_VERSION);
    Map<String, Object> ext = extensions(doc);
    ext.put("reference", standard.reference().value());
    standard.larsCode().ifPresent(c -> ext.put("larsCode", c.value()));
    standard.versionNumber().ifPresent(v -> ext.put("versionNumber", v));
    ext.put("level", standard.level());
    ext.put("typicalDurationMonths", standard.typicalDurationMonths());
    ext.put("maxFunding", standard.maxFunding().toPlainString());
    standard.latestEndDate().ifPresent(d -> ext.put("latestEndDate", d.toString()));
    standard.approvedForDeliveryDate().ifPresent(d -> ext.put("approvedForDeliveryDate", d.toString()));
    put(ext, "integratedDegree", standard.integratedDegree());
    put(ext, "regulatedBody", standard.regulatedBody());
    put(ext, "eqaProvider", standard.eqaProvider());
    put(ext, "occupationalSummary", standard.occupationalSummary());
    if (!standard.keywords().isEmpty()) {
      ext.put("keywords", standard.keywords());
    }
    if (!standard.typicalJobTitles().isEmpty()) {
      ext.put("typicalJobTitles", standard.typicalJobTitles());
    }
    standard.minimumOffTheJobHours().ifPresent(h -> ext.put("minimumOffTheJobHours", h));
    standard.endPointAssessmentMonths().ifPresent(m -> ext.put("endPointAssessmentMonths", m));
    put(ext, "pathway", standard.pathway());
    put(ext, "clusterId", standard.clusterId());
    put(ext, "cluster", standard.cluster());
    put(ext, "clusterDescription", standard.clusterDescription());
    put(ext, "sectorSubjectArea", standard.sectorSubjectArea());
    put(ext, "sectorSubjectAreaTier2", standard.sectorSubjectAreaTier2());
    put(ext, "occupationCode", standard.occupationCode());
    standard.startsPaused().ifPresent(p -> ext.put("startsPaused", p));
    put(ext, "templateType", standard.templateType());
    if (!standard.professionalRecognitions().isEmpty()) {
      ext.put("professionalRecognitions", standard.professionalRecognitions().stream().map(r -> {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("body", r.body());
        put(m, "level", r.level());
        r.partial().ifPresent(v -> m.put("partial", v));
        put(m, "conditions", r.conditions());
        return m;
      }).toList());
    }
    if (!standard.qualifications().isEmpty()) {
      ext.put("qualifications", standard.qualifications().stream().map(q -> {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", q.id());
        m.put("title", q.title());
        put(m, "level", q.level());
        put(m, "additionalInformation", q.additionalInformation());
        m.put("optionIds", q.optionIds());
        return m;
      }).toList());
    }
    standard.regulated().ifPresent(r -> ext.put("regulated", r));
    if (!standard.regulatorApprovals().isEmpty()) {
      ext.put("regulatorApprovals", standard.regulatorApprovals().stream().map(a -> {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("party", a.party());
        a.required().ifPresent(r -> m.put("required", r));
        put(m, "link", a.link());
        return m;
      }).toList());
    }
    if (!standard.greenJobTitles().isEmpty()) {
      ext.put("greenJobTitles", standard.greenJobTitles());
    }
    put(ext, "assessmentPlanUrl", standard.assessmentPlanUrl());
    put(ext, "standardPageUrl", standard.standardPageUrl());
    put(ext, "changeNote", standard.changeNote());
    standard.changedDate().ifPresent(d -> ext.put("changedDate", d.toString()));
  }

  private static void put(Map<String, Object> map, String name, Optional<String> value) {
    value.ifPresent(v -> map.put(name, v));
  }
}
