package com.scfengine.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.scfengine.common.PortUnavailableException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CreditBureauSimulatorTest {

  private final CreditBureauSimulator bureau = new CreditBureauSimulator(new CreditProperties.Simulator(
      Duration.ZERO, 0, Map.of("SME-001", new CreditProperties.Rating("A", new BigDecimal("0.0040")))));

  @Test
  void configuredEnterpriseGetsItsConfiguredRating() {
    var rating = bureau.rate("SME-001");

    assertThat(rating.grade()).isEqualTo("A");
    assertThat(rating.probabilityOfDefault()).isEqualByComparingTo("0.004");
    assertThat(rating.source()).isEqualTo(CreditBureauSimulator.SOURCE_CONFIGURED);
  }

  @Test
  void unknownEnterpriseGetsTheSameDerivedRatingEveryTimeAndInEveryInstance() {
    var first = bureau.rate("SME-777");
    var again = bureau.rate("SME-777");
    var elsewhere = new CreditBureauSimulator(new CreditProperties.Simulator(null, 0, null)).rate("SME-777");

    assertThat(first).isEqualTo(again).isEqualTo(elsewhere);
    assertThat(first.source()).isEqualTo(CreditBureauSimulator.SOURCE_DERIVED);
    assertThat(first.grade()).isIn(CreditBureauSimulator.DERIVED_GRADES);
    assertThat(first.probabilityOfDefault()).isEqualByComparingTo(CreditBureauSimulator.typicalPd(first.grade()));
  }

  @Test
  void derivedGradesAreAFixedFunctionOfTheIdAndSpreadOverTheScale() {
    // pinned: crc32 of the UTF-8 id, modulo the six derived grades
    assertThat(CreditBureauSimulator.derivedGrade("SME-777")).isEqualTo(CreditBureauSimulator.derivedGrade("SME-777"));
    var grades = java.util.stream.IntStream.range(0, 200)
        .mapToObj(i -> CreditBureauSimulator.derivedGrade("ENT-" + i)).distinct().toList();
    assertThat(grades).containsExactlyInAnyOrderElementsOf(CreditBureauSimulator.DERIVED_GRADES);
  }

  @Test
  void injectedFailuresMakeTheNextCallsUnavailableThenTheBureauAnswersAgain() {
    bureau.faults().failNext(2);

    assertThatThrownBy(() -> bureau.rate("SME-001")).isInstanceOf(PortUnavailableException.class);
    assertThatThrownBy(() -> bureau.rate("SME-001")).isInstanceOf(PortUnavailableException.class);
    assertThat(bureau.rate("SME-001").grade()).isEqualTo("A");
  }

  @Test
  void resetClearsPendingFailures() {
    bureau.faults().failNext(5);
    bureau.faults().reset();

    assertThat(bureau.rate("SME-001").grade()).isEqualTo("A");
  }

  @Test
  void configuredFailuresAndLatencyApplyFromTheStart() {
    var slowAndDown = new CreditBureauSimulator(new CreditProperties.Simulator(Duration.ofMillis(50), 1, null));

    assertThat(slowAndDown.faults().latency()).isEqualTo(Duration.ofMillis(50));
    assertThatThrownBy(() -> slowAndDown.rate("SME-001")).isInstanceOf(PortUnavailableException.class);
    assertThat(slowAndDown.rate("SME-001").source()).isEqualTo(CreditBureauSimulator.SOURCE_DERIVED);
  }
}
