package com.scfengine.limits;

import static org.assertj.core.api.Assertions.assertThat;

import com.scfengine.enterprises.Enterprises;
import com.scfengine.support.DatabaseTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A hold and the utilisation it takes are written together. A database gives up a deadlock's victim whole (H2 and
 * InnoDB roll back the transaction, not the statement), and whatever the step does next runs in a new transaction of
 * the same connection: a hold left to be written at the commit would then be stored without the utilisation taken
 * for it — a facility whose holds sum to more than it has utilised.
 */
@DatabaseTest
class HoldsBesideTakesTest {

  @Autowired Limits limits;
  @Autowired Facilities facilities;
  @Autowired Enterprises enterprises;
  @Autowired PlatformTransactionManager transactions;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aTransactionTheDatabaseGaveUpKeepsNeitherTheHoldNorItsTake() {
    String enterprise = "HLD-" + UUID.randomUUID().toString().substring(0, 8);
    enterprises.register(new Enterprises.Registration(enterprise, "Hold Test Co", "CN", "SME", "A", null));
    String facilityId = facilities.create(new Facilities.Request(null, enterprise, "OBLIGOR", null, null, null, "USD",
        "10000.00", LocalDate.now().plusYears(1).toString())).getId();
    String application = "APP-GIVEN-UP-" + facilityId;

    new TransactionTemplate(transactions).executeWithoutResult(step -> {
      assertThat(limits.reserve(application, enterprise, FacilityKind.OBLIGOR, null, new BigDecimal("4000.00"), "USD")
          .granted()).isTrue();
      jdbc.execute("rollback"); // what the database does to a deadlock's victim, under the step's feet
    });

    assertThat(facilities.get(facilityId).getUtilised()).isEqualByComparingTo("0.00");
    assertThat(limits.reservationsOf(application)).as("holds of %s", application).isEmpty();
    assertThat(limits.utilisations()).filteredOn(u -> u.facilityId().equals(facilityId))
        .singleElement().satisfies(u -> assertThat(u.utilised()).isEqualByComparingTo(u.held()));
  }
}
