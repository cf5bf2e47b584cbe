package com.scfengine.products.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an expression in a product's model may say. A model is data a product designer deploys, not code: its
 * expressions (conditions, task names, due dates, input parameters, timers) read process variables and combine them
 * with literals and operators, and name building blocks in {@code delegateExpression}s — nothing else. An expression
 * that calls a method, reaches an engine object ({@code execution}, {@code task}) or a bean's members, indexes with
 * brackets, or builds an object is refused at deployment, whichever door the model comes through.
 *
 * <p>Three reads the engine offers are allowed, because a model needs them and they run nothing else:
 * <ul>
 *   <li>{@code execution.getVariable('name')} — a variable that may not be set (a bare {@code name} fails then);</li>
 *   <li>{@code execution.processBusinessKey} — the application's id;</li>
 *   <li>{@code dateTime()} with {@code plusDays(n)}, {@code minusHours(n)}, … and {@code toDate()} — a due date
 *       relative to now, {@code n} a number or a variable.</li>
 * </ul>
 */
final class ModelExpressions {

  private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{(.*?)}", Pattern.DOTALL);
  private static final Pattern STRING = Pattern.compile("'(?:[^'\\\\]|\\\\.)*'|\"(?:[^\"\\\\]|\\\\.)*\"");
  private static final Pattern GET_VARIABLE =
      Pattern.compile("\\bexecution\\s*\\.\\s*getVariable\\s*\\(\\s*'[A-Za-z_][A-Za-z0-9_]*'\\s*\\)");
  private static final Pattern BUSINESS_KEY = Pattern.compile("\\bexecution\\s*\\.\\s*processBusinessKey\\b");
  private static final Pattern DATE_TIME = Pattern.compile("\\bdateTime\\s*\\(\\s*\\)"
      + "(?:\\s*\\.\\s*(?:plus|minus)(?:Years|Months|Weeks|Days|Hours|Minutes|Seconds)\\s*\\(\\s*[A-Za-z0-9_]+\\s*\\))*"
      + "\\s*\\.\\s*toDate\\s*\\(\\s*\\)");
  private static final Pattern NUMBER_DOT = Pattern.compile("\\d\\.\\d");
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  /** Names the engine resolves to its own objects rather than to variables. */
  private static final Set<String> ENGINE_OBJECTS = Set.of("execution", "task", "caseExecution", "variableScope",
      "authenticatedUserId", "processEngineServices", "processEngine", "connectors", "environment", "systemProperties",
      "systemEnvironment", "applicationContext");

  private ModelExpressions() {}

  /** Every expression in {@code text} ({@code ${…}} or {@code #{…}}). */
  static List<String> in(String text) {
    List<String> found = new ArrayList<>();
    if (text == null) {
      return found;
    }
    Matcher matcher = EXPRESSION.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group());
    }
    return found;
  }

  /** Why {@code expression} (one {@code ${…}}) may not be in a model, or empty when it may. */
  static Optional<String> refusal(String expression) {
    Matcher whole = EXPRESSION.matcher(expression);
    String body = whole.matches() ? whole.group(1) : expression;
    String plain = GET_VARIABLE.matcher(body).replaceAll("v");
    plain = STRING.matcher(plain).replaceAll("''");
    plain = BUSINESS_KEY.matcher(plain).replaceAll("v");
    plain = DATE_TIME.matcher(plain).replaceAll("v");
    plain = NUMBER_DOT.matcher(plain).replaceAll("0");
    if (plain.contains("(")) {
      return Optional.of("calls a method or function");
    }
    if (plain.contains("[")) {
      return Optional.of("indexes a value with [ ]");
    }
    if (plain.contains(".")) {
      return Optional.of("reads a member of an object");
    }
    if (plain.contains(";") || plain.contains("=") && plain.replaceAll("[=!<>]=", "").contains("=")) {
      return Optional.of("assigns a value");
    }
    Matcher identifiers = IDENTIFIER.matcher(plain);
    while (identifiers.find()) {
      if (ENGINE_OBJECTS.contains(identifiers.group())) {
        return Optional.of("reaches the engine's object '" + identifiers.group() + "'");
      }
    }
    return Optional.empty();
  }
}
