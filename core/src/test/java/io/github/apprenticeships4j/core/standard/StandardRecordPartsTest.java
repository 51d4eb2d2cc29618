package io.github.apprenticeships4j.core.standard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StandardRecordPartsTest {
  @Test
  void professionalRecognition_readsAsBodyAndLevel() {
    ProfessionalRecognition bcs = ProfessionalRecognition.builder().body("BCS, The Chartered Institute for IT")
        .level("Advanced RITTech").partial(false).build();

    assertThat(bcs).hasToString("BCS, The Chartered Institute for IT, Advanced RITTech");
    assertThat(bcs.withLevel(java.util.Optional.empty())).hasToString("BCS, The Chartered Institute for IT");
  }

  @Test
  void qualification_readsAsTitleAndLevel() {
    Qualification aat = Qualification.builder().id("q1").title("AAT Level 3 Diploma in Accounting").level("3").build();

    assertThat(aat).hasToString("AAT Level 3 Diploma in Accounting, level 3");
    assertThat(aat.withLevel(java.util.Optional.empty())).hasToString("AAT Level 3 Diploma in Accounting");
    assertThat(aat.optionIds()).isEmpty();
  }

  @Test
  void regulatorApproval_saysWhetherTheRegulatorMustApprove() {
    RegulatorApproval epao = RegulatorApproval.builder().party("EPAO").required(true).build();

    assertThat(epao).hasToString("EPAO must be approved by the regulator");
    assertThat(epao.withRequired(false)).hasToString("EPAO need not be approved by the regulator");
    assertThat(epao.withRequired(java.util.Optional.empty()))
        .hasToString("EPAO: approval by the regulator not stated");
  }
}
