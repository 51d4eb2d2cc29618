package io.github.apprenticeships4j.core.validation;

import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * Where in an input a finding was made: the source name, the 1-based line and column where the record (or value)
 * starts, the 1-based record number (header excluded; array index + 1 for JSON lists), and for structured inputs the
 * field path. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class SourcePosition {
  SourcePosition() {}

  /** File or resource name, as given to the reader. */
  public abstract String source();

  /** 1-based line, or absent when the input has no lines (e.g. a decompression error). */
  public abstract OptionalLong line();

  /** 1-based column, when known. */
  public abstract OptionalLong column();

  /** 1-based record number, header excluded, when the position is inside a record. */
  public abstract OptionalLong record();

  /** Field path inside the record as written in the input, e.g. {@code duties[3].mappedSkills[0]}. */
  public abstract Optional<String> field();

  /** A position somewhere in a source, e.g. for a failure to decompress it. */
  public static SourcePosition of(String source) {
    return ImmutableSourcePosition.builder().source(source).build();
  }

  /** A position at a line and column of a source. */
  public static SourcePosition at(String source, long line, long column) {
    return ImmutableSourcePosition.builder().source(source).line(line).column(column).build();
  }

  /** A copy of this position that points into record {@code record}. */
  public SourcePosition inRecord(long record) {
    return generated().withRecord(record);
  }

  /** A copy of this position that names a field of the record. */
  public SourcePosition atField(String field) {
    return generated().withField(field);
  }

  /** This value as its generated class, which every {@code SourcePosition} is (the constructor is package-private). */
  private ImmutableSourcePosition generated() {
    return (ImmutableSourcePosition) this;
  }

  /** For example {@code standards.json:12:5 (record 3, field duties[0])}. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(source());
    line().ifPresent(l -> text.append(':').append(l));
    column().ifPresent(c -> text.append(':').append(c));
    if (record().isPresent() || field().isPresent()) {
      text.append(" (");
      record().ifPresent(r -> text.append("record ").append(r));
      field().ifPresent(f -> text.append(record().isPresent() ? ", field " : "field ").append(f));
      text.append(')');
    }
    return text.toString();
  }
}
