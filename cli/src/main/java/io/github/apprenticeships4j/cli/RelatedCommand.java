package io.github.apprenticeships4j.cli;

import io.github.apprenticeships4j.core.standard.RelatedStandard;
import io.github.apprenticeships4j.core.standard.Standard;
import io.github.apprenticeships4j.core.standard.StandardCatalogue;
import io.github.apprenticeships4j.core.standard.StandardReference;
import io.github.apprenticeships4j.core.validation.InvalidValueException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** {@code a4j standards related REF [--limit N] [--format text|json] [--on DATE] [--standards FILE]}. */
@Command(name = "related", description = {"List the standards related to a standard, highest score first, with "
    + "the reasons: same cluster (4 points), same pathway (2), same route (1), plus the similarity of their KSB "
    + "terms (0 to 1); shared terms alone relate two standards from a similarity of 0.2.",
    "Each other standard is taken at its latest version approved for delivery. REF is taken at the version new "
        + "apprentices would start on on the --on date (today by default), as standards show takes it."})
final class RelatedCommand extends Subcommand {
  /** What {@code related} prints. */
  enum Format { text, json }

  @Parameters(index = "0", paramLabel = "REF", description = "Reference, e.g. ST1398.")
  String reference;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "10",
      description = "How many related standards to print (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "What to print: ${COMPLETION-CANDIDATES} (default: text).")
  @Nullable
  Format format;

  @Option(names = "--on", paramLabel = "yyyy-mm-dd",
      description = "The date whose approved version of REF is used (default: today).")
  @Nullable
  String on;

  @Option(names = "--standards", paramLabel = "FILE",
      description = "Standards JSON (list or one record, .gz accepted); default: the bundled Digital route.")
  @Nullable
  Path standards;

  @Override
  int run(PrintWriter out, PrintWriter err) {
    if (limit < 1) {
      throw new ParameterException(spec.commandLine(), "--limit must be at least 1, not " + limit);
    }
    LocalDate date = on == null ? LocalDate.now(ZoneId.systemDefault()) : A4j.date(spec, "--on", on);
    StandardReference ref;
    try {
      ref = StandardReference.parse(reference);
    } catch (InvalidValueException e) {
      return CommandIo.failed(err, e);
    }
    Optional<StandardCatalogue> catalogue = StandardsCommand.catalogue(standards, err);
    if (catalogue.isEmpty()) {
      return A4j.UNREADABLE;
    }
    Optional<VersionChoice> choice = VersionChoice.on(catalogue.get(), ref, date);
    if (choice.isEmpty()) {
      err.println("a4j: no " + ref + " in the input");
      return A4j.ERRORS;
    }
    Standard standard = choice.get().standard();
    List<RelatedStandard> related = catalogue.get().related(standard);
    List<RelatedStandard> shown = related.stream().limit(limit).collect(Collectors.toList());
    if (format == Format.json) {
      CommandIo.printJson(out, toJson(standard, related.size(), shown));
    } else {
      out.println(choice.get().explanation());
      out.println("Related to " + standard.reference() + " " + standard.version() + " " + standard.title() + ": "
          + shown.size() + " of " + related.size() + ", highest score first");
      for (int i = 0; i < shown.size(); i++) {
        RelatedStandard r = shown.get(i);
        out.println(String.format(Locale.ROOT, "%2d. %s %s %s, level %d: score %s, %s", i + 1,
            r.standard().reference(), r.standard().version(), r.standard().title(), r.standard().level(),
            score(r).toPlainString(), r.describeReasons()));
      }
    }
    out.flush();
    return A4j.OK;
  }

  /** The score rounded to 3 decimal places, half even. */
  static BigDecimal score(RelatedStandard related) {
    return BigDecimal.valueOf(related.score()).setScale(3, RoundingMode.HALF_EVEN);
  }

  private static Map<String, Object> toJson(Standard standard, int total, List<RelatedStandard> shown) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("reference", standard.reference().toString());
    json.put("version", standard.version().toString());
    json.put("title", standard.title());
    json.put("total", total);
    List<Map<String, Object>> list = new ArrayList<>();
    for (RelatedStandard r : shown) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("reference", r.standard().reference().toString());
      item.put("version", r.standard().version().toString());
      item.put("title", r.standard().title());
      item.put("level", r.standard().level());
      item.put("score", score(r));
      item.put("reasons", r.reasons().stream().map(reason -> reason.describe().replace(' ', '-')
          .toLowerCase(Locale.ROOT)).collect(Collectors.toList()));
      item.put("sharedTerms", r.sharedTerms().size());
      item.put("similarity", BigDecimal.valueOf(r.termSimilarity()).setScale(3, RoundingMode.HALF_EVEN));
      list.add(item);
    }
    json.put("related", list);
    return json;
  }
}
