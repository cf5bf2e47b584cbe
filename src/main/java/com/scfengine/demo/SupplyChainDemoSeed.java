package com.scfengine.demo;

import com.scfengine.supplychainfinance.EnterpriseUsers;
import com.scfengine.supplychainfinance.Programmes;
import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo programme {@code PRG-CORE-001-USD} of core enterprise CORE-001 in USD, with SME-001 and SME-002 on it, and
 * the enterprises the demo users {@code buyer}, {@code supplier} and {@code supplier2} act for (groups of type
 * {@code enterprise}). Skipped when present.
 */
@Component
@Order(2)
class SupplyChainDemoSeed implements DemoSeed {

  static final String PROGRAMME = "PRG-CORE-001-USD";

  private final Programmes programmes;
  private final IdentityService identityService;
  private final Clock clock;

  SupplyChainDemoSeed(Programmes programmes, IdentityService identityService, Clock clock) {
    this.programmes = programmes;
    this.identityService = identityService;
    this.clock = clock;
  }

  @Override
  @Transactional
  public void seed() {
    DemoUsers.ENTERPRISES.forEach(this::actsFor);
    if (programmes.exists(PROGRAMME)) {
      return;
    }
    LocalDate today = LocalDate.now(clock);
    programmes.open(new Programmes.NewProgramme(PROGRAMME, "Pearl River Automotive suppliers (USD)", "CORE-001",
        "USD", "2000000.00", today.plusYears(2).toString(), 180, "0.0450", false, true));
    programmes.enrol(PROGRAMME, new Programmes.NewSupplier("SME-001", "CN12 3456 7890 1234", false),
        "Onboarded before the programme moved to the engine");
    programmes.enrol(PROGRAMME, new Programmes.NewSupplier("SME-002", "VN98 7654 3210", false),
        "Onboarded before the programme moved to the engine");
  }

  private void actsFor(String user, String enterprise) {
    if (identityService.createGroupQuery().groupId(enterprise).count() == 0) {
      Group group = identityService.newGroup(enterprise);
      group.setName("Users of " + enterprise);
      group.setType(EnterpriseUsers.GROUP_TYPE);
      identityService.saveGroup(group);
    }
    if (identityService.createUserQuery().userId(user).memberOfGroup(enterprise).count() == 0) {
      identityService.createMembership(user, enterprise);
    }
  }
}
