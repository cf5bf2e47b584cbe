package com.scfengine.limits;

import static org.assertj.core.api.Assertions.assertThat;

import com.scfengine.enterprises.Enterprises;
import com.scfengine.support.Concurrently;
import com.scfengine.support.DatabaseTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Limits cannot be overdrawn nor go below zero, whatever the number of concurrent requests. */
@DatabaseTest
class ConcurrentLimitsTest {

  @Autowired Limits limits;
  @Autowired Facilities facilities;
  @Autowired Enterprises enterprises;

  private String facilityWithLimit(String limit) {
    String enterprise = "LIM-" + UUID.randomUUID().toString().substring(0, 8);
    enterprises.register(new Enterprises.Registration(enterprise, "Limit Test Co", "CN", "SME", "A", null));
    return facilities.create(new Facilities.Request(null, enterprise, "OBLIGOR", null, null, null, "USD", limit,
        LocalDate.now().plusYears(1).toString())).getId();
  }

  @Test
  void fortyConcurrentReservationsNeverExceedTheLimit() throws Exception {
    String facilityId = facilityWithLimit("100000.00");
    String enterprise = facilities.get(facilityId).getEnterpriseId();
    List<Limits.Reservation> results = Concurrently.run(40, i ->
        limits.reserve("APP-" + UUID.randomUUID(), enterprise, FacilityKind.OBLIGOR, "FACTORING",
            new BigDecimal("7000.00"), "USD"));

    long granted = results.stream().filter(Limits.Reservation::granted).count();
    assertThat(granted).isEqualTo(14); // 14 × 7,000 = 98,000 ≤ 100,000 < 15 × 7,000
    CreditFacility facility = facilities.get(facilityId);
    assertThat(facility.getUtilised()).isEqualByComparingTo("98000.00");
    assertThat(facility.getAvailable()).isEqualByComparingTo("2000.00");
    assertThat(results).filteredOn(r -> !r.granted())
        .allSatisfy(r -> assertThat(r.reason()).contains("Not enough OBLIGOR limit").contains("available"));
  }

  @Test
  void concurrentReleasesNeverGoBelowZeroAndReleaseOnce() throws Exception {
    String facilityId = facilityWithLimit("50000.00");
    String enterprise = facilities.get(facilityId).getEnterpriseId();
    List<String> apps = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      String app = "APP-" + UUID.randomUUID();
      assertThat(limits.reserve(app, enterprise, FacilityKind.OBLIGOR, null, new BigDecimal("10000.00"), "USD")
          .granted()).isTrue();
      apps.add(app);
    }
    limits.consume(apps.get(0));
    assertThat(facilities.get(facilityId).getUtilised()).isEqualByComparingTo("50000.00");

    // every application released four times at once: each hold comes back exactly once
    Concurrently.run(20, i -> {
      limits.release(apps.get(i % 5));
      return null;
    });
    assertThat(facilities.get(facilityId).getUtilised()).isEqualByComparingTo("0.00");
    assertThat(limits.reservationsOf(apps.get(0))).extracting(LimitReservation::getState)
        .containsExactly(ReservationState.RELEASED);
  }

  @Test
  void aRetriedReservationForTheSameApplicationHoldsOnce() {
    String facilityId = facilityWithLimit("10000.00");
    String enterprise = facilities.get(facilityId).getEnterpriseId();
    var first = limits.reserve("APP-RETRY-" + facilityId, enterprise, FacilityKind.OBLIGOR, null, new BigDecimal("6000"), "USD");
    var again = limits.reserve("APP-RETRY-" + facilityId, enterprise, FacilityKind.OBLIGOR, null, new BigDecimal("6000"), "USD");
    assertThat(again.reservationId()).isEqualTo(first.reservationId());
    assertThat(facilities.get(facilityId).getUtilised()).isEqualByComparingTo("6000.00");
  }

  @Test
  void aWrongCurrencyOrMissingFacilityIsRefusedWithAReason() {
    String facilityId = facilityWithLimit("10000.00");
    String enterprise = facilities.get(facilityId).getEnterpriseId();
    var eur = limits.reserve("APP-EUR-" + facilityId, enterprise, FacilityKind.OBLIGOR, null, new BigDecimal("100"), "EUR");
    assertThat(eur.granted()).isFalse();
    assertThat(eur.reason()).isEqualTo("No live OBLIGOR facility in EUR for " + enterprise);
    assertThat(facilities.get(facilityId).getUtilised()).isEqualByComparingTo("0");
  }
}
