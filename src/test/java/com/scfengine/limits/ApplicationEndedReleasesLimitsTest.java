package com.scfengine.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.scfengine.applications.ApplicationEnded;
import com.scfengine.credit.CreditBureauSimulator;
import com.scfengine.support.Api;
import com.scfengine.support.DatabaseTest;
import com.scfengine.support.Workflow;
import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An application that ends unfinanced gives its limits back in the transaction that ends it: when that transaction
 * rolls back (the engine's step fails), the limits stay held with it; when it commits, they are free. On H2 and,
 * under {@code -Pmysql}, on MySQL.
 */
@DatabaseTest
class ApplicationEndedReleasesLimitsTest {

  @LocalServerPort int port;
  @Autowired CreditBureauSimulator bureau;
  @Autowired Limits limits;
  @Autowired Facilities facilities;
  @Autowired ApplicationEventPublisher events;
  @Autowired PlatformTransactionManager transactions;

  @Test
  void theReleaseCommitsOrRollsBackWithTheEnd() {
    String seller = Workflow.seller(Api.on(port), bureau, "A", "100000.00");
    String application = "TEST-" + UUID.randomUUID();
    var held = limits.reserve(application, seller, FacilityKind.OBLIGOR, "FACTORING", new BigDecimal("40000"), "USD");
    assertThat(held.granted()).isTrue();
    assertThat(utilised(held.facilityId())).isEqualByComparingTo("40000.00");

    TransactionTemplate transaction = new TransactionTemplate(transactions);
    assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
      events.publishEvent(new ApplicationEnded.Rejected(application, "declined"));
      assertThat(utilised(held.facilityId())).as("released inside the transaction").isEqualByComparingTo("0.00");
      throw new IllegalStateException("the engine's step failed after the outcome");
    })).hasMessageContaining("step failed");
    assertThat(utilised(held.facilityId())).as("rolled back with the step: still held").isEqualByComparingTo("40000.00");

    transaction.executeWithoutResult(status -> events.publishEvent(new ApplicationEnded.Cancelled(application)));
    assertThat(utilised(held.facilityId())).as("committed: free").isEqualByComparingTo("0.00");
  }

  private BigDecimal utilised(String facilityId) {
    return facilities.get(facilityId).getUtilised();
  }
}
