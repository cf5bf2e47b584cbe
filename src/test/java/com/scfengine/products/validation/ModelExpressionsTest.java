package com.scfengine.products.validation;


import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What an expression in a model may say: variables, literals, operators and three reads — nothing that runs code. */
class ModelExpressionsTest {

  @ParameterizedTest
  @ValueSource(strings = {"${approved}", "${!recourse}", "${authority == 'STRAIGHT_THROUGH'}",
      "${requestedAmount > 50000 && ratingGrade != 'CCC'}", "${empty customsDeclaration ? 'none' : customsDeclaration}",
      "${execution.getVariable('decisionComment')}", "${execution.getVariable('customsDeclaration') == null}",
      "#{execution.processBusinessKey}", "${dateTime().plusDays(2).toDate()}",
      "${dateTime().plusHours(graceHours).minusMinutes(5).toDate()}", "${advanceRate * 0.5}", "${'a.b(c)'}"})
  void isAllowed(String expression) {
    assertThat(ModelExpressions.refusal(expression)).as(expression).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"${execution.getProcessEngineServices().getIdentityService()}",
      "${environment.getProperty('spring.datasource.password')}", "${''.getClass().forName('java.lang.Runtime')}",
      "${execution.getVariable(name)}", "${execution.setVariable('netAdvance', '1')}", "${pricing.eligible}",
      "${pricing['eligible']}", "${execution}", "${task}", "${authenticatedUserId}", "${dateTime().toString()}",
      "${someBean.run()}", "${x = 5}"})
  void isRefused(String expression) {
    assertThat(ModelExpressions.refusal(expression)).as(expression).isPresent();
  }
}
