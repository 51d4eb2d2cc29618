package io.github.apprenticeships4j.formats.internal.career;

import io.github.apprenticeships4j.core.career.SkillId;
import io.github.apprenticeships4j.core.crosswalk.Alignment;
import io.github.apprenticeships4j.core.crosswalk.Crosswalk;
import io.github.apprenticeships4j.core.crosswalk.MatchKind;
import io.github.apprenticeships4j.core.crosswalk.Provenance;
import io.github.apprenticeships4j.core.standard.StandardReference;
import io.github.apprenticeships4j.core.standard.StandardVersion;
import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.formats.ReadCodes;
import io.github.apprenticeships4j.formats.internal.json.DuplicateNameParser;
import io.github.apprenticeships4j.formats.internal.json.JsonDialect;
import io.github.apprenticeships4j.formats.internal.json.JsonValue;
import io.github.apprenticeships4j.formats.internal.json.JsonWalk;
import io.github.apprenticeships4j.formats.json.CrosswalkJson;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Maps the tree of a crosswalk JSON document onto the model, reporting every value that does not fit with its path;
 * see {@link CrosswalkJson}.
 */
public final class CrosswalkJsonMapper {
  /** The codes and wording of the crosswalk JSON's findings. */
  static final JsonDialect DIALECT = JsonDialect.of(ReadCodes.CROSSWALK_JSON_FIELD_MISSING,
      ReadCodes.CROSSWALK_JSON_FIELD_TYPE).withUnknown(ReadCodes.CROSSWALK_JSON_FIELD_UNKNOWN).documentCalled(
          "the document")
      .withDate(ReadCodes.CROSSWALK_JSON_DATE_FORMAT, "a date must be written yyyy-mm-dd");
  private static final Set<String> DOCUMENT = Set.of("$schema", "format", "standard", "standardVersion", "framework",
      "provenance", "alignments");
  private static final Set<String> PROVENANCE = Set.of("assertedBy", "assertedOn", "basis");
  private static final Set<String> ALIGNMENT = Set.of("ksb", "skill", "level", "match", "reasoning", "provenance");

  private final JsonWalk walk;

  private CrosswalkJsonMapper(String source) {
    this.walk = JsonWalk.of(source, DIALECT);
  }

  /**
   * The crosswalk of the document {@code root}, or empty if it has errors; the findings, those about property names
   * repeated in one object first, are added to {@code issues}.
   */
  public static Optional<Crosswalk> map(JsonValue root, DuplicateNameParser.Duplicates repeated, String source,
      List<Issue> issues) {
    CrosswalkJsonMapper mapper = new CrosswalkJsonMapper(source);
    mapper.walk.reportRepeated(repeated, ReadCodes.CROSSWALK_JSON_FIELD_DUPLICATE);
    return mapper.walk.result(mapper.document(root), issues);
  }

  /** The JSON spelling of a match kind, e.g. {@code narrow}. */
  public static String matchName(MatchKind kind) {
    return kind.name().toLowerCase(java.util.Locale.ROOT);
  }

  private Optional<Crosswalk> document(JsonValue root) {
    JsonValue doc = walk.document(root);
    if (doc == null) {
      return Optional.empty();
    }
    walk.onlyKnown(doc, "", DOCUMENT);
    Optional<String> format = walk.text(doc, "", "format");
    if (format.isEmpty() && JsonWalk.absent(doc, "format")) {
      walk.report(Issue.warning(ReadCodes.CROSSWALK_JSON_FORMAT_MISSING, "the document does not say its format, "
          + CrosswalkJson.FORMAT), "format");
    } else if (format.isPresent() && !format.get().equals(CrosswalkJson.FORMAT)) {
      walk.report(Issue.error(ReadCodes.CROSSWALK_JSON_FORMAT_UNKNOWN, "this reader reads format "
          + CrosswalkJson.FORMAT).rejecting(format.get()), "format");
    }
    Crosswalk.Builder b = Crosswalk.builder();
    Optional<StandardReference> standard = walk.required(doc, "", "standard", StandardReference::parse);
    standard.ifPresent(b::standard);
    walk.text(doc, "", "standardVersion")
        .flatMap(t -> walk.parse(t, "standardVersion", StandardVersion::parse)).ifPresent(b::standardVersion);
    b.framework(walk.requiredText(doc, "", "framework").orElse(""));
    JsonValue provenanceNode = walk.requiredObject(doc, "", "provenance");
    Optional<Provenance> provenance = provenanceNode == null ? Optional.empty()
        : provenance(provenanceNode, "provenance");
    List<JsonValue> alignments = walk.array(doc, "", "alignments");
    for (int i = 0; i < alignments.size(); i++) {
      alignment(alignments.get(i), JsonWalk.index("", "alignments", i)).ifPresent(b::addAlignments);
    }
    if (walk.hasErrors() || standard.isEmpty() || provenance.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(b.provenance(provenance.get()).build());
  }

  private Optional<Provenance> provenance(JsonValue node, String path) {
    walk.onlyKnown(node, path, PROVENANCE);
    String by = walk.requiredText(node, path, "assertedBy").orElse("");
    String basis = walk.requiredText(node, path, "basis").orElse("");
    Optional<LocalDate> on = walk.date(node, path, "assertedOn");
    if (JsonWalk.absent(node, "assertedOn")) {
      walk.missing(path, "assertedOn");
    }
    return on.map(date -> Provenance.of(by, date, basis));
  }

  private Optional<Alignment> alignment(@Nullable JsonValue element, String path) {
    JsonValue node = walk.entry(element, path, "ksb", ALIGNMENT);
    if (node == null) {
      return Optional.empty();
    }
    int before = walk.issues().size();
    Alignment.Builder b = Alignment.builder();
    String ksb = walk.requiredText(node, path, "ksb").orElse("");
    if (node.get("ksb") != null && node.get("ksb").isString() && ksb.isBlank()) {
      walk.report(Issue.error(ReadCodes.CROSSWALK_JSON_KSB_BLANK, "a KSB code such as K1 is needed").rejecting(ksb),
          JsonWalk.join(path, "ksb"));
    }
    b.ksb(ksb.strip());
    Optional<SkillId> skill = walk.required(node, path, "skill", SkillId::parse);
    skill.ifPresent(b::skill);
    walk.text(node, path, "level").ifPresent(b::level);
    Optional<MatchKind> match = walk.text(node, path, "match").flatMap(m -> match(m, JsonWalk.join(path, "match")));
    if (JsonWalk.absent(node, "match")) {
      walk.missing(path, "match");
    }
    match.ifPresent(b::kind);
    walk.text(node, path, "reasoning").ifPresent(b::reasoning);
    JsonValue provenanceNode = walk.object(node.get("provenance"), JsonWalk.join(path, "provenance"));
    if (provenanceNode != null) {
      provenance(provenanceNode, JsonWalk.join(path, "provenance")).ifPresent(b::provenance);
    }
    return !walk.hasErrorsFrom(before) && skill.isPresent() && match.isPresent() ? Optional.of(b.build()) : Optional
        .empty();
  }

  private Optional<MatchKind> match(String text, String path) {
    for (MatchKind kind : MatchKind.values()) {
      if (matchName(kind).equals(text)) {
        return Optional.of(kind);
      }
    }
    walk.report(Issue.error(ReadCodes.CROSSWALK_JSON_MATCH_UNKNOWN, "match must be one of exact, broad, narrow, "
        + "related").rejecting(text), path);
    return Optional.empty();
  }
}
