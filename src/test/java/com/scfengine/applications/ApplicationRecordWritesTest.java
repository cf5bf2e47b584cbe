package com.scfengine.applications;

import static org.assertj.core.api.Assertions.assertThat;

import com.scfengine.enterprises.Enterprises;
import com.scfengine.limits.Facilities;
import com.scfengine.limits.FacilityKind;
import com.scfengine.limits.Limits;
import com.scfengine.support.DatabaseTest;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.engine.spi.EntityEntry;
import org.hibernate.engine.spi.SessionImplementor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.jpa.repository.support.JpaEntityInformationSupport;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The application's record is written as few times as its steps need: opened with one insert and no
 * read before it, and changed by the step that rates, decides and reserves limits in one update at its commit.
 */
@DatabaseTest
class ApplicationRecordWritesTest {

  @Autowired Applications applications;
  @Autowired Limits limits;
  @Autowired Facilities facilities;
  @Autowired Enterprises enterprises;
  @Autowired EntityManager entityManager;
  @Autowired TransactionTemplate transactions;

  @Test
  void aNewRecordIsInsertedWithoutBeingReadFirst() {
    var information = JpaEntityInformationSupport.getEntityInformation(FinancingApplication.class, entityManager);
    FinancingApplication fresh = new FinancingApplication("FACTORING-20261202-WRITES01", "FACTORING", "A", "B",
        new BigDecimal("100.00"), null, "USD", "rm", null);

    assertThat(information.isNew(fresh)).as("a new record: save persists it (no SELECT, no merge)").isTrue();
    String id = "FACTORING-20261202-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    FinancingApplication stored = applications.open(id, "FACTORING", "A", "B", new BigDecimal("100.00"), null, "USD",
        "rm", null);
    assertThat(information.isNew(applications.get(id))).isFalse();
    assertThat(stored.getStatus()).isEqualTo(ApplicationStatus.SUBMITTED);
  }

  @Test
  void reservingALimitDoesNotWriteTheStepsOtherChangesAheadOfItsCommit() {
    String enterprise = "WRT-" + UUID.randomUUID().toString().substring(0, 8);
    enterprises.register(new Enterprises.Registration(enterprise, "Writes Test Co", "GB", "SME", "A", null));
    facilities.create(new Facilities.Request(null, enterprise, "OBLIGOR", null, null, null, "USD", "50000.00",
        LocalDate.now().plusYears(1).toString()));
    String id = "FACTORING-20261202-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    transactions.executeWithoutResult(tx -> applications.open(id, "FACTORING", enterprise, "B",
        new BigDecimal("1000.00"), null, "USD", "rm", null));

    transactions.executeWithoutResult(tx -> {
      applications.recordRating(id, "A");
      assertThat(writtenRating(id)).isNull();

      Limits.Reservation held = limits.reserve(id, enterprise, FacilityKind.OBLIGOR, "FACTORING",
          new BigDecimal("1000.00"), "USD");

      assertThat(held.granted()).isTrue();
      assertThat(writtenRating(id)).as("the rating is still to be written, with the approval, at the commit").isNull();
      applications.update(id, ApplicationStatus.APPROVED, null, null);
    });

    FinancingApplication approved = applications.get(id);
    assertThat(approved.getRatingGrade()).isEqualTo("A");
    assertThat(approved.getStatus()).isEqualTo(ApplicationStatus.APPROVED);
    assertThat(facilities.of(enterprise).get(0).getAvailable()).isEqualByComparingTo("49000.00");
  }

  /** The rating grade Hibernate last wrote (or read) for the record in this transaction: a flush moves it. */
  private Object writtenRating(String id) {
    SessionImplementor session = entityManager.unwrap(SessionImplementor.class);
    EntityEntry entry = session.getPersistenceContextInternal().getEntry(applications.get(id));
    return entry.getLoadedValue("ratingGrade");
  }
}
