package com.scfengine.observability;

import com.scfengine.common.AdapterPort;
import com.scfengine.common.PortRequestRejectedException;
import com.scfengine.common.PortUnavailableException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.aop.framework.Advised;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.util.ClassUtils;

/**
 * Times every call through a port to an outside system ({@link AdapterPort}) — whichever adapter serves it, the
 * simulator or the HTTP client with its retries — as {@code scf.adapter.calls{port, operation, outcome}}: outcome
 * {@code success}, {@code unavailable} (the system could not be reached or gave no usable answer, retries included),
 * {@code rejected} (it refused the request) or {@code error}. A business answer ("not authentic", "possible match")
 * is a success. The adapter bean is wrapped in a class proxy, so it is still injected by its own type; methods that
 * are not the port's pass through untimed.
 */
class AdapterPortTimers implements BeanPostProcessor {

  static final String CALLS = "scf.adapter.calls";

  /** Looked up at the first call: a post-processor that asked for the registry at once would create it too early. */
  private final ObjectProvider<MeterRegistry> registry;

  AdapterPortTimers(ObjectProvider<MeterRegistry> registry) {
    this.registry = registry;
  }

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    Class<?> target = AopUtils.getTargetClass(bean);
    Class<?> port = ClassUtils.getAllInterfacesForClassAsSet(target).stream()
        .filter(type -> type.isAnnotationPresent(AdapterPort.class)).findFirst().orElse(null);
    if (port == null) {
      return bean;
    }
    var timing = new Timing(port.getAnnotation(AdapterPort.class).value(), port, registry);
    if (bean instanceof Advised advised && !advised.isFrozen()) {
      advised.addAdvice(0, timing);
      return bean;
    }
    ProxyFactory proxy = new ProxyFactory(bean);
    proxy.setProxyTargetClass(true);
    proxy.addAdvice(timing);
    return proxy.getProxy(target.getClassLoader());
  }

  private static final class Timing implements MethodInterceptor {

    private final String port;
    private final Set<String> operations;
    private final ObjectProvider<MeterRegistry> registry;
    private final ConcurrentMap<String, Timer> timers = new ConcurrentHashMap<>();

    Timing(String port, Class<?> portInterface, ObjectProvider<MeterRegistry> registry) {
      this.port = port;
      this.operations = Arrays.stream(portInterface.getMethods()).map(Timing::signature).collect(Collectors.toSet());
      this.registry = registry;
    }

    @Override
    public Object invoke(MethodInvocation call) throws Throwable {
      Method method = call.getMethod();
      if (!operations.contains(signature(method))) {
        return call.proceed();
      }
      long start = System.nanoTime();
      String outcome = "success";
      try {
        return call.proceed();
      } catch (PortUnavailableException e) {
        outcome = "unavailable";
        throw e;
      } catch (PortRequestRejectedException e) {
        outcome = "rejected";
        throw e;
      } catch (Throwable e) {
        outcome = "error";
        throw e;
      } finally {
        record(method.getName(), outcome, System.nanoTime() - start);
      }
    }

    private void record(String operation, String outcome, long nanos) {
      MeterRegistry meters = registry.getIfAvailable();
      if (meters == null) {
        return;
      }
      timers.computeIfAbsent(operation + ' ' + outcome, key -> Timer.builder(CALLS)
              .description("Calls through a port to an outside system, by outcome")
              .tag("port", port).tag("operation", operation).tag("outcome", outcome)
              .register(meters))
          .record(nanos, TimeUnit.NANOSECONDS);
    }

    private static String signature(Method method) {
      return method.getName() + Arrays.toString(method.getParameterTypes());
    }
  }
}
