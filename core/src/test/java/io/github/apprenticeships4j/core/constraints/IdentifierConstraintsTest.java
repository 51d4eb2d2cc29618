package io.github.apprenticeships4j.core.constraints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/** The constraints on a user's plain class, run by Hibernate Validator without Expression Language. */
class IdentifierConstraintsTest {
  private static final Validator VALIDATOR = Validation.byProvider(HibernateValidator.class).configure()
      .messageInterpolator(new ParameterMessageInterpolator())
      .buildValidatorFactory().getValidator();

  /** A user's DTO, as a user would write it: fields, no library types. */
  static final class ApprenticeDto {
    @ValidUln
    String uln;
    @ValidUln
    Long ulnNumber;
    @ValidUkprn
    String ukprn;
    @ValidUkprn
    Integer ukprnNumber;
    @ValidStandardReference
    String standard;
    @ValidLarsCode
    String larsCode;
    @ValidLarsCode
    Integer larsCodeNumber;
    @ValidUln(message = "ULN please")
    String customUln;
    List<@ValidUln String> previousUlns = List.of();

    ApprenticeDto(String uln, String ukprn, String standard, String larsCode) {
      this.uln = uln;
      this.ukprn = ukprn;
      this.standard = standard;
      this.larsCode = larsCode;
    }
  }

  private static List<ConstraintViolation<ApprenticeDto>> violations(ApprenticeDto dto) {
    return VALIDATOR.validate(dto).stream()
        .sorted(Comparator.comparing((ConstraintViolation<ApprenticeDto> v) -> v.getPropertyPath().toString()))
        .collect(Collectors.toList());
  }

  @Test
  void validValues_andNulls_giveNoViolation() {
    ApprenticeDto dto = new ApprenticeDto("1748529632", "10000055", "st1398", "795");
    dto.ulnNumber = 9_999_999_998L;
    dto.ukprnNumber = 10_000_055;
    dto.larsCodeNumber = 795;
    assertThat(violations(dto)).isEmpty();
    assertThat(violations(new ApprenticeDto(null, null, null, null))).isEmpty();
  }

  @Test
  void invalidValues_areReported_withThePreciseMessageOfTheLibrary() {
    ApprenticeDto dto = new ApprenticeDto("1748529631", "1000005", "ST13980", "0");
    dto.ulnNumber = 123L;
    dto.ukprnNumber = 99;
    dto.larsCodeNumber = 100_000;
    dto.customUln = "x";
    dto.previousUlns = List.of("1748529632", "0112233669");

    assertThat(violations(dto)).extracting(v -> v.getPropertyPath().toString(), ConstraintViolation::getMessage,
        ConstraintViolation::getMessageTemplate)
        .containsExactly(
            tuple("customUln", "ULN please", "ULN please"),
            tuple("larsCode", "must be a LARS code: a whole number from 1 to 99999",
                "{io.github.apprenticeships4j.standard.lars-code.range}"),
            tuple("larsCodeNumber", "must be a LARS code: a whole number from 1 to 99999",
                "{io.github.apprenticeships4j.standard.lars-code.range}"),
            tuple("previousUlns[1].<list element>", "must be a unique learner number: 10 digits, the first not 0",
                "{io.github.apprenticeships4j.learner.uln.format}"),
            tuple("standard", "must be a standard reference: ST or FA followed by 4 digits",
                "{io.github.apprenticeships4j.standard.reference.format}"),
            tuple("ukprn", "must be a UKPRN: 8 digits from 10000000 to 99999999",
                "{io.github.apprenticeships4j.provider.ukprn.format}"),
            tuple("ukprnNumber", "must be a UKPRN: 8 digits from 10000000 to 99999999",
                "{io.github.apprenticeships4j.provider.ukprn.format}"),
            tuple("uln", "must be a unique learner number with a valid check digit",
                "{io.github.apprenticeships4j.learner.uln.check-digit}"),
            tuple("ulnNumber", "must be a unique learner number: 10 digits, the first not 0",
                "{io.github.apprenticeships4j.learner.uln.format}"));
  }

  @Test
  void blankText_isInvalid() {
    assertThat(violations(new ApprenticeDto("", " ", "", ""))).extracting(ConstraintViolation::getMessageTemplate)
        .containsExactly("{io.github.apprenticeships4j.standard.lars-code.range}",
            "{io.github.apprenticeships4j.standard.reference.format}",
            "{io.github.apprenticeships4j.provider.ukprn.required}",
            "{io.github.apprenticeships4j.learner.uln.required}");
  }
}
