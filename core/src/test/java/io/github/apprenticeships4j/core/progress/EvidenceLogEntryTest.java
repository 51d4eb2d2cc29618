package io.github.apprenticeships4j.core.progress;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.apprenticeships4j.core.standard.StandardReference;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvidenceLogEntryTest {
  static final StandardReference ST1398 = StandardReference.parse("ST1398");
  static final StandardReference ST0116 = StandardReference.parse("ST0116");

  static KsbEvidence evidence(String ksb, String description) {
    return KsbEvidence.builder().ksbCode(ksb).description(description).date(LocalDate.of(2026, 3, 2))
        .confirmedBy("Workplace mentor").build();
  }

  static ProgressRecord record(String apprenticeId, KsbEvidence... evidence) {
    return ProgressRecordTest.minimal().addEvidence(evidence).build().withApprenticeId(apprenticeId);
  }

  @Test
  void attach_addsEachApprenticesEntries_afterTheirOwnEvidence_inLogOrder() {
    KsbEvidence own = evidence("K1", "Project report");
    List<ProgressRecord> records = List.of(record("A001", own), record("A002"));
    List<EvidenceLogEntry> log = List.of(EvidenceLogEntry.of("A002", ST1398, evidence("S3", "Feature pipeline")),
        EvidenceLogEntry.of("A001", ST1398, evidence("B5", "Incident review")),
        EvidenceLogEntry.of("A001", ST1398, evidence("K2", "Lifecycle notes")));

    List<ProgressRecord> attached = EvidenceLogEntry.attach(records, log);

    assertThat(attached).extracting(ProgressRecord::apprenticeId).containsExactly("A001", "A002");
    assertThat(attached.get(0).evidence()).extracting(KsbEvidence::ksbCode).containsExactly("K1", "B5", "K2");
    assertThat(attached.get(1).evidence()).extracting(KsbEvidence::ksbCode).containsExactly("S3");
  }

  @Test
  void attach_leavesOutEntriesOfAnotherStandardOrApprentice_andKeepsRecordsWithoutEntries() {
    ProgressRecord a001 = record("A001");
    List<EvidenceLogEntry> log = List.of(EvidenceLogEntry.of("A001", ST0116, evidence("K1", "Other standard")),
        EvidenceLogEntry.of("a001", ST1398, evidence("K1", "Id in another case")),
        EvidenceLogEntry.of("A009", ST1398, evidence("K1", "No such apprentice")));

    List<ProgressRecord> attached = EvidenceLogEntry.attach(List.of(a001), log);

    assertThat(attached).containsExactly(a001);
    assertThat(attached.get(0)).isSameAs(a001);
    assertThat(log).noneMatch(e -> e.matches(a001));
  }

  @Test
  void attach_addsNoItemTheRecordHolds_soAttachingTwiceChangesNothing() {
    KsbEvidence report = evidence("K1", "Project report");
    ProgressRecord record = record("A001", report, report);
    List<EvidenceLogEntry> log = List.of(EvidenceLogEntry.of("A001", ST1398, report),
        EvidenceLogEntry.of("A001", ST1398, evidence("S1", "Threat model")),
        EvidenceLogEntry.of("A001", ST1398, evidence("S1", "Threat model")));

    List<ProgressRecord> once = EvidenceLogEntry.attach(List.of(record), log);
    List<ProgressRecord> twice = EvidenceLogEntry.attach(once, log);

    assertThat(once.get(0).evidence()).extracting(KsbEvidence::ksbCode).containsExactly("K1", "K1", "S1");
    assertThat(twice).isEqualTo(once);
  }

  @Test
  void attach_ofAnEmptyLog_returnsTheRecords() {
    List<ProgressRecord> records = List.of(record("A001"), record("A002"));

    assertThat(EvidenceLogEntry.attach(records, List.of())).isEqualTo(records);
    assertThat(EvidenceLogEntry.attach(List.of(), List.of(EvidenceLogEntry.of("A001", ST1398, evidence("K1", "x")))))
        .isEmpty();
  }

  @Test
  void anEntry_matchesTheRecordOfItsApprenticeAndStandard_andSaysWhatItIs() {
    EvidenceLogEntry entry = EvidenceLogEntry.of("A001", ST1398, evidence("S3", "Feature pipeline"));

    assertThat(entry.matches(record("A001"))).isTrue();
    assertThat(entry.matches(record("A002"))).isFalse();
    assertThat(entry.withStandardReference(ST0116).matches(record("A001"))).isFalse();
    assertThat(entry).hasToString("A001 ST1398 S3 2026-03-02: Feature pipeline");
  }
}
