package io.github.apprenticeships4j.formats.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.apprenticeships4j.core.progress.EvidenceLogEntry;
import io.github.apprenticeships4j.core.progress.KsbEvidence;
import io.github.apprenticeships4j.core.progress.ProgressCheck;
import io.github.apprenticeships4j.core.progress.ProgressRecord;
import io.github.apprenticeships4j.core.standard.Ksb;
import io.github.apprenticeships4j.core.standard.Standard;
import io.github.apprenticeships4j.core.standard.StandardCodes;
import io.github.apprenticeships4j.core.standard.StandardReference;
import io.github.apprenticeships4j.core.standard.StandardVersion;
import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.core.validation.Severity;
import io.github.apprenticeships4j.core.validation.SourcePosition;
import io.github.apprenticeships4j.formats.LoadException;
import io.github.apprenticeships4j.formats.Loaded;
import io.github.apprenticeships4j.formats.ReadCodes;
import io.github.apprenticeships4j.formats.RecordReader;
import io.github.apprenticeships4j.formats.TestData;
import io.github.apprenticeships4j.formats.json.StandardsJson;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EvidenceLogCsvTest {
  static final String HEADER = "ApprenticeId,StandardReference,KsbCode,Evidence,Date,ConfirmedBy\n";
  static final String BUNDLED = "/progress/st1398-cohort-evidence.csv";
  static final StandardReference ST1398 = StandardReference.parse("ST1398");

  static ProviderCsvReads<EvidenceLogEntry> read(String csv) {
    return read(EvidenceLogCsv.reader().open(new StringReader(csv), "evidence.csv"));
  }

  static ProviderCsvReads<EvidenceLogEntry> read(RecordReader<EvidenceLogEntry> reader) {
    return ProviderCsvReads.of(reader);
  }

  static SourcePosition at(Issue issue) {
    return issue.position().orElseThrow();
  }

  @Test
  void bundledSt1398CohortLog_isReadWhole_withTheRealKsbCodesOfSt1398() throws IOException, LoadException {
    Loaded<List<EvidenceLogEntry>> loaded = EvidenceLogCsv.reader().open(TestData.path(BUNDLED)).load();
    Standard st1398 = StandardsJson.reader().open(TestData.path("/ifate-standards-api/records/ST1398_1.0.json"))
        .load().value().get(0);
    Set<String> codes = st1398.ksbs().stream().map(Ksb::code).collect(Collectors.toSet());

    List<EvidenceLogEntry> log = loaded.requireNoErrors();
    assertThat(loaded.issues()).isEmpty();
    assertThat(loaded.summaries().get(0).read()).isEqualTo(28);
    assertThat(log).extracting(EvidenceLogEntry::apprenticeId).containsOnly("A001", "A002", "A003", "A004", "A005");
    assertThat(log).extracting(EvidenceLogEntry::standardReference).containsOnly(ST1398);
    assertThat(log).extracting(e -> e.evidence().ksbCode()).allSatisfy(code -> assertThat(codes).contains(code));
    KsbEvidence first = log.get(0).evidence();
    assertThat(first.description())
        .isEqualTo("Report: ML, computer vision and LLM approaches compared for the claims triage project");
    assertThat(first.date()).isEqualTo(LocalDate.of(2025, 10, 14));
    assertThat(first.confirmedBy()).isEqualTo("Workplace mentor");
    assertThat(log.get(8).evidence().description()).endsWith("recorded as \"ethics note 3\"");
  }

  @Test
  void bundledLog_attachedToAProgressRecord_isTheEvidenceTheCheckCounts() throws IOException, LoadException {
    List<EvidenceLogEntry> log = EvidenceLogCsv.reader(LocalDate.of(2026, 9, 1)).open(TestData.path(BUNDLED)).load()
        .requireNoErrors();
    Standard st1398 = StandardsJson.reader().open(TestData.path("/ifate-standards-api/records/ST1398_1.0.json"))
        .load().value().get(0);
    ProgressRecord a001 = ProgressRecord.builder().apprenticeId("A001").standardReference(ST1398)
        .standardVersion(StandardVersion.of(1, 0)).startDate(LocalDate.of(2025, 9, 1))
        .plannedEndDate(LocalDate.of(2027, 8, 31)).weeklyHours(new BigDecimal("37.5")).build();

    ProgressRecord attached = EvidenceLogEntry.attach(List.of(a001), log).get(0);

    assertThat(attached.evidence()).hasSize(10);
    assertThat(ProgressCheck.check(attached, st1398, LocalDate.of(2026, 9, 1)).coverage().overall().evidenced())
        .containsExactlyInAnyOrder("K1", "K2", "K9", "K20", "S2", "S3", "S5", "S7", "B3", "B4");
  }

  @Test
  void header_inAnyOrderAndCase_belowATitle_withOtherColumns_andCodesInLowerCase() {
    ProviderCsvReads<EvidenceLogEntry> read = read("Evidence log, cohort 2025\n"
        + " date , EVIDENCE,ksbcode,Notes,confirmedby,standardreference,apprenticeid\n"
        + "2026-03-02,  Project report  ,s12,seen,Tutor,st1398,A001\n");

    assertThat(read.summary().accepted()).isEqualTo(1);
    EvidenceLogEntry entry = read.accepted(0).value();
    assertThat(entry).isEqualTo(EvidenceLogEntry.of("A001", ST1398, KsbEvidence.builder().ksbCode("S12")
        .description("Project report").date(LocalDate.of(2026, 3, 2)).confirmedBy("Tutor").build()));
    assertThat(read.accepted(0).position().line()).hasValue(3);
  }

  @Test
  void blankValues_rejectTheRow_eachLocatedAtItsColumn_butABlankConfirmerIsAWarning() {
    ProviderCsvReads<EvidenceLogEntry> read = read(HEADER
        + ",ST1398,K1,Report,2026-03-02,Tutor\n"
        + "A001,ST1398,K1,  ,2026-03-02,Tutor\n"
        + "A001,,,Report,,Tutor\n"
        + "A001,ST1398,K1,Report,2026-03-02,\n");

    assertThat(read.summary().rejected()).isEqualTo(3);
    Issue id = read.rejected(0).issues().get(0);
    assertThat(id.code()).isEqualTo(ReadCodes.EVIDENCE_CSV_VALUE_BLANK);
    assertThat(id.severity()).isEqualTo(Severity.ERROR);
    assertThat(id.path()).isEqualTo("apprenticeId");
    assertThat(at(id).line()).hasValue(2);
    assertThat(at(id).column()).hasValue(1);
    assertThat(at(id).field()).hasValue("ApprenticeId");
    assertThat(at(id).record()).hasValue(1);
    Issue evidence = read.rejected(1).issues().get(0);
    assertThat(evidence.code()).isEqualTo(ReadCodes.EVIDENCE_CSV_VALUE_BLANK);
    assertThat(evidence.path()).isEqualTo("description");
    assertThat(at(evidence).column()).hasValue(16);
    assertThat(at(evidence).field()).hasValue("Evidence");
    assertThat(read.rejected(1).raw()).containsExactly("A001", "ST1398", "K1", "  ", "2026-03-02", "Tutor");
    assertThat(read.rejected(2).issues()).extracting(Issue::code).containsOnly(ReadCodes.EVIDENCE_CSV_VALUE_BLANK);
    assertThat(read.rejected(2).issues()).extracting(Issue::path).containsExactly("standardReference", "ksbCode",
        "date");
    Issue confirmer = read.accepted(3).issues().get(0);
    assertThat(confirmer.code()).isEqualTo(ReadCodes.CSV_VALUE_BLANK);
    assertThat(confirmer.severity()).isEqualTo(Severity.WARNING);
    assertThat(at(confirmer).field()).hasValue("ConfirmedBy");
    assertThat(read.accepted(3).value().evidence().confirmedBy()).isEmpty();
  }

  @Test
  void foundationApprenticeshipKsbCodes_TkTsAndEsb_areRead_inUpperCase() {
    ProviderCsvReads<EvidenceLogEntry> read = read(HEADER
        + "A001,FA0001,TK1,Report,2026-03-02,Tutor\n"
        + "A001,FA0001,ts2,Report,2026-03-02,Tutor\n"
        + "A001,FA0001,ESB3,Report,2026-03-02,Tutor\n"
        + "A001,FA0001,TB1,Report,2026-03-02,Tutor\n"
        + "A001,FA0001,ES1,Report,2026-03-02,Tutor\n");

    assertThat(read.summary().rejected()).isEqualTo(2);
    assertThat(List.of(0, 1, 2)).extracting(i -> read.accepted(i).value().evidence().ksbCode())
        .containsExactly("TK1", "TS2", "ESB3");
    assertThat(List.of(3, 4)).extracting(i -> read.rejected(i).issues().get(0).code())
        .containsOnly(ReadCodes.EVIDENCE_CSV_KSB_CODE_FORMAT);
  }

  @Test
  void malformedKsbCodesDatesAndReferences_rejectTheRow_withTheirCodes() {
    ProviderCsvReads<EvidenceLogEntry> read = read(HEADER
        + "A001,ST1398,K0,Report,2026-03-02,Tutor\n"
        + "A001,ST1398,X1,Report,2026-03-02,Tutor\n"
        + "A001,ST1398,S1000,Report,2026-03-02,Tutor\n"
        + "A001,ST1398,K 1,Report,2026-03-02,Tutor\n"
        + "A001,ST1398,K1,Report,02/03/2026,Tutor\n"
        + "A001,ST1398,K1,Report,2026-02-30,Tutor\n"
        + "A001,ST1398,K1,Report,+2026-03-02,Tutor\n"
        + "A001,ST13980,K1,Report,2026-03-02,Tutor\n"
        + "A001,ST1398,B999,Report,2026-03-02,Tutor\n");

    assertThat(read.summary().read()).isEqualTo(9);
    assertThat(read.summary().rejected()).isEqualTo(8);
    for (int i = 0; i < 4; i++) {
      Issue ksb = read.rejected(i).issues().get(0);
      assertThat(ksb.code()).isEqualTo(ReadCodes.EVIDENCE_CSV_KSB_CODE_FORMAT);
      assertThat(ksb.path()).isEqualTo("ksbCode");
      assertThat(at(ksb).line()).hasValue(i + 2);
      assertThat(at(ksb).column()).hasValue(13);
      assertThat(ksb.rejectedValue()).isPresent();
    }
    assertThat(read.rejected(2).issues().get(0).rejectedValue()).hasValue("S1000");
    for (int i = 4; i < 7; i++) {
      Issue date = read.rejected(i).issues().get(0);
      assertThat(date.code()).isEqualTo(ReadCodes.CSV_DATE_FORMAT);
      assertThat(at(date).field()).hasValue("Date");
    }
    Issue reference = read.rejected(7).issues().get(0);
    assertThat(reference.code()).isEqualTo(StandardCodes.REFERENCE_FORMAT);
    assertThat(at(reference).field()).hasValue("StandardReference");
    assertThat(read.accepted(8).value().evidence().ksbCode()).isEqualTo("B999");
  }

  @Test
  void evidenceDatedAfterToday_isRejectedByAReaderGivenToday_andReadByOneWithout() {
    String csv = HEADER
        + "A001,ST1398,K1,Report,2026-09-01,Tutor\n"
        + "A001,ST1398,K2,Notes,2026-09-02,Tutor\n";

    ProviderCsvReads<EvidenceLogEntry> checked =
        read(EvidenceLogCsv.reader(LocalDate.of(2026, 9, 1)).open(new StringReader(csv), "evidence.csv"));
    ProviderCsvReads<EvidenceLogEntry> unchecked = read(csv);

    assertThat(checked.accepted(0).issues()).isEmpty();
    Issue future = checked.rejected(1).issues().get(0);
    assertThat(future.code()).isEqualTo(ReadCodes.EVIDENCE_CSV_DATE_FUTURE);
    assertThat(future.severity()).isEqualTo(Severity.ERROR);
    assertThat(future.rejectedValue()).hasValue("2026-09-02");
    assertThat(future.message()).contains("2026-09-01");
    assertThat(at(future).line()).hasValue(3);
    assertThat(at(future).field()).hasValue("Date");
    assertThat(unchecked.summary().accepted()).isEqualTo(2);
  }

  @Test
  void aRepeatedRow_isAcceptedWithAWarning_namingTheFirst_evenIfConfirmedByAnotherPerson() {
    ProviderCsvReads<EvidenceLogEntry> read = read(HEADER
        + "A001,ST1398,K1,Report,2026-03-02,Tutor\n"
        + "A001,ST1398,K1,Report,2026-03-03,Tutor\n"
        + "A001,ST1398,K1,Report,2026-03-02,x,extra\n"
        + "A001,ST1398,k1, Report,2026-03-02,Mentor\n"
        + "A002,ST1398,K1,Report,2026-03-02,Tutor\n"
        + "A001,ST0116,K1,Report,2026-03-02,Tutor\n");

    assertThat(read.summary().accepted()).isEqualTo(5);
    assertThat(read.accepted(1).issues()).isEmpty();
    assertThat(read.rejected(2).issues()).extracting(Issue::code).containsExactly(ReadCodes.CSV_RECORD_FIELD_COUNT);
    Issue duplicate = read.accepted(3).issues().get(0);
    assertThat(duplicate.code()).isEqualTo(ReadCodes.EVIDENCE_CSV_ROW_DUPLICATE);
    assertThat(duplicate.severity()).isEqualTo(Severity.WARNING);
    assertThat(duplicate.message()).contains("record 1 (line 2)");
    assertThat(at(duplicate).line()).hasValue(5);
    assertThat(at(duplicate).field()).hasValue("Evidence");
    assertThat(read.accepted(3).value().evidence().confirmedBy()).isEqualTo("Mentor");
    assertThat(read.accepted(4).issues()).isEmpty();
    assertThat(read.accepted(5).issues()).isEmpty();
  }

  @Test
  void aMissingColumn_stopsTheRead_namingIt() {
    ProviderCsvReads<EvidenceLogEntry> read = read("ApprenticeId,StandardReference,KsbCode,Evidence,Date\n"
        + "A001,ST1398,K1,Report,2026-03-02\n");

    assertThat(read.summary().read()).isZero();
    assertThat(read.summary().stoppedBy()).hasValueSatisfying(i -> {
      assertThat(i.code()).isEqualTo(ReadCodes.CSV_HEADER_MISSING_COLUMN);
      assertThat(i.message()).contains("ConfirmedBy");
      assertThat(at(i).field()).hasValue("ConfirmedBy");
    });
  }
}
