package io.github.apprenticeships4j.core.funding.internal;

import io.github.apprenticeships4j.core.funding.FundingCodes;
import io.github.apprenticeships4j.core.funding.FundingRule;
import io.github.apprenticeships4j.core.funding.FundingRules;
import io.github.apprenticeships4j.core.funding.RuleBasis;
import io.github.apprenticeships4j.core.funding.RuleKey;
import io.github.apprenticeships4j.core.validation.InvalidValueException;
import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.core.validation.SourcePosition;
import io.github.apprenticeships4j.core.validation.ValidationReport;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reads the line format of a funding rule catalogue (see {@link FundingRules}); no CSV library. */
public final class RuleCatalogueReader {
  private static final int FIELDS = 7;

  private RuleCatalogueReader() {}

  public static FundingRules.Parsed read(Reader reader, String sourceName) throws IOException {
    List<FundingRule> rules = new ArrayList<>();
    List<Issue> issues = new ArrayList<>();
    BufferedReader lines = new BufferedReader(reader);
    String line;
    long lineNumber = 0;
    long record = 0;
    while ((line = lines.readLine()) != null) {
      lineNumber++;
      String text = line.strip();
      if (lineNumber == 1 && text.startsWith("\uFEFF")) {
        text = text.substring(1).strip();
      }
      if (text.isEmpty() || text.startsWith("#")) {
        continue;
      }
      record++;
      SourcePosition position = SourcePosition.at(sourceName, lineNumber, 1).inRecord(record);
      try {
        rules.add(parseLine(text));
      } catch (InvalidValueException e) {
        issues.add(e.issue().locatedAt(position));
      }
    }
    return new FundingRules.Parsed(FundingRules.of(rules), ValidationReport.of(issues));
  }

  private static FundingRule parseLine(String text) {
    String[] fields = text.split("\\|", FIELDS);
    if (fields.length != FIELDS) {
      throw new InvalidValueException(Issue.error(FundingCodes.RULES_FIELDS,
          "a rule needs 7 fields separated by '|': key, qualifier, from, to, value, basis, source").rejecting(text));
    }
    for (int i = 0; i < fields.length; i++) {
      fields[i] = fields[i].strip();
    }
    RuleKey key = RuleKey.findById(fields[0]).orElseThrow(() -> new InvalidValueException(
        Issue.error(FundingCodes.RULES_KEY, "unknown rule key").at("key").rejecting(fields[0])));
    LocalDate from = date(fields[2], "effectiveFrom").orElseThrow(() -> new InvalidValueException(
        Issue.error(FundingCodes.RULES_DATE, "a rule needs its first day").at("effectiveFrom")));
    Optional<LocalDate> to = date(fields[3], "effectiveTo");
    RuleBasis basis;
    try {
      basis = RuleBasis.valueOf(fields[5].toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new InvalidValueException(Issue.error(FundingCodes.RULES_BASIS,
          "basis must be official, dfe-code, third-party, library-choice or conflict").at("basis").rejecting(
              fields[5]));
    }
    return FundingRule.builder().key(key).qualifier(fields[1]).effectiveFrom(from).effectiveTo(to)
        .value(fields[4]).basis(basis).source(fields[6]).build();
  }

  private static Optional<LocalDate> date(String text, String path) {
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(text));
    } catch (DateTimeParseException e) {
      throw new InvalidValueException(Issue.error(FundingCodes.RULES_DATE, "dates must be written 2026-08-01")
          .at(path).rejecting(text));
    }
  }
}
