package io.github.apprenticeships4j.core.provider;

import static io.github.apprenticeships4j.core.provider.ProviderCodes.EPAO_ID_FORMAT;

import io.github.apprenticeships4j.core.validation.InvalidValueException;
import io.github.apprenticeships4j.core.validation.Issue;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * An end-point assessment organisation (EPAO) on the register of end-point assessment organisations: its
 * identifier ({@code EPA0001}), name, kind, website, address and, when it has one, its UKPRN. Immutable and
 * thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
public abstract class AssessmentOrganisation implements WithAssessmentOrganisation {
  private static final Pattern ID = Pattern.compile("EPA\\d{4}");

  AssessmentOrganisation() {}

  /** A builder of an {@code AssessmentOrganisation}; strict: each attribute is set once. */
  public static Builder builder() {
    return new Builder();
  }

  /** What {@link AssessmentOrganisation#builder()} gives: set each attribute once, then {@code build()}. */
  public static final class Builder extends ImmutableAssessmentOrganisation.Builder {
    Builder() {}
  }

  /** The register's identifier, {@code EPA} and four digits, e.g. {@code EPA0001}. */
  public abstract String id();

  public abstract String name();

  /** The kind of organisation as the register writes it, e.g. {@code Professional body}. */
  public abstract String organisationType();

  public abstract Optional<String> website();

  /** The lines of its contact address, without blank lines and the postcode. */
  public abstract List<String> addressLines();

  public abstract Optional<String> postcode();

  /** Its UKPRN; absent for the organisations the register gives none (it writes "-"). */
  public abstract Optional<Ukprn> ukprn();

  @Value.Check
  protected void check() {
    if (!ID.matcher(id()).matches()) {
      throw new InvalidValueException(Issue.error(EPAO_ID_FORMAT, "an EPAO identifier is 'EPA' and 4 digits").at("id")
          .rejecting(id()));
    }
  }

  @Override
  public String toString() {
    return id() + " " + name();
  }
}
