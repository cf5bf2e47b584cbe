package com.scfengine.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import com.scfengine.applications.ApplicationState;
import com.scfengine.applications.ApplicationStatus;
import com.scfengine.corebanking.LedgerBooking;
import com.scfengine.financing.RecordedBooking;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rules on made-up states: what no ledger with a unique key can be made to hold on the embedded database. */
class ComparisonTest {

  private static LedgerBooking booking(String id, String key) {
    return new LedgerBooking(id, key, "DISBURSEMENT", "APP-1", "USD", Instant.parse("2026-11-23T09:30:00Z"), List.of());
  }

  @Test
  void aKeyTheLedgerBookedTwiceIsOneFindingNamingBothBookings() {
    var snapshot = new Comparison.Snapshot(
        List.of(new ApplicationState("APP-1", "FACTORING", ApplicationStatus.DISBURSED, "PI-1")), Set.of("PI-1"),
        List.of(), List.of(), List.of(), List.of(new RecordedBooking("APP-1", "APP-1:DISBURSEMENT", "DISBURSEMENT", "B-1")),
        List.of(booking("B-1", "APP-1:DISBURSEMENT"), booking("B-2", "APP-1:DISBURSEMENT")), List.of());

    List<Finding> findings = Comparison.findings(snapshot);

    assertThat(findings).extracting(Finding::kind).containsExactly(FindingKind.BOOKED_TWICE);
    assertThat(findings.get(0).applicationId()).isEqualTo("APP-1");
    assertThat(findings.get(0).detail()).contains("B-1", "B-2");
  }

  @Test
  void anOverdueApplicationMayOutliveItsInstance() {
    var snapshot = new Comparison.Snapshot(
        List.of(new ApplicationState("APP-2", "FACTORING", ApplicationStatus.OVERDUE, "PI-2")), Set.of(), List.of(),
        List.of(), List.of(), List.of(), List.of(), List.of());

    assertThat(Comparison.findings(snapshot)).isEmpty();
  }
}
