package com.scfengine.factoring;

import com.scfengine.credit.CreditBureauSimulator;
import com.scfengine.support.DatabaseTest;
import com.scfengine.support.OneSellersBurst;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One seller sends a hundred invoices at once, from 8 clients: every application is financed, none stops as an
 * incident, and the seller's and the buyer's limits and the ledger add up to the cent. Through the HTTP API with the
 * job executor running, as in production; on H2 and under {@code -Pmysql} on MySQL.
 */
@DatabaseTest
class OneSellersBurstTest {

  @LocalServerPort int port;
  @Autowired CreditBureauSimulator bureau;
  @Autowired DataSource dataSource;

  @Test
  void aHundredConcurrentApplicationsOfOneSellerAndOneBuyerAreAllDisbursed() throws Exception {
    OneSellersBurst burst = OneSellersBurst.newParties(List.of(port), party -> bureau.assign(party, "A"))
        .submit(100, 8)
        .awaitDisbursed(Duration.ofSeconds(180));
    try (Connection database = dataSource.getConnection()) {
      burst.assertAllFinancedOnce(database);
    }
  }
}
