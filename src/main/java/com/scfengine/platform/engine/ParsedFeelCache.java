package com.scfengine.platform.engine;

import camundajar.impl.scala.collection.immutable.Map;
import camundajar.impl.scala.util.Either;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.FeelEngineFactory;
import org.camunda.bpm.dmn.feel.impl.scala.ContextVariableWrapper;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.function.FeelCustomFunctionProvider;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.feel.context.CustomContext;
import org.camunda.feel.context.VariableProvider;
import org.camunda.feel.syntaxtree.ParsedExpression;
import org.springframework.stereotype.Component;

/**
 * The DMN engine's FEEL, parsing each expression once. Camunda's {@link ScalaFeelEngine} parses the text
 * of every input expression, input entry and output entry each time a decision table is evaluated: for an application
 * that evaluates two tables, about a tenth of its CPU when it goes straight through. This engine is
 * the same FEEL (same functions, value mappers and errors) and keeps the parsed form of each text: a decision table
 * is immutable once deployed, so the texts are few and always the same. The cache stops growing at
 * {@value #MAX_ENTRIES} texts per kind (a safety bound; deployed tables hold far fewer) and then parses as Camunda does.
 */
@Component
class ParsedFeelCache extends AbstractProcessEnginePlugin {

  static final int MAX_ENTRIES = 10_000;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.isDmnFeelEnableLegacyBehavior()) {
      return; // the legacy (JUEL-based) FEEL caches by itself
    }
    DefaultDmnEngineConfiguration dmn = configuration.getDmnEngineConfiguration();
    if (dmn == null) {
      dmn = (DefaultDmnEngineConfiguration) DefaultDmnEngineConfiguration.createDefaultDmnEngineConfiguration();
      configuration.setDmnEngineConfiguration(dmn);
    }
    if (dmn.getFeelEngineFactory() == null) {
      DefaultDmnEngineConfiguration settings = dmn;
      // function providers are known only when the engine builds its DMN engine: read them then
      dmn.setFeelEngineFactory(new Factory(() -> settings.getFeelCustomFunctionProviders()));
    }
  }

  record Factory(java.util.function.Supplier<List<FeelCustomFunctionProvider>> functionProviders)
      implements FeelEngineFactory {
    @Override
    public FeelEngine createInstance() {
      return new CachingFeelEngine(functionProviders.get());
    }
  }

  /** Camunda's FEEL engine with the parsed form of every text kept. */
  static final class CachingFeelEngine extends ScalaFeelEngine {

    private final ConcurrentHashMap<String, ParsedExpression> expressions = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, ParsedExpression> unaryTests = new ConcurrentHashMap<>();

    CachingFeelEngine(List<FeelCustomFunctionProvider> functionProviders) {
      super(functionProviders);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T evaluateSimpleExpression(String expression, VariableContext variables) {
      ParsedExpression parsed = parsed(expressions, expression, feelEngine::parseExpression);
      return (T) valueOf(feelEngine.eval(parsed, new CustomContext() {
        @Override
        public VariableProvider variableProvider() {
          return new ContextVariableWrapper(variables);
        }
      }));
    }

    @Override
    public boolean evaluateSimpleUnaryTests(String expression, String inputVariable, VariableContext variables) {
      ParsedExpression parsed = parsed(unaryTests, expression, feelEngine::parseUnaryTests);
      // as Camunda does: the FEEL engine finds the value tested under the name this special variable holds
      VariableProvider input = new VariableProvider.StaticVariableProvider(
          new Map.Map1<String, Object>(INPUT_VARIABLE_NAME, inputVariable));
      Object result = valueOf(feelEngine.eval(parsed, new CustomContext() {
        @Override
        public VariableProvider variableProvider() {
          return new VariableProvider.CompositeVariableProvider(
              toScalaList(input, new ContextVariableWrapper(variables)));
        }
      }));
      return Boolean.TRUE.equals(result);
    }

    private ParsedExpression parsed(ConcurrentHashMap<String, ParsedExpression> cache, String text,
        Function<String, Either<org.camunda.feel.FeelEngine.Failure, ParsedExpression>> parser) {
      ParsedExpression known = cache.get(text);
      if (known != null) {
        return known;
      }
      ParsedExpression parsed = (ParsedExpression) valueOf(parser.apply(text));
      if (cache.size() < MAX_ENTRIES) {
        cache.putIfAbsent(text, parsed);
      }
      return parsed;
    }

    private static Object valueOf(Either<org.camunda.feel.FeelEngine.Failure, ?> result) {
      if (result.isRight()) {
        return result.toOption().get();
      }
      throw LOGGER.evaluationException(result.swap().toOption().get().message());
    }
  }
}
