package io.github.apprenticeships4j.formats.csv;

import io.github.apprenticeships4j.core.provider.AssessmentOrganisation;
import io.github.apprenticeships4j.formats.RecordReader;
import io.github.apprenticeships4j.formats.internal.csv.EpaoRegisterCsvSource;
import io.github.apprenticeships4j.formats.internal.csv.CsvInputs;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads the register of end-point assessment organisations (EPAO) as published in 2018 ({@code organisation.csv} of
 * the GDS registers team's {@code openregister/apprenticeship-data}) onto {@link AssessmentOrganisation}s, one row per
 * record, none dropped.
 *
 * <p><b>The file.</b> Header {@code EPA_organisation_identifier,EPA_organisation,Organisation_type,Website_link,
 * Contact_address1,Contact_address2,Contact_address3,Contact_address4,Contact_postcode,UKPRN}; columns match ignoring
 * case and surrounding spaces, in any order. Fields follow RFC 4180 (names such as {@code "BCS, The Chartered
 * Institute for IT"} are quoted); blank lines are skipped.
 *
 * <p><b>The mapping.</b> Values are stripped. The identifier must be {@code EPA} and 4 digits, else the record is
 * rejected ({@code provider.epao.id.format}). A blank name or type is taken as empty with a warning; blank address
 * lines are left out; a blank website or postcode is absent. The UKPRN must be 8 digits (else rejected,
 * {@code provider.ukprn.format}); the register writes {@code -} for an organisation without one (EPA0151 in 2018),
 * which is taken as absent with warning {@value CsvCodes#VALUE_PLACEHOLDER}, and a blank one as absent with
 * {@value CsvCodes#VALUE_BLANK}. All 143 organisations of the 2018 file are accepted, one with that warning.
 *
 * <p>Findings are located as in {@link StandardsCsv}, and the read stops with a fatal finding for the same
 * structural reasons.
 */
public final class EpaoRegisterCsv {
  private EpaoRegisterCsv() {}

  /** The options of a reader, all at their defaults. */
  public static Options reader() {
    return Options.DEFAULTS;
  }

  /** The options of a reader. Immutable and thread-safe: each setter returns a copy. */
  public static final class Options {
    private static final Options DEFAULTS = new Options(StandardCharsets.UTF_8, 10);

    private final Charset charset;
    private final int maxPreambleLines;

    private Options(Charset charset, int maxPreambleLines) {
      this.charset = charset;
      this.maxPreambleLines = maxPreambleLines;
    }

    /** The charset of byte inputs; default UTF-8. A byte order mark is skipped. */
    public Options charset(Charset charset) {
      return new Options(Objects.requireNonNull(charset, "charset"), maxPreambleLines);
    }

    /**
     * How many lines may stand above the header; default 10.
     *
     * @throws IllegalArgumentException if {@code lines} is negative
     */
    public Options maxPreambleLines(int lines) {
      return new Options(charset, CsvInputs.preamble(lines));
    }

    /**
     * A reader of {@code file}; the source name in positions is {@code file.toString()}.
     *
     * @throws IOException if the file cannot be opened
     */
    public RecordReader<AssessmentOrganisation> open(Path file) throws IOException {
      return open(Files.newInputStream(file), file.toString());
    }

    /** A reader of {@code input}, which it closes. */
    public RecordReader<AssessmentOrganisation> open(InputStream input, String sourceName) {
      return open(CsvInputs.decode(input, charset), sourceName);
    }

    /** A reader of {@code reader}, which it closes; the charset option does not apply. */
    public RecordReader<AssessmentOrganisation> open(Reader reader, String sourceName) {
      return new EpaoRegisterCsvSource(Objects.requireNonNull(reader, "reader"),
          Objects.requireNonNull(sourceName, "sourceName"), maxPreambleLines);
    }
  }
}
