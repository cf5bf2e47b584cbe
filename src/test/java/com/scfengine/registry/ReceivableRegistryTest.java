package com.scfengine.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.scfengine.support.Concurrently;
import com.scfengine.support.DatabaseTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The same receivable is never financed twice, nor a customs declaration beyond its value. */
@DatabaseTest
class ReceivableRegistryTest {

  @Autowired ReceivableRegistry registry;

  private static final LocalDate ISSUE = LocalDate.of(2026, 11, 1);
  private static final LocalDate DUE = LocalDate.of(2027, 1, 30);

  private static ReceivableRegistry.Claim invoice(String seller, String number, String amount, String app) {
    return new ReceivableRegistry.Claim(ReceivableKind.INVOICE, seller, "BUY-001", number, new BigDecimal(amount),
        "USD", ISSUE, DUE, app);
  }

  private static String seller() {
    return "REG-" + UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void aSecondRegistrationOfThePendingReceivableIsRefusedEvenWrittenDifferently() {
    String seller = seller();
    registry.register(invoice(seller, "INV-2026-0001", "1000.00", "APP-1-" + seller));
    assertThatThrownBy(() -> registry.register(invoice(seller.toLowerCase(), "inv 2026/0001", "1000.00", "APP-2-" + seller)))
        .isInstanceOf(DuplicateFinancingException.class)
        .hasMessageContaining("already pending under application APP-1-" + seller);
  }

  @Test
  void twentyRacingRegistrationsOfOneReceivableLetExactlyOneWin() throws Exception {
    String seller = seller();
    List<Object> outcomes = Concurrently.run(20, i -> {
      try {
        return registry.register(invoice(seller, "INV-RACE-1", "5000.00", "APP-" + i + "-" + seller));
      } catch (DuplicateFinancingException e) {
        return e;
      }
    });
    assertThat(outcomes).filteredOn(o -> o instanceof ReceivableRegistry.Registration).hasSize(1);
    assertThat(outcomes).filteredOn(o -> o instanceof DuplicateFinancingException).hasSize(19);
  }

  @Test
  void aReleasedReceivableMayBeOfferedAgainButAFinancedOneMayNot() {
    String seller = seller();
    registry.register(invoice(seller, "INV-9", "1000.00", "APP-A-" + seller));
    registry.release("APP-A-" + seller);
    registry.register(invoice(seller, "INV-9", "1000.00", "APP-B-" + seller));
    registry.markFinanced("APP-B-" + seller);
    assertThatThrownBy(() -> registry.register(invoice(seller, "INV-9", "1000.00", "APP-C-" + seller)))
        .isInstanceOf(DuplicateFinancingException.class).hasMessageContaining("already financed");
  }

  @Test
  void theSameContentUnderAnotherNumberIsFlaggedAsANearDuplicate() {
    String seller = seller();
    var first = registry.register(invoice(seller, "INV-100", "2500.00", "APP-N1-" + seller));
    var second = registry.register(invoice(seller, "INV-100-A", "2500.00", "APP-N2-" + seller));
    assertThat(first.nearDuplicate()).isFalse();
    assertThat(second.nearDuplicateOf()).isEqualTo(first.receivableId());
    assertThat(second.fingerprint()).isEqualTo(first.fingerprint());
  }

  @Test
  void aReleasedReceivableIsNoNearDuplicateButAFinancedOneIs() {
    String seller = seller();
    var released = registry.register(invoice(seller, "INV-200", "3100.00", "APP-R1-" + seller));
    registry.release("APP-R1-" + seller);
    var offered = registry.register(invoice(seller, "INV-200-A", "3100.00", "APP-R2-" + seller));
    assertThat(offered.fingerprint()).isEqualTo(released.fingerprint());
    assertThat(offered.nearDuplicate()).isFalse();

    registry.markFinanced("APP-R2-" + seller);
    var again = registry.register(invoice(seller, "INV-200-B", "3100.00", "APP-R3-" + seller));
    assertThat(again.nearDuplicateOf()).isEqualTo(offered.receivableId());
  }

  @Test
  void racingChargesNeverFinanceMoreThanTheDeclaredValue() throws Exception {
    String seller = seller();
    String declaration = "CED-" + seller;
    for (int i = 0; i < 12; i++) {
      registry.register(invoice(seller, "INV-C-" + i, "10000.00", "APP-C" + i + "-" + seller));
    }
    List<Boolean> charged = Concurrently.run(12, i ->
        registry.chargeDeclaration("APP-C" + i + "-" + seller, declaration, seller, new BigDecimal("75000.00"), "USD"));
    assertThat(charged).filteredOn(Boolean::booleanValue).hasSize(7);
    assertThat(registry.financedAgainst(declaration)).isEqualByComparingTo("70000.00");

    // a rejection gives the declaration's balance back
    int winner = charged.indexOf(true);
    registry.release("APP-C" + winner + "-" + seller);
    assertThat(registry.financedAgainst(declaration)).isEqualByComparingTo("60000.00");
  }
}
