package io.github.apprenticeships4j.jackson;

import io.github.apprenticeships4j.core.learner.Uln;
import io.github.apprenticeships4j.core.provider.Ukprn;
import io.github.apprenticeships4j.core.standard.ApprenticeshipLevel;
import io.github.apprenticeships4j.core.standard.KsbType;
import io.github.apprenticeships4j.core.standard.LarsCode;
import io.github.apprenticeships4j.core.standard.Standard;
import io.github.apprenticeships4j.core.standard.StandardCatalogue;
import io.github.apprenticeships4j.core.standard.StandardReference;
import io.github.apprenticeships4j.core.standard.StandardStatus;
import io.github.apprenticeships4j.core.standard.StandardVersion;
import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.core.validation.Severity;
import java.util.Arrays;
import java.util.Locale;
import tools.jackson.core.Version;
import tools.jackson.databind.module.SimpleModule;

/**
 * Serialisers and deserialisers of the Apprenticeships4J model for an application's own Jackson 3 mapper:
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new Apprenticeships4jModule()).build();
 * String json = mapper.writeValueAsString(standard);            // the canonical standards format
 * Standard back = mapper.readValue(json, Standard.class);
 * }</pre>
 *
 * <p>As JSON: {@link StandardReference}, {@link StandardVersion}, {@link StandardStatus}, {@link Uln} and
 * {@link Ukprn} as strings ({@code "ST1398"}, {@code "1.0"}, {@code "Approved for delivery"}, {@code "1748529632"},
 * {@code "10012345"}); {@link LarsCode} and {@link ApprenticeshipLevel} as numbers ({@code 795}, {@code 6});
 * {@link KsbType} and {@link Severity} in lower (kebab) case ({@code "technical-skill"}, {@code "error"});
 * {@link Standard} as one standard of
 * {@link io.github.apprenticeships4j.formats.json.CanonicalStandardsJson}, {@link StandardCatalogue} as a list of
 * them; {@link Issue} (a finding) as an object with {@code severity}, {@code code}, {@code message} and, when
 * present, {@code path}, {@code subject}, {@code rejectedValue} and {@code position}. A value the model refuses
 * fails the read with a {@code MismatchedInputException} that names the model's finding code. Money in the model is
 * {@link java.math.BigDecimal}, which Jackson writes and reads exactly; this module leaves it to Jackson.
 *
 * <p>Also found by {@code JsonMapper.builder().findAndAddModules()} (a {@code ServiceLoader} provider). Needs
 * {@code jackson-databind} 3; the readers and writers of {@code apprenticeships4j-formats} need only
 * {@code jackson-core}.
 */
public final class Apprenticeships4jModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** The module, with every serialiser and deserialiser of the model. */
  public Apprenticeships4jModule() {
    super("Apprenticeships4jModule", Version.unknownVersion());
    addText(StandardReference.class, StandardReference::value, StandardReference::parse);
    addText(StandardVersion.class, StandardVersion::toString, StandardVersion::parse);
    addText(StandardStatus.class, StandardStatus::label, StandardStatus::of);
    addText(Uln.class, Uln::toString, Uln::parse);
    addText(Ukprn.class, Ukprn::toString, Ukprn::parse);
    addText(KsbType.class, Apprenticeships4jModule::kebab, text -> named(KsbType.values(), text));
    addText(Severity.class, Apprenticeships4jModule::kebab, text -> named(Severity.values(), text));
    addSerializer(LarsCode.class, new ValueSerializers.Whole<>(LarsCode.class, LarsCode::value));
    addDeserializer(LarsCode.class, new ValueDeserializers.Whole<>(LarsCode.class, LarsCode::of));
    addSerializer(ApprenticeshipLevel.class, new ValueSerializers.Whole<>(ApprenticeshipLevel.class,
        ApprenticeshipLevel::number));
    addDeserializer(ApprenticeshipLevel.class, new ValueDeserializers.Whole<>(ApprenticeshipLevel.class,
        number -> ApprenticeshipLevel.of(number).orElseThrow(() -> new IllegalArgumentException(
            "an apprenticeship level is 2 to 7, not " + number))));
    addSerializer(Standard.class, new StandardSerializers.StandardWriter());
    addDeserializer(Standard.class, new StandardSerializers.StandardReader());
    addSerializer(StandardCatalogue.class, new StandardSerializers.CatalogueWriter());
    addDeserializer(StandardCatalogue.class, new StandardSerializers.CatalogueReader());
    addSerializer(Issue.class, new IssueSerializers.IssueWriter());
    addDeserializer(Issue.class, new IssueSerializers.IssueReader());
  }

  private <T> void addText(Class<T> type, java.util.function.Function<T, String> write,
      java.util.function.Function<String, T> read) {
    addSerializer(type, new ValueSerializers.Text<>(type, write));
    addDeserializer(type, new ValueDeserializers.Text<>(type, read));
  }

  private static String kebab(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static <E extends Enum<E>> E named(E[] constants, String text) {
    return Arrays.stream(constants).filter(c -> kebab(c).equals(text)).findFirst().orElseThrow(
        () -> new IllegalArgumentException("expected one of " + Arrays.stream(constants)
            .map(Apprenticeships4jModule::kebab).collect(java.util.stream.Collectors.joining(", "))));
  }
}
