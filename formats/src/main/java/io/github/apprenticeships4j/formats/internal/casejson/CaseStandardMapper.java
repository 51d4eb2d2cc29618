package io.github.apprenticeships4j.formats.internal.casejson;

import io.github.apprenticeships4j.core.standard.Duty;
import io.github.apprenticeships4j.core.standard.Ksb;
import io.github.apprenticeships4j.core.standard.KsbType;
import io.github.apprenticeships4j.core.standard.LarsCode;
import io.github.apprenticeships4j.core.standard.ProfessionalRecognition;
import io.github.apprenticeships4j.core.standard.Qualification;
import io.github.apprenticeships4j.core.standard.RegulatorApproval;
import io.github.apprenticeships4j.core.standard.Standard;
import io.github.apprenticeships4j.core.standard.StandardOption;
import io.github.apprenticeships4j.core.standard.StandardReference;
import io.github.apprenticeships4j.core.standard.StandardStatus;
import io.github.apprenticeships4j.core.standard.StandardVersion;
import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.formats.ReadCodes;
import io.github.apprenticeships4j.formats.internal.json.DuplicateNameParser;
import io.github.apprenticeships4j.formats.internal.json.JsonValue;
import io.github.apprenticeships4j.formats.internal.json.JsonWalk;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Maps the tree of a CASE package written by {@link CaseStandardWriter} (or made the same way) onto a
 * {@link Standard}, reporting every value that does not fit with its path.
 */
public final class CaseStandardMapper {
  private static final String DOC = "CFDocument";
  private static final String EXT = JsonWalk.join(DOC, "extensions");
  /** An amount in pounds as the canonical reader takes it: checked before parsing, so no exponent is expanded. */
  private static final Pattern POUNDS = Pattern.compile("-?[0-9]{1,15}(\\.[0-9]{1,2})?");

  private final JsonWalk walk;

  private CaseStandardMapper(String source) {
    this.walk = JsonWalk.of(source, CaseTree.DIALECT);
  }

  /**
   * The standard of the package {@code root}, or empty if it has errors; the findings, those about property names
   * repeated in one object first, are added to {@code issues}.
   */
  public static Optional<Standard> map(JsonValue root, DuplicateNameParser.Duplicates repeated, String source,
      List<Issue> issues) {
    CaseStandardMapper mapper = new CaseStandardMapper(source);
    mapper.walk.reportRepeated(repeated, ReadCodes.CASE_JSON_FIELD_DUPLICATE);
    return mapper.walk.result(CaseTree.of(root, mapper.walk).flatMap(mapper::standard), issues);
  }

  private Optional<Standard> standard(CaseTree tree) {
    JsonValue doc = tree.document();
    Standard.Builder b = Standard.builder();
    b.title(walk.requiredText(doc, DOC, "title").orElse(""));
    String version = walk.requiredText(doc, DOC, "version").orElse("");
    walk.parse(version, DOC + ".version", StandardVersion::parse).ifPresent(b::version);
    b.route(walk.texts(doc, DOC, "subject").stream().findFirst().orElse(""));
    b.status(StandardStatus.of(walk.requiredText(doc, DOC, "adoptionStatus").orElse("")));
    walk.text(doc, DOC, "description").ifPresent(b::overviewOfRole);
    walk.date(doc, DOC, "statusStartDate").ifPresent(b::earliestStartDate);
    walk.date(doc, DOC, "statusEndDate").ifPresent(b::latestStartDate);
    JsonValue ext = walk.requiredObject(doc, DOC, "extensions");
    if (ext != null) {
      extensions(ext, b);
    }
    for (CaseTree.Item item : tree.items()) {
      Optional<KsbType> ksbType = CaseVocabulary.ksbType(item.type());
      if (item.type().equals(CaseVocabulary.OPTION)) {
        b.addOptions(StandardOption.of(sourceId(item), walk.requiredText(item.node(), item.path(),
            "fullStatement").orElse("")));
      } else if (item.type().equals(CaseVocabulary.DUTY)) {
        b.addDuties(duty(tree, item));
      } else if (ksbType.isPresent()) {
        ksb(item, ksbType.get()).ifPresent(b::addKsbs);
      } else {
        walk.report(Issue.warning(ReadCodes.CASE_JSON_ITEM_TYPE_UNKNOWN, "a standard has no place for an item of "
            + "type '" + item.type() + "'; it is ignored").rejecting(item.type()), JsonWalk.join(item.path(),
                "CFItemType"));
      }
    }
    return walk.hasErrors() ? Optional.empty() : Optional.of(b.build());
  }

  private void extensions(JsonValue ext, Standard.Builder b) {
    String reference = walk.requiredText(ext, EXT, "reference").orElse("");
    walk.parse(reference, EXT + ".reference", StandardReference::parse).ifPresent(b::reference);
    walk.integer(ext, EXT, "larsCode").ifPresent(c -> walk.parse(Integer.toString(c), EXT + ".larsCode",
        LarsCode::parse).ifPresent(b::larsCode));
    walk.text(ext, EXT, "versionNumber").ifPresent(b::versionNumber);
    b.level(walk.requiredInteger(ext, EXT, "level").orElse(0));
    b.typicalDurationMonths(walk.requiredInteger(ext, EXT, "typicalDurationMonths").orElse(0));
    b.maxFunding(pounds(walk.requiredText(ext, EXT, "maxFunding").orElse("")));
    walk.date(ext, EXT, "latestEndDate").ifPresent(b::latestEndDate);
    walk.date(ext, EXT, "approvedForDeliveryDate").ifPresent(b::approvedForDeliveryDate);
    text(ext, "integratedDegree", b::integratedDegree);
    text(ext, "regulatedBody", b::regulatedBody);
    text(ext, "eqaProvider", b::eqaProvider);
    text(ext, "occupationalSummary", b::occupationalSummary);
    b.addAllKeywords(walk.texts(ext, EXT, "keywords"));
    b.addAllTypicalJobTitles(walk.texts(ext, EXT, "typicalJobTitles"));
    walk.integer(ext, EXT, "minimumOffTheJobHours").ifPresent(b::minimumOffTheJobHours);
    walk.integer(ext, EXT, "endPointAssessmentMonths").ifPresent(b::endPointAssessmentMonths);
    text(ext, "pathway", b::pathway);
    text(ext, "clusterId", b::clusterId);
    text(ext, "cluster", b::cluster);
    text(ext, "clusterDescription", b::clusterDescription);
    text(ext, "sectorSubjectArea", b::sectorSubjectArea);
    text(ext, "sectorSubjectAreaTier2", b::sectorSubjectAreaTier2);
    text(ext, "occupationCode", b::occupationCode);
    walk.bool(ext, EXT, "startsPaused").ifPresent(b::startsPaused);
    text(ext, "templateType", b::templateType);
    objects(ext, "professionalRecognitions", (o, path) -> {
      ProfessionalRecognition.Builder r = ProfessionalRecognition.builder().body(walk.requiredText(o, path, "body")
          .orElse(""));
      walk.text(o, path, "level").ifPresent(r::level);
      walk.bool(o, path, "partial").ifPresent(r::partial);
      walk.text(o, path, "conditions").ifPresent(r::conditions);
      b.addProfessionalRecognitions(r.build());
    });
    objects(ext, "qualifications", (o, path) -> {
      Qualification.Builder q = Qualification.builder().id(walk.requiredText(o, path, "id").orElse(""))
          .title(walk.requiredText(o, path, "title").orElse(""));
      walk.text(o, path, "level").ifPresent(q::level);
      walk.text(o, path, "additionalInformation").ifPresent(q::additionalInformation);
      q.addAllOptionIds(walk.texts(o, path, "optionIds"));
      b.addQualifications(q.build());
    });
    walk.bool(ext, EXT, "regulated").ifPresent(b::regulated);
    objects(ext, "regulatorApprovals", (o, path) -> {
      RegulatorApproval.Builder a = RegulatorApproval.builder().party(walk.requiredText(o, path, "party").orElse(""));
      walk.bool(o, path, "required").ifPresent(a::required);
      walk.text(o, path, "link").ifPresent(a::link);
      b.addRegulatorApprovals(a.build());
    });
    b.addAllGreenJobTitles(walk.texts(ext, EXT, "greenJobTitles"));
    text(ext, "assessmentPlanUrl", b::assessmentPlanUrl);
    text(ext, "standardPageUrl", b::standardPageUrl);
    text(ext, "changeNote", b::changeNote);
    walk.date(ext, EXT, "changedDate").ifPresent(b::changedDate);
  }

  /** Calls {@code each} with every object element of the extension array {@code name} and its path. */
  private void objects(JsonValue ext, String name, BiConsumer<JsonValue, String> each) {
    List<JsonValue> elements = walk.array(ext, EXT, name);
    for (int i = 0; i < elements.size(); i++) {
      String path = JsonWalk.index(EXT, name, i);
      JsonValue object = walk.object(elements.get(i), path);
      if (object != null) {
        each.accept(object, path);
      }
    }
  }

  private void text(JsonValue ext, String name, Consumer<String> setter) {
    walk.text(ext, EXT, name).ifPresent(setter);
  }

  /** Pounds at scale 2; 0, with an error, if the text is not an amount with at most two decimal places. */
  private BigDecimal pounds(String text) {
    if (text.isEmpty()) {
      return BigDecimal.ZERO;
    }
    if (POUNDS.matcher(text).matches()) {
      return new BigDecimal(text).setScale(2, RoundingMode.UNNECESSARY);
    } else {
      walk.report(Issue.error(ReadCodes.CASE_JSON_FIELD_TYPE, "maxFunding must be an amount in pounds with at most "
          + "two decimal places, e.g. \"22000.00\"").rejecting(text), EXT + ".maxFunding");
      return BigDecimal.ZERO;
    }
  }

  private Duty duty(CaseTree tree, CaseTree.Item item) {
    Duty.Builder duty = Duty.builder().id(sourceId(item))
        .text(walk.requiredText(item.node(), item.path(), "fullStatement").orElse(""))
        .isCore(extension(item).flatMap(e -> walk.bool(e, JsonWalk.join(item.path(), "extensions"), "core"))
            .orElse(true));
    for (CaseTree.Association a : tree.from(item, CaseVocabulary.IS_PART_OF)) {
      duty.addOptionIds(destinationId(tree, a, t -> t.equals(CaseVocabulary.OPTION), "option"));
    }
    for (CaseTree.Association a : tree.from(item, CaseVocabulary.IS_RELATED_TO)) {
      duty.addKsbIds(destinationId(tree, a, t -> CaseVocabulary.ksbType(t).isPresent(), "KSB"));
    }
    return duty.build();
  }

  /**
   * The source id of the destination of {@code a}, an item whose type {@code fits}; if it is not one, the title of
   * the destination, with a warning.
   */
  private String destinationId(CaseTree tree, CaseTree.Association a, Predicate<String> fits,
      String what) {
    CaseTree.Item destination = tree.item(a.destination());
    if (destination != null && fits.test(destination.type())) {
      return sourceId(destination);
    }
    walk.report(Issue.warning(ReadCodes.CASE_JSON_NODE_UNKNOWN, "the " + what + " of this " + a.type()
        + " association is not in the package; its title is kept as the id").rejecting(a.destination()),
        JsonWalk.join(a.path(), "destinationNodeURI"));
    return a.destinationTitle();
  }

  private Optional<Ksb> ksb(CaseTree.Item item, KsbType type) {
    String code = walk.requiredText(item.node(), item.path(), "humanCodingScheme").orElse("");
    String text = walk.requiredText(item.node(), item.path(), "fullStatement").orElse("");
    String digits = code.startsWith(type.prefix()) ? code.substring(type.prefix().length()) : "";
    if (digits.isEmpty() || digits.length() > 9 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      if (!code.isEmpty()) {
        walk.report(Issue.error(ReadCodes.CASE_JSON_CODE_INVALID, "the code of a " + item.type() + " item must be "
            + type.prefix() + " and its number, e.g. " + type.prefix() + "1").rejecting(code), JsonWalk.join(item
                .path(), "humanCodingScheme"));
      }
      return Optional.empty();
    }
    return Optional.of(Ksb.of(type, sourceId(item), Integer.parseInt(digits), text));
  }

  /** The id the item had in the model: its {@code extensions.sourceId}, else its identifier. */
  private String sourceId(CaseTree.Item item) {
    return extension(item).flatMap(e -> walk.text(e, JsonWalk.join(item.path(), "extensions"), "sourceId"))
        .orElse(item.identifier());
  }

  private Optional<JsonValue> extension(CaseTree.Item item) {
    @Nullable JsonValue ext = walk.object(item.node().get("extensions"), JsonWalk.join(item.path(), "extensions"));
    return Optional.ofNullable(ext);
  }
}
