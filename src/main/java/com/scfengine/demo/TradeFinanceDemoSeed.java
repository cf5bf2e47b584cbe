package com.scfengine.demo;

import com.scfengine.enterprises.Enterprises;
import com.scfengine.limits.Facilities;
import java.time.LocalDate;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo enterprises and facilities, enough to show every product path: good and weak SMEs, buyers with
 * debtor limits, a core enterprise with a programme and a bank with a bank limit. Skipped when present.
 */
@Component
@Order(1)
class TradeFinanceDemoSeed implements DemoSeed {

  private final Enterprises enterprises;
  private final Facilities facilities;

  TradeFinanceDemoSeed(Enterprises enterprises, Facilities facilities) {
    this.enterprises = enterprises;
    this.facilities = facilities;
  }

  @Override
  @Transactional
  public void seed() {
    if (!enterprises.exists("SME-001")) {
      tradeParties();
    }
    if (!enterprises.exists("BANK-002")) {
      guarantorBanks();
    }
    if (enterprises.bankOf("GCBKAEAD").isEmpty()) {
      bankAddresses();
    }
  }

  /** Letters of credit: the banks' SWIFT addresses, by which incoming MT700s name the issuing bank. */
  private void bankAddresses() {
    enterprises.identify("BANK-001", "HTBKHKHHXXX");
    enterprises.identify("BANK-002", "GCBKAEADXXX");
    enterprises.identify("BANK-003", "ATBKTRISXXX");
  }

  private void tradeParties() {
    enterprise("SME-001", "Shenzhen Bright Textiles Co., Ltd.", "CN", "SME", "A", "0.004");
    enterprise("SME-002", "Hanoi Fresh Foods JSC", "VN", "SME", "BBB", "0.012");
    enterprise("SME-003", "Pune Precision Castings Pvt Ltd", "IN", "SME", "BB", "0.030");
    enterprise("SME-004", "Monterrey Plasticos S.A. de C.V.", "MX", "SME", "CCC", "0.150");
    enterprise("SME-005", "Stuttgart Sensorik GmbH", "DE", "SME", "AA", "0.002");
    enterprise("SME-006", "Ocean Star Shipping Co., Ltd.", "SG", "SME", "A", "0.004");
    enterprise("BUY-001", "Northwind Retail Inc.", "US", "CORE_ENTERPRISE", "AA", "0.002");
    enterprise("BUY-002", "Rheinland Handels AG", "DE", "CORE_ENTERPRISE", "A", "0.005");
    enterprise("CORE-001", "Pearl River Automotive Group", "CN", "CORE_ENTERPRISE", "AAA", "0.001");
    enterprise("BANK-001", "Harbour Trade Bank Ltd", "HK", "BANK", "A", "0.003");

    LocalDate expiry = LocalDate.now().plusYears(2);
    facility("FAC-SME-001-USD", "SME-001", "OBLIGOR", null, "USD", "1000000.00", expiry);
    facility("FAC-SME-002-USD", "SME-002", "OBLIGOR", null, "USD", "500000.00", expiry);
    facility("FAC-SME-002-EUR", "SME-002", "OBLIGOR", null, "EUR", "300000.00", expiry);
    facility("FAC-SME-003-USD", "SME-003", "OBLIGOR", null, "USD", "250000.00", expiry);
    facility("FAC-SME-004-USD", "SME-004", "OBLIGOR", null, "USD", "50000.00", expiry);
    facility("FAC-SME-005-EUR", "SME-005", "OBLIGOR", null, "EUR", "800000.00", expiry);
    facility("FAC-SME-006-USD", "SME-006", "OBLIGOR", null, "USD", "300000.00", expiry);
    facility("FAC-BUY-001-USD", "BUY-001", "DEBTOR", null, "USD", "2000000.00", expiry);
    facility("FAC-BUY-002-EUR", "BUY-002", "DEBTOR", null, "EUR", "1000000.00", expiry);
    facility("FAC-CORE-001-CNY", "CORE-001", "PROGRAMME", null, "CNY", "50000000.00", expiry);
    facility("FAC-CORE-001-USD", "CORE-001", "PROGRAMME", null, "USD", "5000000.00", expiry);
    facility("FAC-BANK-001-USD", "BANK-001", "BANK", null, "USD", "10000000.00", expiry);
  }

  /**
   * Forfaiting: banks that guarantee importers' instruments, each with a BANK facility, and the bank's own country
   * limits, held on the enterprise {@code BANK-OWN} — Turkey's small enough to run out.
   */
  private void guarantorBanks() {
    enterprise("BANK-002", "Gulf Commercial Bank PJSC", "AE", "BANK", "A", "0.004");
    enterprise("BANK-003", "Anatolia Trade Bank A.S.", "TR", "BANK", "BB", "0.020");
    enterprise("BANK-OWN", "Country limits of the bank", "HK", "BANK", "A", "0.003");
    LocalDate expiry = LocalDate.now().plusYears(2);
    facility("FAC-BANK-002-USD", "BANK-002", "BANK", null, "USD", "5000000.00", expiry);
    facility("FAC-BANK-003-USD", "BANK-003", "BANK", null, "USD", "2000000.00", expiry);
    country("FAC-COUNTRY-AE-USD", "AE", "USD", "20000000.00", expiry);
    country("FAC-COUNTRY-HK-USD", "HK", "USD", "20000000.00", expiry);
    country("FAC-COUNTRY-TR-USD", "TR", "USD", "500000.00", expiry);
  }

  private void country(String id, String country, String currency, String limit, LocalDate expiry) {
    facilities.create(new Facilities.Request(id, "BANK-OWN", "COUNTRY", null, null, country, currency, limit,
        expiry.toString()));
  }

  private void enterprise(String id, String name, String country, String role, String grade, String pd) {
    enterprises.register(new Enterprises.Registration(id, name, country, role, grade, pd));
  }

  private void facility(String id, String enterpriseId, String kind, String product, String currency, String limit,
      LocalDate expiry) {
    facilities.create(new Facilities.Request(id, enterpriseId, kind, product, null, null, currency, limit,
        expiry.toString()));
  }
}
