package com.scfengine.reconciliation;

import static com.scfengine.reconciliation.FindingKind.ACTIVE_WITHOUT_INSTANCE;
import static com.scfengine.reconciliation.FindingKind.BOOKED_TWICE;
import static com.scfengine.reconciliation.FindingKind.BOOKING_NOT_IN_LEDGER;
import static com.scfengine.reconciliation.FindingKind.BOOKING_NOT_RECORDED;
import static com.scfengine.reconciliation.FindingKind.DISBURSED_TWICE;
import static com.scfengine.reconciliation.FindingKind.DISBURSEMENT_MISSING;
import static com.scfengine.reconciliation.FindingKind.FINAL_WITH_RUNNING_INSTANCE;
import static com.scfengine.reconciliation.FindingKind.INCIDENT;
import static com.scfengine.reconciliation.FindingKind.RECEIVABLE_OF_ENDED_APPLICATION;
import static com.scfengine.reconciliation.FindingKind.RESERVATION_OF_ENDED_APPLICATION;

import com.scfengine.applications.ApplicationState;
import com.scfengine.applications.ApplicationStatus;
import com.scfengine.corebanking.LedgerBooking;
import com.scfengine.financing.RecordedBooking;
import com.scfengine.limits.Limits;
import com.scfengine.money.Money;
import com.scfengine.registry.ReceivableRegistry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The comparison itself, on what was read in bulk: no database, no engine, so that every rule can be tried on a
 * made-up state. Each application is compared against its instance, its holds, its receivables and its bookings;
 * each facility against its holds.
 */
final class Comparison {

  /** Statuses that a running process instance must carry on; OVERDUE may outlive it (a claim pursued outside). */
  static final Set<ApplicationStatus> ACTIVE = EnumSet.of(ApplicationStatus.SUBMITTED, ApplicationStatus.IN_REVIEW,
      ApplicationStatus.APPROVED, ApplicationStatus.ISSUED, ApplicationStatus.DISBURSED);
  /** Statuses of an application that ended unfinanced: it holds nothing any more. */
  static final Set<ApplicationStatus> ENDED_UNFINANCED = EnumSet.of(ApplicationStatus.REJECTED,
      ApplicationStatus.CANCELLED);
  static final String DISBURSEMENT = "DISBURSEMENT";

  /** An open incident of a process instance, with the message of the failure that caused it. */
  record OpenIncident(String processInstanceId, String activityId, String message) {}

  /** Everything a reconciliation compares, read in bulk. */
  record Snapshot(List<ApplicationState> applications, Set<String> runningInstances,
      List<OpenIncident> incidents, List<Limits.LiveHold> liveHolds,
      List<ReceivableRegistry.LiveRegistration> liveRegistrations, List<RecordedBooking> recorded,
      List<LedgerBooking> ledger, List<Limits.Utilisation> utilisations) {}

  private Comparison() {}

  static List<Finding> findings(Snapshot s) {
    Map<String, List<OpenIncident>> incidents = s.incidents().stream()
        .collect(Collectors.groupingBy(OpenIncident::processInstanceId));
    Map<String, List<Limits.LiveHold>> holds = s.liveHolds().stream()
        .collect(Collectors.groupingBy(Limits.LiveHold::applicationId));
    Map<String, List<ReceivableRegistry.LiveRegistration>> receivables = s.liveRegistrations().stream()
        .collect(Collectors.groupingBy(ReceivableRegistry.LiveRegistration::applicationId));
    Map<String, List<RecordedBooking>> recorded = s.recorded().stream()
        .collect(Collectors.groupingBy(RecordedBooking::applicationId));
    Map<String, List<LedgerBooking>> ledger = s.ledger().stream()
        .filter(b -> b.reference() != null)
        .collect(Collectors.groupingBy(LedgerBooking::reference));

    List<Finding> findings = new ArrayList<>();
    for (ApplicationState app : s.applications()) {
      String id = app.id();
      String instance = app.processInstanceId();
      boolean running = instance != null && s.runningInstances().contains(instance);
      if (app.status().isFinal() && running) {
        findings.add(Finding.ofApplication(FINAL_WITH_RUNNING_INSTANCE, id, "no running process instance",
            "instance " + instance + " running", "status " + app.status()));
      }
      if (ACTIVE.contains(app.status()) && !running) {
        findings.add(Finding.ofApplication(ACTIVE_WITHOUT_INSTANCE, id, "a running process instance",
            instance == null ? "no instance recorded" : "instance " + instance + " not running",
            "status " + app.status() + ": nothing will move the application on"));
      }
      if (instance != null) {
        for (OpenIncident incident : incidents.getOrDefault(instance, List.of())) {
          findings.add(Finding.ofApplication(INCIDENT, id, "no open incident",
              "incident at " + incident.activityId(), incident.message()));
        }
      }
      if (ENDED_UNFINANCED.contains(app.status())) {
        for (Limits.LiveHold hold : holds.getOrDefault(id, List.of())) {
          findings.add(Finding.ofApplication(RESERVATION_OF_ENDED_APPLICATION, id, "no live reservation",
              hold.amount().stripTrailingZeros().toPlainString() + " held on facility " + hold.facilityId(),
              "status " + app.status()));
        }
        for (ReceivableRegistry.LiveRegistration receivable : receivables.getOrDefault(id, List.of())) {
          findings.add(Finding.ofApplication(RECEIVABLE_OF_ENDED_APPLICATION, id, "receivable RELEASED",
              "receivable " + receivable.receivableId() + " " + receivable.state(), "status " + app.status()));
        }
      }
      bookings(app, recorded.getOrDefault(id, List.of()), ledger.getOrDefault(id, List.of()), findings);
    }
    for (Limits.Utilisation facility : s.utilisations()) {
      if (facility.utilised().compareTo(facility.held()) != 0) {
        findings.add(Finding.ofFacility(facility.facilityId(),
            "utilised " + plain(facility.held(), facility.currency()) + " (the sum of its live reservations)",
            "utilised " + plain(facility.utilised(), facility.currency()),
            "difference " + plain(facility.utilised().subtract(facility.held()), facility.currency())));
      }
    }
    findings.sort(Comparator.comparing(Finding::kind)
        .thenComparing(Finding::applicationId, Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(Finding::facilityId, Comparator.nullsLast(Comparator.naturalOrder())));
    return findings;
  }

  private static void bookings(ApplicationState app, List<RecordedBooking> recorded, List<LedgerBooking> ledger,
      List<Finding> findings) {
    String id = app.id();
    Map<String, List<LedgerBooking>> byKey = new LinkedHashMap<>();
    ledger.forEach(b -> byKey.computeIfAbsent(b.idempotencyKey(), k -> new ArrayList<>()).add(b));
    byKey.forEach((key, same) -> {
      if (same.size() > 1) {
        findings.add(Finding.ofApplication(BOOKED_TWICE, id, "one booking under key " + key,
            same.size() + " bookings under key " + key,
            "booking ids " + same.stream().map(LedgerBooking::bookingId).collect(Collectors.joining(", "))));
      }
    });
    List<LedgerBooking> disbursements = ledger.stream().filter(b -> DISBURSEMENT.equals(b.kind())).toList();
    long disbursementKeys = disbursements.stream().map(LedgerBooking::idempotencyKey).distinct().count();
    if (disbursementKeys > 1) {
      findings.add(Finding.ofApplication(DISBURSED_TWICE, id, "one disbursement", disbursementKeys
          + " disbursements in the ledger", "keys " + disbursements.stream().map(LedgerBooking::idempotencyKey)
          .distinct().collect(Collectors.joining(", "))));
    }
    if (app.status() == ApplicationStatus.DISBURSED && disbursements.isEmpty()) {
      boolean recordedOne = recorded.stream().anyMatch(r -> DISBURSEMENT.equals(r.kind()));
      findings.add(Finding.ofApplication(DISBURSEMENT_MISSING, id, "a disbursement in the ledger",
          "none in the ledger", recordedOne ? "the product recorded one" : "the product recorded none either"));
    }
    Map<String, RecordedBooking> recordedByKey = new HashMap<>();
    recorded.forEach(r -> recordedByKey.put(r.idempotencyKey(), r));
    byKey.forEach((key, same) -> {
      if (!recordedByKey.containsKey(key)) {
        findings.add(Finding.ofApplication(BOOKING_NOT_RECORDED, id, "a record of booking " + key,
            "booked " + same.get(0).kind() + " " + same.get(0).bookedAt() + ", not recorded",
            "booking id " + same.get(0).bookingId()));
      }
    });
    recordedByKey.forEach((key, record) -> {
      if (!byKey.containsKey(key)) {
        findings.add(Finding.ofApplication(BOOKING_NOT_IN_LEDGER, id, "booking " + key + " in the ledger",
            "recorded as " + record.kind() + ", not in the ledger", "recorded booking id " + record.bookingId()));
      } else if (byKey.get(key).stream().noneMatch(b -> Objects.equals(b.bookingId(), record.bookingId()))) {
        findings.add(Finding.ofApplication(BOOKING_NOT_IN_LEDGER, id, "booking " + record.bookingId() + " under "
            + key, "the ledger holds " + byKey.get(key).get(0).bookingId() + " under that key",
            "the recorded booking id is not the ledger's"));
      }
    });
  }

  private static String plain(java.math.BigDecimal amount, String currency) {
    return Money.of(amount, currency).toPlainString() + " " + currency;
  }
}
