package com.scfengine.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReceivableKeysTest {

  @Test
  void numbersCompareWithoutCaseSpacesOrPunctuation() {
    assertThat(ReceivableKeys.key("SME-001", "BUY-001", "INV 2026/0001"))
        .isEqualTo(ReceivableKeys.key("sme-001", "buy 001", "inv-2026-0001"))
        .isEqualTo("SME001|BUY001|INV20260001");
    assertThat(ReceivableKeys.key("SME-001", "BUY-001", "INV-2026-0001"))
        .isNotEqualTo(ReceivableKeys.key("SME-001", "BUY-002", "INV-2026-0001"));
  }

  @Test
  void theFingerprintIsOneWayAndDependsOnContentNotOnTheNumber() {
    LocalDate issue = LocalDate.of(2026, 11, 1);
    LocalDate due = LocalDate.of(2027, 1, 30);
    String a = ReceivableKeys.fingerprint("SME-001", "BUY-001", new BigDecimal("100000.00"), "USD", issue, due);
    String b = ReceivableKeys.fingerprint("sme-001", "BUY-001", new BigDecimal("100000"), "usd", issue, due);
    String c = ReceivableKeys.fingerprint("SME-001", "BUY-001", new BigDecimal("100000.01"), "USD", issue, due);
    assertThat(a).hasSize(64).matches("[0-9a-f]+").isEqualTo(b).isNotEqualTo(c);
    assertThat(a).doesNotContain("100000").doesNotContainIgnoringCase("SME");
  }

  @Test
  void theNumberFingerprintIsOneWayAndTellsTheSameNumberWhateverItsSpelling() {
    String a = ReceivableKeys.numberFingerprint(ReceivableKeys.key("SME-001", "BUY-001", "INV 2026/0001"));
    String b = ReceivableKeys.numberFingerprint(ReceivableKeys.key("sme-001", "buy-001", "inv-2026-0001"));
    String c = ReceivableKeys.numberFingerprint(ReceivableKeys.key("SME-001", "BUY-001", "INV-2026-0002"));
    assertThat(a).hasSize(64).matches("[0-9a-f]+").isEqualTo(b).isNotEqualTo(c);
    assertThat(a).doesNotContain("2026").doesNotContainIgnoringCase("SME");
  }
}
