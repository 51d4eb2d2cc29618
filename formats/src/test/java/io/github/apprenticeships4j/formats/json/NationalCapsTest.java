package io.github.apprenticeships4j.formats.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.apprenticeships4j.core.funding.Apprentice;
import io.github.apprenticeships4j.core.funding.Apprenticeship;
import io.github.apprenticeships4j.core.funding.CapHistory;
import io.github.apprenticeships4j.core.funding.Employer;
import io.github.apprenticeships4j.core.funding.FundingBreakdown;
import io.github.apprenticeships4j.core.funding.FundingCalculator;
import io.github.apprenticeships4j.core.funding.FundingResult;
import io.github.apprenticeships4j.core.funding.StandardFunding;
import io.github.apprenticeships4j.core.funding.VersionCap;
import io.github.apprenticeships4j.core.standard.Standard;
import io.github.apprenticeships4j.core.standard.StandardCatalogue;
import io.github.apprenticeships4j.core.standard.StandardReference;
import io.github.apprenticeships4j.formats.ReadCodes;
import io.github.apprenticeships4j.formats.RecordReader;
import io.github.apprenticeships4j.formats.Row;
import io.github.apprenticeships4j.formats.TestData;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Caps from the real national catalogue of 2026-08-22: every approved version's maximum funding, and the JSON input. */
class NationalCapsTest {
  static final String INPUT = "/funding-input/national-standards.json";
  static StandardCatalogue catalogue;
  static FundingCalculator calculator;

  @BeforeAll
  static void readCatalogue() throws Exception {
    try (InputStream in = NationalCapsTest.class.getResourceAsStream(NationalCatalogueTest.CATALOGUE);
        RecordReader<Standard> reader = StandardsJson.reader().open(in, "catalogue.json.gz")) {
      catalogue = StandardCatalogue.of(reader.rows().flatMap(r -> r.valueIfAccepted().stream())
          .collect(Collectors.toList()));
    }
    calculator = FundingCalculator.withDefaultRules().withStandards(catalogue);
  }

  /**
   * Every approved version with a positive maximum funding, at start dates inside its window that no higher version's
   * window holds (three a version: its first day, its last or the calculator's last, and one between), gives a
   * breakdown whose cap is that version's maximum funding, reported with its version.
   */
  @Test
  void everyApprovedVersionWithACap_givesThatCapForAStartInItsWindow() {
    Random random = new Random(13);
    LocalDate first = LocalDate.of(2017, 5, 1);
    int versions = 0;
    int starts = 0;
    List<String> failures = new ArrayList<>();
    for (StandardReference reference : catalogue.references()) {
      List<VersionCap> caps = CapHistory.of(catalogue, reference).versions();
      for (int i = 0; i < caps.size(); i++) {
        VersionCap cap = caps.get(i);
        Standard standard = catalogue.find(reference, cap.version()).orElseThrow();
        if (!cap.hasCap() || standard.level() < 2 || standard.level() > 7) {
          continue;
        }
        List<VersionCap> higher = caps.subList(i + 1, caps.size());
        LocalDate from = cap.from().isBefore(first) ? first : cap.from();
        LocalDate to = cap.to().filter(t -> t.isBefore(calculator.latestStartDate()))
            .orElse(calculator.latestStartDate());
        if (to.isBefore(from)) {
          continue;
        }
        long days = ChronoUnit.DAYS.between(from, to);
        List<LocalDate> dates = List.of(from, to, from.plusDays((long) (random.nextDouble() * days)));
        boolean tested = false;
        for (LocalDate start : dates) {
          if (higher.stream().anyMatch(h -> h.isInForceOn(start))) {
            continue;
          }
          tested = true;
          starts++;
          FundingResult result = calculator.calculate(apprenticeship(reference, standard, start));
          Optional<FundingBreakdown> f = result.breakdown();
          if (f.isEmpty() || f.get().fundingCap().value().compareTo(cap.maxFunding()) != 0
              || !f.get().capVersion().equals(Optional.of(cap.version()))) {
            failures.add(cap + " on " + start + ": " + f.map(b -> b.fundingCap().value() + " v" + b.capVersion())
                .orElse(result.report().toString()));
          }
        }
        versions += tested ? 1 : 0;
      }
    }
    assertThat(failures).isEmpty();
    assertThat(versions).isGreaterThan(1_500);
    assertThat(starts).isGreaterThan(4_000);
  }

  /** The cap history picks the version {@code versionForStartOn} picks, on every first day of a window. */
  @Test
  void capInForce_isOfTheVersionNewApprenticesStartOn() {
    List<String> differences = new ArrayList<>();
    for (StandardReference reference : catalogue.references()) {
      CapHistory history = CapHistory.of(catalogue, reference);
      for (VersionCap cap : history.versions()) {
        for (LocalDate day : List.of(cap.from(), cap.to().orElse(cap.from().plusYears(1)))) {
          Optional<String> fromHistory = history.inForceOn(day).map(v -> v.version().toString());
          Optional<String> forStart = catalogue.versionForStartOn(reference, day).map(s -> s.version().toString());
          if (!fromHistory.equals(forStart)) {
            differences.add(reference + " " + day + ": " + fromHistory + " vs " + forStart);
          }
        }
      }
    }
    assertThat(differences).isEmpty();
  }

  private static Apprenticeship apprenticeship(StandardReference reference, Standard standard, LocalDate start) {
    return Apprenticeship.builder().startDate(start).plannedDurationMonths(Math.max(13, standard
        .typicalDurationMonths()))
        .standard(StandardFunding.builder().reference(reference).level(standard.level())
            .typicalDurationMonths(standard.typicalDurationMonths()).build())
        .trainingPrice(new BigDecimal("30000")).assessmentPrice(BigDecimal.ZERO).employer(Employer.nonLevy())
        .apprentice(Apprentice.bornOn(start.minusYears(19).minusDays(1))).build();
  }

  @Test
  void inputNamingStandardsByReference_isCalculatedWithCatalogueCaps() throws Exception {
    List<String> caps = new ArrayList<>();
    try (RecordReader<FundingInput> reader = ApprenticeshipsJson.reader(catalogue).open(TestData.path(INPUT))) {
      reader.rows().forEach(row -> {
        assertThat(row.issues()).isEmpty();
        FundingInput.OfApprenticeship in = (FundingInput.OfApprenticeship) row.valueIfAccepted().orElseThrow();
        FundingBreakdown f = calculator.calculate(in.apprenticeship(), in.progress()).orElseThrow();
        caps.add(in.apprenticeship().standard().reference() + " L" + in.apprenticeship().standard().level() + " "
            + in.apprenticeship().standard().typicalDurationMonths() + "m " + f.fundingCap().value().toPlainString()
            + " v" + f.capVersion().orElseThrow() + " funded " + f.fundedPrice().value().toPlainString());
      });
    }
    assertThat(caps).containsExactly("ST0116 L4 24m 18000.00 v1.2 funded 17000.00",
        "ST0119 L6 36m 25000.00 v1.1 funded 25000.00", "ST0313 L4 18m 10000.00 v2.2 funded 10000.00",
        "ST0418 L2 16m 6000.00 v1.1 funded 5800.00", "ST0127 L4 24m 17000.00 v1.1 funded 17000.00");
  }

  @Test
  void referenceOnlyStandard_withoutACatalogue_isALocatedFinding() throws Exception {
    try (RecordReader<FundingInput> reader = ApprenticeshipsJson.reader().open(TestData.path(INPUT))) {
      List<Row<FundingInput>> rows = reader.rows().collect(Collectors.toList());
      assertThat(rows).extracting(Row::isAccepted).containsExactly(false, false, false, false, true);
      assertThat(rows.get(0).issues()).singleElement().satisfies(i -> {
        assertThat(i.code()).isEqualTo(ReadCodes.JSON_STANDARD_NO_CATALOGUE);
        assertThat(i.path()).isEqualTo("standard");
        assertThat(i.rejectedValue()).contains("ST0116");
        assertThat(i.position().orElseThrow().record()).hasValue(1L);
      });
    }
  }

  @Test
  void referenceOnlyStandard_withoutAVersionForTheStart_isALocatedFinding() throws Exception {
    String json = "{\"startDate\": \"2014-01-06\", \"plannedDurationMonths\": 24, \"standard\": {\"reference\": "
        + "\"ST0116\"}, \"trainingPrice\": 1, \"assessmentPrice\": 1, \"employer\": {\"levyPayer\": false}, "
        + "\"apprentice\": {\"dateOfBirth\": \"1990-01-01\"}}";
    try (RecordReader<FundingInput> reader = ApprenticeshipsJson.reader(catalogue).open(
        new java.io.ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "in.json")) {
      List<Row<FundingInput>> rows = reader.rows().collect(Collectors.toList());
      assertThat(rows.get(0).issues()).singleElement().satisfies(i -> {
        assertThat(i.code()).isEqualTo(ReadCodes.JSON_STANDARD_UNKNOWN);
        assertThat(i.path()).isEqualTo("standard.reference");
      });
    }
  }
}
