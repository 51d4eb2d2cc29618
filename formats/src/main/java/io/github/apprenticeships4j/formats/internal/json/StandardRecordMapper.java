package io.github.apprenticeships4j.formats.internal.json;

import io.github.apprenticeships4j.core.standard.Duty;
import io.github.apprenticeships4j.core.standard.Ksb;
import io.github.apprenticeships4j.core.standard.KsbType;
import io.github.apprenticeships4j.core.standard.LarsCode;
import io.github.apprenticeships4j.core.standard.ProfessionalRecognition;
import io.github.apprenticeships4j.core.standard.Qualification;
import io.github.apprenticeships4j.core.standard.RegulatorApproval;
import io.github.apprenticeships4j.core.standard.Standard;
import io.github.apprenticeships4j.core.standard.StandardCodes;
import io.github.apprenticeships4j.core.standard.StandardOption;
import io.github.apprenticeships4j.core.standard.StandardReference;
import io.github.apprenticeships4j.core.standard.StandardStatus;
import io.github.apprenticeships4j.core.standard.StandardVersion;
import io.github.apprenticeships4j.core.validation.InvalidValueException;
import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.formats.ReadCodes;
import io.github.apprenticeships4j.formats.internal.Failures;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Maps one {@link StandardRecord} onto a {@link Standard}, collecting a finding with its field path for every value
 * that does not fit instead of stopping at the first. Field paths use the JSON names, e.g. {@code duties[2].dutyID}.
 */
public final class StandardRecordMapper {
  /** Amounts beyond this are refused (they were out of range when numbers were read as doubles). */
  private static final BigDecimal MAX_AMOUNT = new BigDecimal(Double.MAX_VALUE);

  private final List<Issue> issues;
  private final StringPool pool;

  private StandardRecordMapper(List<Issue> issues, StringPool pool) {
    this.issues = issues;
    this.pool = pool;
  }

  /**
   * The standard, or empty with errors among {@code issues}; warnings are added to {@code issues} either way. Texts
   * that decoding or stripping changes are taken from {@code pool}, as the record's strings were.
   */
  public static Optional<Standard> map(StandardRecord record, List<Issue> issues, StringPool pool) {
    return new StandardRecordMapper(issues, pool).toStandard(record);
  }

  private Optional<Standard> toStandard(StandardRecord r) {
    Standard.Builder b = Standard.builder();
    int errorsBefore = errors();
    field("referenceNumber", required(r.referenceNumber(), "referenceNumber"), StandardReference::parse, b::reference);
    b.version(version(r.version()));
    if (r.versionNumber() != null) {
      b.versionNumber(r.versionNumber());
    }
    larsCode(r.larsCode()).ifPresent(b::larsCode);
    b.title(text(r.title()));
    b.level(whole(r.level(), "level"));
    b.route(r.route() == null ? "" : strip(r.route()));
    b.status(StandardStatus.of(r.status() == null ? "" : r.status()));
    b.typicalDurationMonths(whole(r.typicalDuration(), "typicalDuration"));
    b.maxFunding(pounds(r.maxFunding(), "maxFunding"));
    date(r.earliestStartDate(), "earliestStartDate").ifPresent(b::earliestStartDate);
    date(r.latestStartDate(), "latestStartDate").ifPresent(b::latestStartDate);
    date(r.latestEndDate(), "latestEndDate").ifPresent(b::latestEndDate);
    date(r.approvedForDelivery(), "approvedForDelivery").ifPresent(b::approvedForDeliveryDate);
    // KSBs, duties, options, keywords and titles go straight into the builder: build() makes the lists kept
    ksbs(r.knowledges(), "knowledges", KsbType.KNOWLEDGE, b::addKsb);
    ksbs(r.skills(), "skills", KsbType.SKILL, b::addKsb);
    ksbs(r.behaviours(), "behaviours", KsbType.BEHAVIOUR, b::addKsb);
    ksbs(r.technicalKnowledges(), "technicalKnowledges", KsbType.TECHNICAL_KNOWLEDGE, b::addKsb);
    ksbs(r.technicalSkills(), "technicalSkills", KsbType.TECHNICAL_SKILL, b::addKsb);
    ksbs(r.employabilitySkillsAndBehaviours(), "employabilitySkillsAndBehaviours",
        KsbType.EMPLOYABILITY_SKILL_AND_BEHAVIOUR, b::addKsb);
    duties(r.duties(), b::addDuty);
    options(r.options(), b::addOption);
    present(r.integratedDegree()).ifPresent(b::integratedDegree);
    present(r.regulatedBody()).ifPresent(b::regulatedBody);
    Optional.ofNullable(r.eQAProvider()).map(p -> p.get("providerName")).map(JsonValue::asText)
        .flatMap(this::present).ifPresent(b::eqaProvider);
    present(r.overviewOfRole()).map(this::decode).ifPresent(b::overviewOfRole);
    present(r.occupationalSummary()).map(this::decode).ifPresent(b::occupationalSummary);
    addStrings(r.keywords(), b::addKeyword);
    addStrings(r.typicalJobTitles(), b::addTypicalJobTitle);
    positive(r.minimumHoursForCompliance(), "minimumHoursForCompliance").ifPresent(b::minimumOffTheJobHours);
    positive(r.ePALength(), "ePALength").ifPresent(b::endPointAssessmentMonths);
    present(r.pathway()).ifPresent(b::pathway);
    present(r.clusterId()).ifPresent(b::clusterId);
    present(r.cluster()).ifPresent(b::cluster);
    present(r.clusterDescription()).map(this::decode).ifPresent(b::clusterDescription);
    present(r.ssa1()).ifPresent(b::sectorSubjectArea);
    present(r.ssa2()).ifPresent(b::sectorSubjectAreaTier2);
    present(r.occupationCode()).ifPresent(b::occupationCode);
    Optional.ofNullable(r.approvedForDeliveryPausedStarts()).ifPresent(b::startsPaused);
    present(r.templateType()).ifPresent(b::templateType);
    recognitions(r.professionalRecognition(), b::addProfessionalRecognition);
    qualifications(r.qualifications(), b::addQualification);
    Optional.ofNullable(r.regulated()).ifPresent(b::regulated);
    regulatorApprovals(r.regulationDetail(), b::addRegulatorApproval);
    addStrings(r.greenJobTitles(), b::addGreenJobTitle);
    present(r.assessmentPlanUrl()).ifPresent(b::assessmentPlanUrl);
    present(r.standardPageUrl()).ifPresent(b::standardPageUrl);
    present(r.change()).ifPresent(b::changeNote);
    date(r.changedDate(), "changedDate").filter(d -> d.getYear() > 1).ifPresent(b::changedDate);
    if (errors() > errorsBefore) {
      return Optional.empty();
    }
    try {
      return Optional.of(b.build());
    } catch (IllegalArgumentException | IllegalStateException e) {
      issues.add(Issue.error(ReadCodes.JSON_RECORD_INVALID, Failures.describe(e)));
      return Optional.empty();
    }
  }

  private StandardVersion version(@Nullable String version) {
    if (version == null || version.isBlank()) {
      issues.add(Issue.warning(ReadCodes.JSON_VERSION_BLANK,
          "version is blank; read as 1.0, as DfE's das-courses-jobs names such records").at("version"));
      return StandardVersion.of(1, 0);
    }
    try {
      return StandardVersion.parse(version);
    } catch (InvalidValueException e) {
      issues.add(e.issue().at("version"));
      return StandardVersion.of(0, 0);
    }
  }

  private Optional<LarsCode> larsCode(@Nullable JsonValue node) {
    if (node == null || node.isNull() || (node.isNumber() && belowOne(node))
        || (node.isString() && (node.stringValue().isBlank() || node.stringValue().strip().equals("0")))) {
      return Optional.empty();
    }
    try {
      if (node.isIntegralNumber() && node.canConvertToInt()) {
        return Optional.of(LarsCode.of((int) node.longValue()));
      }
      if (node.isString()) {
        return Optional.of(LarsCode.parse(node.stringValue()));
      }
      issues.add(Issue.error(StandardCodes.LARS_CODE_RANGE, "LARS code must be a whole number").at("larsCode")
          .rejecting(node.toString()));
    } catch (InvalidValueException e) {
      issues.add(e.issue().at("larsCode"));
    }
    return Optional.empty();
  }

  /** Whether a number is 0 once its fraction is dropped, as a LARS code of 0 means none yet. */
  private static boolean belowOne(JsonValue number) {
    try {
      return number.decimalValue().abs().compareTo(BigDecimal.ONE) < 0;
    } catch (NumberFormatException e) {
      return Math.abs(number.doubleValue()) < 1; // an exponent beyond BigDecimal's range, e.g. 1e-9999999999
    }
  }

  private int whole(@Nullable JsonValue node, String path) {
    if (node == null || node.isNull()) {
      return 0;
    }
    if (node.isIntegralNumber() && node.canConvertToInt()) {
      return (int) node.longValue();
    }
    if (node.isString() && node.stringValue().strip().matches("-?\\d{1,9}")) {
      return Integer.parseInt(node.stringValue().strip());
    }
    issues.add(Issue.error(ReadCodes.JSON_NUMBER_FORMAT, path + " must be a whole number").at(path)
        .rejecting(node.toString()));
    return 0;
  }

  /**
   * A whole number given as a number or a numeric string; empty when absent, null, blank or 0 (the source's "not yet
   * set"), and when it is not a whole number, with an error.
   */
  private OptionalInt positive(@Nullable JsonValue node, String path) {
    if (node == null || node.isNull() || (node.isString() && node.stringValue().isBlank())) {
      return OptionalInt.empty();
    }
    int value = whole(node, path);
    return value == 0 ? OptionalInt.empty() : OptionalInt.of(value);
  }

  private BigDecimal pounds(@Nullable JsonValue node, String path) {
    if (node == null || node.isNull()) {
      return BigDecimal.ZERO;
    }
    try {
      BigDecimal amount = node.isNumber() ? node.decimalValue() : new BigDecimal(stringOf(node).strip());
      if (amount.stripTrailingZeros().scale() > 2) {
        throw new NumberFormatException("more than two decimal places");
      }
      if (amount.abs().compareTo(MAX_AMOUNT) > 0) {
        throw new NumberFormatException("out of range");
      }
      // at the model's scale 2 already, so that building the standard does not copy it again to set the scale
      return amount.setScale(2, RoundingMode.UNNECESSARY);
    } catch (NumberFormatException e) {
      issues.add(Issue.error(ReadCodes.JSON_NUMBER_FORMAT, path + " must be an amount in pounds with at most two"
          + " decimal places").at(path).rejecting(node.toString()));
      return BigDecimal.ZERO;
    }
  }

  private Optional<LocalDate> date(@Nullable String text, String path) {
    if (text == null) {
      return Optional.empty();
    }
    try {
      return LenientDates.parse(text);
    } catch (IllegalArgumentException e) {
      issues.add(Issue.error(ReadCodes.JSON_DATE_FORMAT, path + " must be a date such as 2024-12-18T00:00:00")
          .at(path).rejecting(text));
      return Optional.empty();
    }
  }

  private void ksbs(@Nullable List<StandardRecord.@Nullable KsbItem> items, String path, KsbType type,
      Consumer<Ksb> into) {
    List<StandardRecord.@Nullable KsbItem> list = orEmpty(items);
    for (int i = 0; i < list.size(); i++) {
      StandardRecord.KsbItem item = list.get(i);
      String id = item == null ? null : item.id();
      if (id == null || id.isBlank()) {
        issues.add(Issue.error(ReadCodes.JSON_ID_MISSING, "KSB item has no id").at(path + "[" + i + "]"));
        continue;
      }
      into.accept(Ksb.of(type, strip(id), i + 1, decode(text(item.detail()))));
    }
  }

  private void duties(@Nullable List<StandardRecord.@Nullable DutyItem> items, Consumer<Duty> duties) {
    List<StandardRecord.@Nullable DutyItem> list = orEmpty(items);
    for (int i = 0; i < list.size(); i++) {
      StandardRecord.DutyItem d = list.get(i);
      if (d == null) {
        issues.add(Issue.error(ReadCodes.JSON_ID_MISSING, "duty is null").at("duties[" + i + "]"));
        continue;
      }
      // the ids go straight into the builder, whose build() makes the one list the duty keeps
      Duty.Builder duty = Duty.builder();
      duty.id(strip(text(d.dutyID())))
          .text(decode(text(d.dutyDetail())))
          .isCore(isCore(d.isThisACoreDuty(), "duties[" + i + "].isThisACoreDuty"));
      addStrings(d.mappedKnowledge(), duty::addKsbId);
      addStrings(d.mappedSkills(), duty::addKsbId);
      addStrings(d.mappedBehaviour(), duty::addKsbId);
      addStrings(d.mappedOptions(), duty::addOptionId);
      duties.accept(duty.build());
    }
  }

  /** The text of a string; anything else is no amount. */
  private static String stringOf(JsonValue node) {
    if (!node.isString()) {
      throw new NumberFormatException("not a string: " + node.type());
    }
    return node.stringValue();
  }

  private boolean isCore(@Nullable JsonValue node, String path) {
    if (node == null || node.isNull()) {
      issues.add(Issue.warning(ReadCodes.JSON_DUTY_CORE_FLAG_MISSING, "isThisACoreDuty is missing; read as a core duty")
          .at(path));
      return true;
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    if (node.isIntegralNumber() && node.canConvertToInt() && (node.longValue() == 0 || node.longValue() == 1)) {
      return node.longValue() == 1;
    }
    issues.add(Issue.error(ReadCodes.JSON_NUMBER_FORMAT, "isThisACoreDuty must be 0 or 1").at(path)
        .rejecting(node.toString()));
    return false;
  }

  private void options(@Nullable List<StandardRecord.@Nullable OptionItem> items, Consumer<StandardOption> options) {
    List<StandardRecord.@Nullable OptionItem> list = orEmpty(items);
    for (int i = 0; i < list.size(); i++) {
      StandardRecord.OptionItem o = list.get(i);
      if (o == null || o.optionId() == null || o.optionId().isBlank()) {
        issues.add(Issue.error(ReadCodes.JSON_ID_MISSING, "option has no optionId").at("options[" + i + "]"));
        continue;
      }
      options.accept(StandardOption.of(strip(o.optionId()), strip(text(o.title()))));
    }
  }

  /** The recognitions; null items are left out, and "full" or "partial" (any case) say whether it is partial. */
  private void recognitions(@Nullable List<StandardRecord.@Nullable RecognitionItem> items,
      Consumer<ProfessionalRecognition> out) {
    for (StandardRecord.@Nullable RecognitionItem item : orEmpty(items)) {
      if (item == null) {
        continue;
      }
      ProfessionalRecognition.Builder b = ProfessionalRecognition.builder().body(decode(strip(text(item.bodyName()))));
      present(item.level()).map(this::decode).ifPresent(b::level);
      String coverage = text(item.isPartial()).strip();
      if (coverage.equalsIgnoreCase("partial") || coverage.equalsIgnoreCase("full")) {
        b.partial(coverage.equalsIgnoreCase("partial"));
      }
      present(item.partialFreeText()).map(this::decode).ifPresent(b::conditions);
      out.accept(b.build());
    }
  }

  /** The qualifications; null items are left out. */
  private void qualifications(@Nullable List<StandardRecord.@Nullable QualificationItem> items,
      Consumer<Qualification> out) {
    for (StandardRecord.@Nullable QualificationItem item : orEmpty(items)) {
      if (item == null) {
        continue;
      }
      Qualification.Builder b = Qualification.builder().id(strip(text(item.qualificationId())))
          .title(decode(strip(text(item.title()))));
      for (StandardRecord.@Nullable OptionItem option : orEmpty(item.mappedOptions())) {
        if (option != null && option.optionId() != null) {
          b.addOptionIds(strip(option.optionId()));
        }
      }
      present(item.level()).ifPresent(b::level);
      present(item.anyAdditionalInformation()).map(this::decode).ifPresent(b::additionalInformation);
      out.accept(b.build());
    }
  }

  /** The regulator approvals; null items are left out, and a missing {@code approved} stays absent. */
  private void regulatorApprovals(@Nullable List<StandardRecord.@Nullable RegulationItem> items,
      Consumer<RegulatorApproval> out) {
    for (StandardRecord.@Nullable RegulationItem item : orEmpty(items)) {
      if (item == null) {
        continue;
      }
      RegulatorApproval.Builder b = RegulatorApproval.builder().party(strip(text(item.name())));
      Optional.ofNullable(item.approved()).ifPresent(b::required);
      present(item.webLink()).ifPresent(b::link);
      out.accept(b.build());
    }
  }

  private <T> void field(String path, @Nullable String text, Function<String, T> parse, Consumer<T> set) {
    if (text == null) {
      return;
    }
    try {
      set.accept(parse.apply(text));
    } catch (InvalidValueException e) {
      issues.add(e.issue().at(path));
    }
  }

  private @Nullable String required(@Nullable String text, String path) {
    if (text == null) {
      issues.add(Issue.error(ReadCodes.JSON_FIELD_MISSING, path + " is missing").at(path));
    }
    return text;
  }

  private Optional<String> present(@Nullable String text) {
    return text == null || text.isBlank() ? Optional.empty() : Optional.of(strip(text));
  }

  /** {@code text} without its leading and trailing white space, from the pool. */
  private String strip(String text) {
    String stripped = text.strip();
    return stripped.length() == text.length() ? text : pool.of(stripped);
  }

  /** {@code text} with its HTML character references decoded, from the pool. */
  private String decode(String text) {
    String decoded = HtmlEntities.decode(text);
    return decoded.length() == text.length() ? text : pool.of(decoded); // a decoded reference is shorter
  }

  private static String text(@Nullable String text) {
    return text == null ? "" : text;
  }

  /** Gives the strings of {@code list} that are not null to {@code out}, in order. */
  private static void addStrings(@Nullable List<@Nullable String> list, Consumer<String> out) {
    if (list == null) {
      return;
    }
    for (int i = 0; i < list.size(); i++) {
      String s = list.get(i);
      if (s != null) {
        out.accept(s);
      }
    }
  }

  private static <T extends @Nullable Object> List<T> orEmpty(@Nullable List<T> list) {
    return list == null ? List.of() : list;
  }

  private int errors() {
    return (int) issues.stream().filter(i -> i.severity().isAtLeast(
        io.github.apprenticeships4j.core.validation.Severity.ERROR)).count();
  }
}
