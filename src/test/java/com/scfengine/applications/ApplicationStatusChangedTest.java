package com.scfengine.applications;

import static com.scfengine.applications.ApplicationStatus.APPROVED;
import static com.scfengine.applications.ApplicationStatus.DISBURSED;
import static com.scfengine.applications.ApplicationStatus.IN_REVIEW;
import static com.scfengine.applications.ApplicationStatus.REJECTED;
import static com.scfengine.applications.ApplicationStatus.SETTLED;
import static com.scfengine.applications.ApplicationStatus.SUBMITTED;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which changes of an application are a start, a credit decision (straight through or not) and an end. */
class ApplicationStatusChangedTest {

  private static ApplicationStatusChanged change(ApplicationStatus from, ApplicationStatus to, String decision) {
    return new ApplicationStatusChanged("FACTORING-1", "FACTORING", from, to, decision);
  }

  @Test
  void theCreditDecisionIsStraightThroughOnlyWhenTheTableApprovedAlone() {
    assertThat(change(null, SUBMITTED, null).opened()).isTrue();
    assertThat(change(SUBMITTED, APPROVED, "AUTO_APPROVED")).satisfies(c -> {
      assertThat(c.creditDecided()).isTrue();
      assertThat(c.straightThrough()).isTrue();
    });
    assertThat(change(IN_REVIEW, APPROVED, "APPROVED")).satisfies(c -> {
      assertThat(c.creditDecided()).isTrue();
      assertThat(c.straightThrough()).isFalse();
    });
    assertThat(change(IN_REVIEW, REJECTED, "DECLINED").creditDecided()).isTrue();
    // the limit reservation confirms APPROVED without deciding; checks that reject do not decide credit
    assertThat(change(APPROVED, APPROVED, null).creditDecided()).isFalse();
    assertThat(change(SUBMITTED, REJECTED, "NOT_ELIGIBLE").creditDecided()).isFalse();
    assertThat(change(SUBMITTED, REJECTED, "NOT_ELIGIBLE").ended()).isTrue();
    assertThat(change(DISBURSED, SETTLED, "PAID").ended()).isTrue();
    assertThat(change(SETTLED, SETTLED, "PAID").ended()).isFalse();
    assertThat(change(SUBMITTED, IN_REVIEW, null).ended()).isFalse();
  }
}
