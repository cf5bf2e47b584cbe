package com.scfengine.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.FeelException;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;

/** The FEEL engine that parses each text once decides exactly as Camunda's, every time. */
class ParsedFeelCacheTest {

  private final DmnEngine camunda = new DefaultDmnEngineConfiguration().buildEngine();
  private final DmnEngine cached = engineWithCache();

  @Test
  void theFactoringTablesDecideAsCamundaDoesOnEveryEvaluation() throws Exception {
    DmnDecision authorityCamunda = decision(camunda, "processes/common/credit-authority.dmn");
    DmnDecision authorityCached = decision(cached, "processes/common/credit-authority.dmn");
    DmnDecision pricingCamunda = decision(camunda, "processes/factoring/factoring-pricing.dmn");
    DmnDecision pricingCached = decision(cached, "processes/factoring/factoring-pricing.dmn");

    for (int round = 0; round < 3; round++) { // the first round parses, the next ones use what was kept
      for (String grade : List.of("AAA", "AA", "A", "BBB", "BB", "B", "CCC", "D")) {
        for (String amount : List.of("1000.00", "50000.00", "50000.01", "500000.00", "900000.00")) {
          Map<String, Object> in = Map.of("requestedAmount", amount, "ratingGrade", grade);
          assertThat(cached.evaluateDecisionTable(authorityCached, in).getResultList())
              .isEqualTo(camunda.evaluateDecisionTable(authorityCamunda, in).getResultList());
        }
        for (int tenor : List.of(30, 120, 121, 180, 181)) {
          for (String currency : List.of("USD", "CNY", "JPY")) {
            Map<String, Object> in = Map.of("ratingGrade", grade, "tenorDays", tenor, "currency", currency);
            assertThat(cached.evaluateDecisionTable(pricingCached, in).getResultList())
                .isEqualTo(camunda.evaluateDecisionTable(pricingCamunda, in).getResultList());
          }
        }
      }
    }
    Map<String, Object> strong = Map.of("ratingGrade", "A", "tenorDays", 60, "currency", "USD");
    assertThat(cached.evaluateDecisionTable(pricingCached, strong).getSingleResult().getEntryMap())
        .containsEntry("eligible", true).containsEntry("advanceRate", "0.85");
  }

  /**
   * One FEEL engine serves every job and request thread, and FEEL 1.19.4 and later share its root context (the
   * built-in functions) between evaluations: threads deciding at once, some of them failing, get each their own
   * answer — the one Camunda's engine gives alone.
   */
  @Test
  void threadsDecidingAtOnceGetTheirOwnAnswers() throws Exception {
    // the FEEL engine the cached DMN engine evaluates its tables with
    FeelEngine feel = ((DefaultDmnEngineConfiguration) cached.getConfiguration()).getFeelEngine();
    DmnDecision pricingCamunda = decision(camunda, "processes/factoring/factoring-pricing.dmn");
    DmnDecision pricingCached = decision(cached, "processes/factoring/factoring-pricing.dmn");
    List<Map<String, Object>> inputs = List.of(
        Map.of("ratingGrade", "A", "tenorDays", 60, "currency", "USD"),
        Map.of("ratingGrade", "BBB", "tenorDays", 150, "currency", "CNY"),
        Map.of("ratingGrade", "CCC", "tenorDays", 90, "currency", "USD"),
        Map.of("ratingGrade", "AA", "tenorDays", 181, "currency", "JPY"));
    List<List<Map<String, Object>>> expected = inputs.stream()
        .map(in -> camunda.evaluateDecisionTable(pricingCamunda, in).getResultList()).toList();
    var five = Variables.createVariables().putValue("x", 5).asVariableContext();

    ExecutorService threads = Executors.newFixedThreadPool(inputs.size() + 1);
    try {
      List<Callable<Integer>> work = new ArrayList<>();
      for (int t = 0; t < inputs.size(); t++) {
        int mine = t;
        work.add(() -> {
          int agreed = 0;
          for (int i = 0; i < 300; i++) {
            int which = (mine + i) % inputs.size();
            if (cached.evaluateDecisionTable(pricingCached, inputs.get(which)).getResultList()
                .equals(expected.get(which))) {
              agreed++;
            }
          }
          return agreed;
        });
      }
      work.add(() -> { // evaluations that fail (FEEL's assert) between ones that pass, on the same engine
        int right = 0;
        for (int i = 0; i < 300; i++) {
          if (i % 2 == 0) {
            try {
              feel.evaluateSimpleExpression("assert(x, x < 3)", five);
            } catch (FeelException expectedFailure) {
              right++;
            }
          } else if (Long.valueOf(5).equals(feel.evaluateSimpleExpression("assert(x, x > 3)", five))) {
            right++;
          }
        }
        return right;
      });
      for (Future<Integer> done : threads.invokeAll(work)) {
        assertThat(done.get()).isEqualTo(300);
      }
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void aBrokenExpressionFailsAsInCamundaEachTime() {
    ParsedFeelCache.CachingFeelEngine feel = new ParsedFeelCache.CachingFeelEngine(List.of());
    var context = Variables.createVariables().putValue("x", 5).asVariableContext();
    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(() -> feel.evaluateSimpleUnaryTests("> > 3", "x", context)).isInstanceOf(FeelException.class);
      assertThatThrownBy(() -> feel.evaluateSimpleExpression("x +", context)).isInstanceOf(FeelException.class);
    }
    assertThat(feel.evaluateSimpleUnaryTests("> 3", "x", context)).isTrue();
    assertThat(feel.evaluateSimpleUnaryTests("> 3", "x", Variables.createVariables().putValue("x", 2)
        .asVariableContext())).isFalse();
    assertThat((Object) feel.evaluateSimpleExpression("x * 2", context)).isEqualTo(10L);
  }

  private static DmnEngine engineWithCache() {
    DefaultDmnEngineConfiguration configuration = new DefaultDmnEngineConfiguration();
    configuration.setFeelEngineFactory(new ParsedFeelCache.Factory(List::of));
    DmnEngine engine = configuration.buildEngine();
    assertThat(configuration.getFeelEngine()).isInstanceOf(ParsedFeelCache.CachingFeelEngine.class);
    return engine;
  }

  private static DmnDecision decision(DmnEngine engine, String file) throws Exception {
    try (InputStream xml = Files.newInputStream(Path.of(file))) {
      return engine.parseDecisions(xml).get(0);
    }
  }
}
