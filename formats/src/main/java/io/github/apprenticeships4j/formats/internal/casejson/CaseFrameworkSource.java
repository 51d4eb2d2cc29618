package io.github.apprenticeships4j.formats.internal.casejson;

import io.github.apprenticeships4j.core.career.Framework;
import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.formats.ReadCodes;
import io.github.apprenticeships4j.formats.internal.json.DuplicateNameParser;
import io.github.apprenticeships4j.formats.internal.json.JsonDocumentSource;
import io.github.apprenticeships4j.formats.internal.json.JsonValue;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.json.JsonFactory;

/** Reads a CASE package as one record, a career framework mapped by {@link CaseFrameworkMapper}. */
public final class CaseFrameworkSource extends JsonDocumentSource<Framework> {
  /** A reader of {@code input}, which it owns, that parses with {@code factory} (its read limits). */
  public CaseFrameworkSource(InputStream input, String source, JsonFactory factory) {
    super(input, source, factory, ReadCodes.CASE_JSON_EMPTY, ReadCodes.CASE_JSON_SYNTAX, ReadCodes.CASE_JSON_LIMIT);
  }

  @Override
  protected Optional<Framework> map(JsonValue root, DuplicateNameParser.Duplicates repeated, List<Issue> issues) {
    return CaseFrameworkMapper.map(root, repeated, source(), issues);
  }
}
