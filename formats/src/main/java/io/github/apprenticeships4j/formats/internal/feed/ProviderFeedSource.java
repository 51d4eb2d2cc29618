package io.github.apprenticeships4j.formats.internal.feed;

import io.github.apprenticeships4j.core.feed.FeedCodes;
import io.github.apprenticeships4j.core.feed.FeedColumn;
import io.github.apprenticeships4j.core.feed.FeedRecord;
import io.github.apprenticeships4j.core.feed.FeedValidator;
import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.core.validation.Severity;
import io.github.apprenticeships4j.core.validation.SourcePosition;
import io.github.apprenticeships4j.core.validation.ValidationReport;
import io.github.apprenticeships4j.formats.ReadCodes;
import io.github.apprenticeships4j.formats.Row;
import io.github.apprenticeships4j.formats.csv.ProviderFeedCsv;
import io.github.apprenticeships4j.formats.internal.DecodingReader;
import io.github.apprenticeships4j.formats.internal.RowSource;
import io.github.apprenticeships4j.formats.internal.csv.CsvFormat;
import io.github.apprenticeships4j.formats.internal.csv.CsvProblem;
import io.github.apprenticeships4j.formats.internal.csv.CsvRecord;
import io.github.apprenticeships4j.formats.internal.csv.CsvSettings;
import io.github.apprenticeships4j.formats.internal.csv.CsvTokenizer;
import io.github.apprenticeships4j.formats.internal.csv.Utf8CsvTokenizer;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Reads a bulk-upload feed; see {@code io.github.apprenticeships4j.formats.csv.ProviderFeedCsv} for the contract.
 */
@SuppressWarnings("EnumOrdinal") // the header's column of each FeedColumn, in an array by the column's position
public final class ProviderFeedSource extends RowSource<FeedRecord> implements ProviderFeedCsv.Reader {
  private static final int SNIFF = 8192;
  private static final String COLUMN_COUNT_MESSAGE = "The selected file could not be uploaded – use the template";
  private static final Map<String, FeedColumn> BY_PROPERTY = new HashMap<>();
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final FeedColumn[] COLUMNS = FeedColumn.values();

  static {
    for (FeedColumn column : FeedColumn.values()) {
      BY_PROPERTY.put(column.property(), column);
    }
    BY_PROPERTY.put("LegalAgreementId", FeedColumn.AGREEMENT_ID);
  }

  private final FeedValidator validator;
  private final FeedValidator.Session session;
  /** The decoder of the input, or on the byte path of the last record handed over to the character path. */
  private @Nullable DecodingReader decoding;
  /** The tokenizer of the input, or on the byte path of the last record handed over to the character path. */
  private @Nullable CsvTokenizer tokenizer;
  /** The byte path's tokenizer, for UTF-8 bytes; null on the character path. */
  private final @Nullable Utf8CsvTokenizer bytes;
  private final PlainRowView view = new PlainRowView();
  private final @Nullable Charset charset;
  private final List<Issue> fileIssues = new ArrayList<>();
  private final long maxBytes;
  private final int maxFieldLength;
  private final boolean sizeKnown;

  private boolean headerRead;
  private int[] columns = new int[0];
  private String[] names = new String[0];
  private int headerSize;
  private long recordNumber;
  private long countedLines;
  private long blankLines;
  private long firstBlankLine;
  private long emptyRows;
  private long firstEmptyRow;
  private boolean naiveSplitReported;
  private boolean columnCountReported;
  private boolean tooManyReported;
  private boolean tooLargeReported;
  private boolean ended;
  private long replacedValues;
  private long firstReplacedLine;
  private boolean allWindows1252 = true;
  private @Nullable String firstReplaced;

  private ProviderFeedSource(Reader text, @Nullable DecodingReader decoding, String source, CsvSettings settings,
      FeedValidator validator, boolean csvName, @Nullable String binary) {
    this(text, decoding, null, source, settings, validator, csvName, binary);
  }

  private ProviderFeedSource(Utf8CsvTokenizer bytes, Closeable input, String source, CsvSettings settings,
      FeedValidator validator, boolean csvName, @Nullable String binary) {
    this(input, null, bytes, source, settings, validator, csvName, binary);
  }

  private ProviderFeedSource(Closeable input, @Nullable DecodingReader decoding, @Nullable Utf8CsvTokenizer bytes,
      String source, CsvSettings settings, FeedValidator validator, boolean csvName, @Nullable String binary) {
    super(source);
    this.validator = validator;
    this.session = validator.newSession();
    this.maxBytes = validator.context().maxFileSizeKb() * 1024;
    this.maxFieldLength = settings.maxFieldLength();
    this.sizeKnown = decoding != null || bytes != null;
    this.charset = bytes != null ? StandardCharsets.UTF_8 : decoding != null ? decoding.charset() : null;
    if (!csvName) {
      fileIssues.add(fileError(FeedCodes.FILE_NOT_CSV, "The selected file must be a CSV", 0));
    }
    if (validator.context().declaredStandards().map(s -> s.isEmpty()).orElse(false)) {
      fileIssues.add(Issue.error(FeedCodes.PROVIDER_NO_DECLARED_STANDARDS, "No Standards Declared")
          .at("DeclaredStandards").locatedAt(SourcePosition.of(source)));
    }
    if (binary != null) {
      stop(Issue.of(Severity.FATAL, ReadCodes.FEED_CSV_FILE_BINARY, binary).locatedAt(SourcePosition.of(source)));
      closeQuietly(input);
      this.decoding = null;
      this.tokenizer = null;
      this.bytes = null;
      return;
    }
    this.decoding = decoding;
    this.bytes = bytes;
    this.tokenizer = bytes != null ? null : new CsvTokenizer((Reader) input, CsvTokenizer.DEFAULT_DELIMITER,
        settings.maxFieldLength(), CsvTokenizer.DEFAULT_MAX_FIELDS, settings.maxRecordLength(), true);
  }

  /**
   * How the options open a feed: bytes are checked as the service would check the file, with its name when they come
   * from a file; characters (a {@link Reader}) too, but for the size of the file in bytes, which they do not give.
   */
  public static CsvFormat<ProviderFeedCsv.Reader> format(FeedValidator validator) {
    return new CsvFormat<>() {
      @Override
      public ProviderFeedCsv.Reader open(Reader input, String source, CsvSettings settings) {
        return ofText(input, source, settings, validator);
      }

      @Override
      public ProviderFeedCsv.Reader open(InputStream input, String source, @Nullable Path file,
          CsvSettings settings) {
        Path name = file == null ? null : file.getFileName();
        boolean csvName = file == null || (name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".csv"));
        return ofBytes(input, source, settings, validator, csvName);
      }
    };
  }

  /**
   * A reader of the bytes {@code input}; a UTF-16 byte order mark overrides the charset of the settings. UTF-8 is
   * read on the byte path: plain rows are checked on their bytes, any other goes the character path.
   */
  static ProviderFeedSource ofBytes(InputStream input, String source, CsvSettings settings, FeedValidator validator,
      boolean csvName) {
    return ofBytes(input, source, settings, validator, csvName, true);
  }

  /**
   * A reader of the bytes {@code input} that decodes every row to characters, whatever the charset: the path the
   * byte path hands its other rows to, for the tests that compare the two.
   */
  static ProviderFeedSource ofBytesOnCharacterPath(InputStream input, String source, CsvSettings settings,
      FeedValidator validator, boolean csvName) {
    return ofBytes(input, source, settings, validator, csvName, false);
  }

  private static ProviderFeedSource ofBytes(InputStream input, String source, CsvSettings settings,
      FeedValidator validator, boolean csvName, boolean bytePath) {
    BufferedInputStream in = new BufferedInputStream(input, SNIFF);
    Charset charset = settings.charset();
    String binary = null;
    try {
      in.mark(SNIFF);
      byte[] head = in.readNBytes(SNIFF);
      in.reset();
      boolean utf16Bom = head.length >= 2 && ((head[0] == (byte) 0xFF && head[1] == (byte) 0xFE)
          || (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF));
      if (utf16Bom) {
        charset = StandardCharsets.UTF_16;
      } else if (!charset.name().toUpperCase(Locale.ROOT).startsWith("UTF-16")) {
        binary = binaryReason(new String(head, StandardCharsets.ISO_8859_1), "byte");
      }
    } catch (IOException e) {
      binary = null; // the tokenizer reports the failure when it reads
    }
    if (bytePath && charset.equals(StandardCharsets.UTF_8)) {
      Utf8CsvTokenizer tokenizer = new Utf8CsvTokenizer(in, settings.maxFieldLength(), CsvTokenizer.DEFAULT_MAX_FIELDS,
          settings.maxRecordLength());
      return new ProviderFeedSource(tokenizer, in, source, settings, validator, csvName, binary);
    }
    DecodingReader decoding = DecodingReader.replacing(in, charset);
    return new ProviderFeedSource(decoding, decoding, source, settings, validator, csvName, binary);
  }

  /** A reader of the characters {@code input}. */
  static ProviderFeedSource ofText(Reader input, String source, CsvSettings settings, FeedValidator validator) {
    BufferedReader in = new BufferedReader(input, SNIFF);
    String binary = null;
    try {
      in.mark(SNIFF);
      char[] head = new char[SNIFF];
      int length = 0;
      int n;
      while (length < SNIFF && (n = in.read(head, length, SNIFF - length)) >= 0) {
        length += n;
      }
      in.reset();
      binary = binaryReason(new String(head, 0, length), "character");
    } catch (IOException e) {
      binary = null; // the tokenizer reports the failure when it reads
    }
    return new ProviderFeedSource(in, null, source, settings, validator, true, binary);
  }

  /** Why the start of the input is not CSV text (a NUL, or the signature of a ZIP file), or null if it may be. */
  private static @Nullable String binaryReason(String head, String unit) {
    if (head.startsWith("PK\u0003\u0004")) {
      return "the file is a ZIP archive, such as an Excel workbook (.xlsx), not a CSV text file: save it as "
          + "\"CSV UTF-8 (Comma delimited)\"";
    }
    int nul = head.indexOf('\u0000');
    return nul < 0 ? null
        : "the file is binary, not a CSV text file: it has a NUL " + unit + " at " + unit + " offset " + nul;
  }

  @Override
  public List<Issue> fileIssues() {
    return List.copyOf(fileIssues);
  }

  @Override
  public Map<String, String> notChecked() {
    if (sizeKnown) {
      return validator.notChecked();
    }
    Map<String, String> rules = new LinkedHashMap<>(validator.notChecked());
    rules.put(FeedCodes.FILE_TOO_LARGE, "the size of the file in bytes, which characters read from a Reader do not "
        + "give");
    return Collections.unmodifiableMap(rules);
  }

  @Override
  protected @Nullable Row<FeedRecord> readNext() {
    if ((tokenizer == null && bytes == null) || ended) {
      return null;
    }
    if (!headerRead && !readHeader()) {
      return null;
    }
    while (true) {
      CsvRecord record;
      if (bytes != null && bytes.next() == Utf8CsvTokenizer.Kind.PLAIN) {
        tokenizer = null; // a plain row has no replacements to take
        decoding = null;
        Row<FeedRecord> row = plainRow(bytes);
        if (row != null) {
          return row;
        }
        record = bytes.toRecord();
      } else {
        record = bytes != null ? handedOver(bytes) : Objects.requireNonNull(tokenizer).next();
      }
      if (record == null) {
        end();
        return null;
      }
      checkSize(record.line());
      if (isBlankLine(record)) {
        blankLine(record.line());
        continue;
      }
      if (!record.survivesNaiveSplit() && holdsLineBreakOrComma(record)) {
        naiveSplit(record.line(), "a quoted field holds a comma or a line break");
      } else if (record.size() != headerSize) {
        columnCount(record.line());
      }
      if (!hasTooLong(record) && allBlank(record)) {
        countLine(record);
        if (emptyRows++ == 0) {
          firstEmptyRow = record.line();
        }
        continue;
      }
      countLine(record);
      recordNumber++;
      return map(record);
    }
  }

  /**
   * The row of the plain record the byte path holds, checked on its bytes, or null if it needs the general path (a
   * blank line, blank fields only, a field count that is not the header's). A row that is not certainly clean is
   * mapped as the character path maps it.
   */
  private @Nullable Row<FeedRecord> plainRow(Utf8CsvTokenizer plain) {
    int size = plain.size();
    if (size != headerSize || size == 13 || allBlank(plain)) {
      return null;
    }
    long line = plain.recordLine();
    checkSize(line);
    countedLines++;
    long max = validator.context().maxFileLines();
    if (countedLines > max && !tooManyReported) {
      tooManyReported = true;
      fileIssues.add(fileError(FeedCodes.FILE_TOO_MANY_ROWS, "The selected file must be less than " + max + " lines",
          line));
    }
    recordNumber++;
    view.show(plain, columns);
    if (!session.validateIfClean(view)) {
      return map(plain.toRecord());
    }
    SourcePosition position = SourcePosition.at(source(), line, 1).inRecord(recordNumber);
    byte[] copy = Arrays.copyOfRange(plain.buffer(), plain.recordStart(), plain.recordEnd());
    return new Row.Accepted<>(position, FeedRecord.of(new PlainRowText(copy, columns)), List.of());
  }

  private static boolean allBlank(Utf8CsvTokenizer plain) {
    byte[] buffer = plain.buffer();
    for (int i = plain.recordStart(); i < plain.recordEnd(); i++) {
      if (buffer[i] != ' ' && buffer[i] != ',') {
        return false;
      }
    }
    return true;
  }

  /** The record the byte path handed over to the character path, a blank line, or null at the end. */
  private @Nullable CsvRecord handedOver(Utf8CsvTokenizer in) {
    switch (in.current()) {
      case RECORD:
        tokenizer = in.recordTokenizer();
        decoding = in.recordDecoding();
        return in.record();
      case BLANK:
        tokenizer = null;
        decoding = null;
        return in.blankRecord();
      case PLAIN:
        tokenizer = null;
        decoding = null;
        return in.toRecord();
      default:
        return null;
    }
  }

  /** The next record of the input, with blank lines, or null at its end. */
  private @Nullable CsvRecord nextRecord() {
    if (bytes != null) {
      bytes.next();
      return handedOver(bytes);
    }
    return Objects.requireNonNull(tokenizer).next();
  }

  private Optional<CsvProblem> failure() {
    return bytes != null ? bytes.failure() : Objects.requireNonNull(tokenizer).failure();
  }

  private boolean readHeader() {
    headerRead = true;
    CsvRecord header;
    while (true) {
      header = nextRecord();
      if (header == null) {
        if (failure().isPresent()) {
          stopWith(failure().get());
        } else {
          fileIssues.add(fileError(FeedCodes.FILE_EMPTY, "The selected file is empty", 0));
          finishBlankLines();
          ended = true;
        }
        return false;
      }
      if (!isBlankLine(header)) {
        break;
      }
      blankLine(header.line());
    }
    for (CsvProblem problem : header.problems()) {
      if (isTooLong(problem)) { // a header is no row to reject: the read stops, as the other readers do
        stop(Issue.of(Severity.FATAL, problem.code(), "a field of the header is longer than the limit of "
            + maxFieldLength + " characters").locatedAt(SourcePosition.at(source(), problem.line(),
                problem.column())));
        return false;
      }
    }
    countedLines = 1;
    List<Issue> headerReplacements = new ArrayList<>(0);
    replacements(header, 0, headerReplacements);
    fileIssues.addAll(headerReplacements);
    if (!header.survivesNaiveSplit()) {
      naiveSplit(header.line(), "the header is quoted");
    }
    headerSize = header.size();
    columns = new int[FeedColumn.values().length];
    Arrays.fill(columns, -1);
    names = new String[header.size()];
    for (int i = 0; i < header.size(); i++) {
      names[i] = header.field(i);
      int index = i;
      FeedColumn.forHeader(header.field(i)).ifPresent(c -> {
        if (columns[c.ordinal()] < 0) {
          columns[c.ordinal()] = index;
        }
      });
    }
    List<String> missing = Arrays.stream(FeedColumn.values()).filter(c -> columns[c.ordinal()] < 0)
        .map(FeedColumn::header).collect(Collectors.toList());
    if ((headerSize < 15 || headerSize > 19) && header.survivesNaiveSplit() && missing.isEmpty()) {
      columnCount(header.line());
    }
    if (!missing.isEmpty()) {
      String message = "One or more Field Names in the header row are invalid. You need to refer to the template or "
          + "specification to correct this";
      stop(Issue.of(Severity.FATAL, FeedCodes.FILE_HEADER_INVALID, message)
          .rejecting("missing: " + String.join(", ", missing))
          .locatedAt(SourcePosition.at(source(), header.line(), 1)));
      return false;
    }
    return true;
  }

  private Row<FeedRecord> map(CsvRecord record) {
    SourcePosition position = SourcePosition.at(source(), record.line(), 1).inRecord(recordNumber);
    List<Issue> issues = new ArrayList<>();
    replacements(record, recordNumber, issues);
    List<Issue> tooLong = record.problems().isEmpty() ? List.of() : new ArrayList<>(0);
    for (CsvProblem problem : record.problems()) {
      SourcePosition at = SourcePosition.at(source(), problem.line(), problem.column()).inRecord(recordNumber);
      if (problem.field().isPresent() && problem.field().getAsInt() < names.length) {
        at = at.atField(names[problem.field().getAsInt()]);
      }
      if (isTooLong(problem)) {
        tooLong.add(problem.toIssue(source()).locatedAt(at));
        continue;
      }
      issues.add(problem.toIssue(source()).locatedAt(at));
      if (problem.code().equals(ReadCodes.CSV_QUOTE_BARE)) {
        issues.add(Issue.warning(ReadCodes.FEED_CSV_BAD_DATA, "the service stops with an error page (\"Bad data "
            + "found\") on a quote inside an unquoted field; quote the whole field and double the quote").locatedAt(
                at));
      }
    }
    if (!record.survivesNaiveSplit() && holdsLineBreakOrComma(record)) {
      issues.add(Issue.warning(ReadCodes.FEED_CSV_NAIVE_SPLIT, "a quoted field holds a comma or a line break: the "
          + "service splits lines on commas without reading quotes, and would reject the whole file with \""
          + COLUMN_COUNT_MESSAGE + "\"").locatedAt(position));
    }
    if (record.size() != headerSize) {
      issues.add(Issue.error(ReadCodes.CSV_RECORD_FIELD_COUNT, "the record has " + record.size()
          + " fields but the header has " + headerSize).locatedAt(position));
      issues.addAll(tooLong);
      return new Row.Rejected<>(position, record.fields(), issues);
    }
    String[] values = new String[COLUMNS.length];
    for (FeedColumn column : COLUMNS) {
      values[column.ordinal()] = record.field(columns[column.ordinal()]);
    }
    FeedRecord feedRecord = FeedRecord.of(Arrays.asList(values));
    ValidationReport report = session.validate(feedRecord);
    if (report.issues().isEmpty() && issues.isEmpty() && tooLong.isEmpty()) {
      return new Row.Accepted<>(position, feedRecord, List.of()); // a clean row: what the general path gives it
    }
    for (Issue issue : report.issues()) {
      FeedColumn column = BY_PROPERTY.get(issue.path());
      SourcePosition at = position;
      if (column != null) {
        int index = columns[column.ordinal()];
        at = SourcePosition.at(source(), record.fieldLine(index), record.fieldColumn(index)).inRecord(recordNumber)
            .atField(names[index]);
      }
      issues.add(issue.locatedAt(at));
    }
    addTooLong(issues, tooLong);
    for (Issue issue : issues) {
      if (issue.severity().isAtLeast(Severity.ERROR)) {
        return new Row.Rejected<>(position, record.fields(), issues);
      }
    }
    return new Row.Accepted<>(position, feedRecord, issues);
  }

  /**
   * Adds the over-long fields that no rule of the service rejected on their (cut) value: a field the service checks
   * for length is rejected by its own rule (e.g. {@value FeedCodes#GIVEN_NAMES_TOO_LONG}), as the whole value would
   * be; any other is rejected by the reader's limit.
   */
  private static void addTooLong(List<Issue> issues, List<Issue> tooLong) {
    for (Issue field : tooLong) {
      String name = field.position().flatMap(SourcePosition::field).orElse(null);
      boolean ruled = name != null && issues.stream().anyMatch(i -> i.severity().isAtLeast(Severity.ERROR)
          && name.equals(i.position().flatMap(SourcePosition::field).orElse(null)));
      if (!ruled) {
        issues.add(field);
      }
    }
  }

  /**
   * Adds a warning for each value of {@code record} in which bytes that are not text in the charset were replaced, as
   * the service replaces them, located at the first replaced character where the line allows.
   */
  private void replacements(CsvRecord record, long number, List<Issue> issues) {
    if (decoding == null || tokenizer == null || !decoding.hasReplacementBefore(tokenizer.offset())) {
      return;
    }
    int field = 0;
    for (DecodingReader.Replacement replacement : decoding.takeReplacementsBefore(tokenizer.offset())) {
      while (field + 1 < record.size() && tokenizer.fieldOffset(field + 1) <= replacement.charOffset()) {
        field++;
      }
      String value = record.field(field);
      long line = record.fieldLine(field);
      long column = record.fieldColumn(field);
      int finalField = field;
      boolean cut = record.problems().stream().anyMatch(p -> isTooLong(p) && p.field().orElse(-1) == finalField);
      if (value.indexOf('\n') < 0 && value.indexOf('\r') < 0 && !cut) {
        column += replacement.charOffset() - tokenizer.fieldOffset(field);
      }
      String windows1252 = replacement.decodedAs(WINDOWS_1252);
      allWindows1252 &= windows1252 != null;
      if (replacedValues++ == 0) {
        firstReplacedLine = line;
        firstReplaced = windows1252;
      }
      SourcePosition at = SourcePosition.at(source(), line, column);
      at = number > 0 ? at.inRecord(number) : at;
      if (field < names.length) {
        at = at.atField(names[field]);
      }
      String charset = decoding.charset().name();
      issues.add(Issue.warning(ReadCodes.FEED_CSV_ENCODING_REPLACED, "bytes " + replacement.hex() + " at byte offset "
          + replacement.byteOffset() + " are not " + charset + " text: replaced with U+FFFD as the service does, which "
          + "stores \"" + value + "\"" + (windows1252 == null ? "" : " (in windows-1252 they read \"" + windows1252
              + "\")")).rejecting(value).locatedAt(at));
    }
  }

  /** The advice about the charset once bytes were replaced: the likely encoding, and how to read the file in it. */
  private void adviseCharset() {
    if (replacedValues == 0 || this.charset == null) {
      return;
    }
    String charset = this.charset.name();
    String what = replacedValues + " value(s) had bytes that are not " + charset + " text, replaced with U+FFFD as the "
        + "service does (the first at line " + firstReplacedLine + ")";
    String advice;
    if (allWindows1252 && !charset.equals(WINDOWS_1252.name())) {
      advice = ": the file is most likely windows-1252 (Excel's \"CSV (Comma delimited)\")"
          + (firstReplaced == null ? "" : ", in which the first reads \"" + firstReplaced + "\"")
          + "; read it with the charset windows-1252 (a4j feed validate --charset windows-1252) to check what it "
          + "means, and save it as \"CSV UTF-8 (Comma delimited)\" before uploading";
    } else {
      advice = ": the file is not " + charset + " text; save it as \"CSV UTF-8 (Comma delimited)\" before uploading";
    }
    fileIssues.add(Issue.warning(ReadCodes.FEED_CSV_ENCODING_GUESS, what + advice)
        .locatedAt(SourcePosition.at(source(), firstReplacedLine, 1)));
  }

  private void end() {
    ended = true;
    adviseCharset();
    if (failure().isPresent()) {
      stopWith(failure().get());
      return;
    }
    CsvTokenizer characters = tokenizer;
    if (bytes == null && characters != null && characters.trailingBlankLines() > 0) {
      blankLines += characters.trailingBlankLines();
      if (firstBlankLine == 0) {
        firstBlankLine = characters.firstTrailingBlankLine();
      }
    }
    checkSize(bytes != null ? bytes.line() : Objects.requireNonNull(characters).line());
    if (recordNumber == 0) {
      fileIssues.add(fileError(FeedCodes.FILE_NO_APPRENTICES, "The selected file does not contain apprentice details",
          0));
    }
    finishBlankLines();
    if (emptyRows > 0) {
      fileIssues.add(Issue.of(Severity.INFO, ReadCodes.FEED_CSV_EMPTY_ROWS, emptyRows
          + " line(s) with only blank fields "
          + "(the first at line " + firstEmptyRow + "): the service ignores them but counts them toward its limit of "
          + validator.context().maxFileLines() + " lines").locatedAt(SourcePosition.at(source(), firstEmptyRow, 1)));
    }
  }

  private void finishBlankLines() {
    if (blankLines > 0) {
      naiveSplit(firstBlankLine, blankLines + " blank line(s), the first at line " + firstBlankLine
          + " (a single line break at the end is fine)");
    }
  }

  private void stopWith(CsvProblem problem) {
    stop(problem.toIssue(source()).locatedAt(SourcePosition.at(source(), problem.line(), problem.column())
        .inRecord(recordNumber + 1)));
  }

  private static boolean isBlankLine(CsvRecord record) {
    return record.isBlank() || (record.size() == 1 && isBlank(record.field(0)) && record.problems().isEmpty());
  }

  private static boolean hasTooLong(CsvRecord record) {
    for (CsvProblem problem : record.problems()) {
      if (isTooLong(problem)) {
        return true;
      }
    }
    return false;
  }

  private static boolean allBlank(CsvRecord record) {
    for (String field : record.fields()) {
      if (!isBlank(field)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isTooLong(CsvProblem problem) {
    return problem.code().equals(ReadCodes.CSV_FIELD_TOO_LONG);
  }

  private static boolean holdsLineBreakOrComma(CsvRecord record) {
    return record.fields().stream().anyMatch(f -> f.indexOf(',') >= 0 || f.indexOf('\n') >= 0
        || f.indexOf('\r') >= 0);
  }

  private void blankLine(long line) {
    if (blankLines++ == 0) {
      firstBlankLine = line;
    }
  }

  /** Counts a line as the service does: every non-blank line but one of exactly 13 blank fields. */
  private void countLine(CsvRecord record) {
    boolean oldEmpty = record.size() == 13 && record.fields().stream().allMatch(ProviderFeedSource::isBlank);
    if (!oldEmpty) {
      countedLines++;
    }
    long max = validator.context().maxFileLines();
    if (countedLines > max && !tooManyReported) {
      tooManyReported = true;
      fileIssues.add(fileError(FeedCodes.FILE_TOO_MANY_ROWS, "The selected file must be less than " + max + " lines",
          record.line()));
    }
  }

  private void checkSize(long line) {
    if (!tooLargeReported && sizeKnown && bytesRead() > maxBytes) {
      tooLargeReported = true;
      fileIssues.add(fileError(FeedCodes.FILE_TOO_LARGE, "The selected file must be smaller than "
          + validator.context().maxFileSizeKb() + "KB", line));
    }
  }

  private long bytesRead() {
    return bytes != null ? bytes.bytesRead() : Objects.requireNonNull(decoding).bytesRead();
  }

  private void naiveSplit(long line, String why) {
    if (!naiveSplitReported) {
      naiveSplitReported = true;
      fileIssues.add(Issue.warning(ReadCodes.FEED_CSV_NAIVE_SPLIT, why + ": the service splits lines on commas without "
          + "reading quotes, and would reject the whole file with \"" + COLUMN_COUNT_MESSAGE + "\"")
          .locatedAt(SourcePosition.at(source(), line, 1)));
    }
  }

  private void columnCount(long line) {
    if (!columnCountReported) {
      columnCountReported = true;
      fileIssues.add(fileError(FeedCodes.FILE_COLUMN_COUNT, COLUMN_COUNT_MESSAGE, line));
    }
  }

  private Issue fileError(String code, String message, long line) {
    return Issue.error(code, message).locatedAt(line > 0 ? SourcePosition.at(source(), line, 1)
        : SourcePosition.of(source()));
  }

  @Override
  protected void release() {
    try {
      if (bytes != null) {
        bytes.close();
      } else if (tokenizer != null) {
        tokenizer.close();
      }
    } catch (IOException e) {
      // Nothing was lost: every row read has been delivered.
    }
  }

  /** Whether the field is blank as the service trims (.NET white space: Unicode separators too). */
  private static boolean isBlank(String field) {
    for (int i = 0; i < field.length(); i++) {
      char c = field.charAt(i);
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\u0085') {
        return false;
      }
    }
    return true;
  }

  private static void closeQuietly(Closeable in) {
    try {
      in.close();
    } catch (IOException e) {
      // the read has already stopped
    }
  }
}
