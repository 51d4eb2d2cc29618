package io.github.apprenticeships4j.core.standard;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * One knowledge, skill or behaviour item of a standard: its type, the id the source gives it (a GUID in Skills
 * England data), its 1-based position within the list of its type, and its text. Its code ({@code K1}, {@code S3},
 * {@code B2}, {@code TK1}, {@code ESB1}) is derived from type and position, as DfE does (das-courses-api,
 * {@code StandardImport.cs}: {@code Key = "K" + (index + 1)}). Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Ksb implements WithKsb {
  /** Codes made once, for positions 1 to this: real standards have at most a few dozen items of a type. */
  private static final int KEPT_CODES = 128;
  private static final Map<KsbType, String[]> CODES = new EnumMap<>(KsbType.class);

  static {
    for (KsbType type : KsbType.values()) {
      String[] codes = new String[KEPT_CODES];
      for (int i = 0; i < KEPT_CODES; i++) {
        codes[i] = type.prefix() + (i + 1);
      }
      CODES.put(type, codes);
    }
  }

  Ksb() {}

  /** Knowledge, skill or behaviour (or their foundation apprenticeship kinds). */
  public abstract KsbType type();

  /** The id of the item in the source, which duties refer to. */
  public abstract String id();

  /** 1-based position of the item within the items of its type. */
  @Min(value = 1, message = "{io.github.apprenticeships4j." + StandardCodes.KSB_NUMBER_RANGE + "}")
  public abstract int number();

  /** What the apprentice must know, do or show, as the source writes it. */
  @NotBlank(message = "{io.github.apprenticeships4j." + StandardCodes.KSB_TEXT_BLANK + "}")
  public abstract String text();

  /** The positional code, e.g. {@code K1}; not stored, as a catalogue holds about 100,000 KSBs. */
  public String code() {
    int number = number();
    return number >= 1 && number <= KEPT_CODES ? Objects.requireNonNull(CODES.get(type()))[number - 1] : type().prefix()
        + number;
  }

  /** The item of {@code type} at 1-based position {@code number}, with the source's {@code id}. */
  public static Ksb of(KsbType type, String id, int number, String text) {
    return ImmutableKsb.builder().type(type).id(id).number(number).text(text).build();
  }

  @Override
  public String toString() {
    return code() + " " + text();
  }
}
