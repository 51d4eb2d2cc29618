package io.github.apprenticeships4j.formats.casejson;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.apprenticeships4j.core.career.CareerValidator;
import io.github.apprenticeships4j.core.career.Framework;
import io.github.apprenticeships4j.core.standard.Standard;
import io.github.apprenticeships4j.core.standard.StandardValidator;
import io.github.apprenticeships4j.formats.LoadException;
import io.github.apprenticeships4j.formats.ReaderInvariants;
import io.github.apprenticeships4j.formats.Row;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Any bytes, read as a standard's package and as a framework's, keep the reader contract (every finding located,
 * nothing thrown, no unforeseen failure); what is accepted passes the validators and is exported and read back
 * equal. Replays the committed inputs in a normal build; {@code JAZZER_FUZZ=1} fuzzes.
 */
class CaseJsonFuzzTest {
  @FuzzTest(maxDuration = "60s")
  void readsAnyBytes(byte[] input) throws LoadException {
    List<Standard> standards = new ArrayList<>();
    ReaderInvariants.readAll(CaseJson.standardReader().open(new ByteArrayInputStream(input), "fuzz.json"),
        row -> row.valueIfAccepted().ifPresent(standards::add));
    for (Standard standard : standards) {
      StandardValidator.validate(standard);
      assertThat(CaseJson.readStandard(CaseJson.standardReader().open(new ByteArrayInputStream(CaseJson.toJson(
          standard).getBytes(StandardCharsets.UTF_8)), "again.json")).value()).isEqualTo(standard);
    }
    List<Framework> frameworks = new ArrayList<>();
    ReaderInvariants.readAll(CaseJson.frameworkReader().open(new ByteArrayInputStream(input), "fuzz.json"),
        (Row<Framework> row) -> row.valueIfAccepted().ifPresent(frameworks::add));
    for (Framework framework : frameworks) {
      CareerValidator.validate(framework);
      assertThat(CaseJson.readFramework(CaseJson.frameworkReader().open(new ByteArrayInputStream(CaseJson.toJson(
          framework).getBytes(StandardCharsets.UTF_8)), "again.json")).value()).isEqualTo(framework);
    }
  }
}
