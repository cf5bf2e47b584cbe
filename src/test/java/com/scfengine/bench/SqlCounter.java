package com.scfengine.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the product's SQL: statements executed (a batched row counts once per row), round trips (a batch
 * counts once) and commits. Unlike seconds, these counts do not change with other work on the machine, so
 * they show what a tuning step saved even on a busy box. Installed by the benchmark only, around the
 * application's DataSource bean; {@code -Dbench.count.sql=false} leaves the DataSource alone.
 */
final class SqlCounter implements BeanPostProcessor {

  private static final Set<String> EXECUTE = Set.of("execute", "executeQuery", "executeUpdate", "executeLargeUpdate");

  final LongAdder statements = new LongAdder();
  final LongAdder roundTrips = new LongAdder();
  final LongAdder commits = new LongAdder();
  /** Executions by SQL text, kept only with {@code -Dbench.sql.top=N} (a diagnosis, not a figure). */
  private final java.util.Map<String, LongAdder> bySql =
      Boolean.getBoolean("bench.sql.byText") || Integer.getInteger("bench.sql.top", 0) > 0
          ? new java.util.concurrent.ConcurrentHashMap<>() : null;

  /** The most executed statements since the last call, with their counts; empties the tally. */
  java.util.List<String> top(int n) {
    if (bySql == null) {
      return java.util.List.of();
    }
    var list = bySql.entrySet().stream().map(e -> java.util.Map.entry(e.getKey(), e.getValue().sumThenReset()))
        .filter(e -> e.getValue() > 0)
        .sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed()).limit(n)
        .map(e -> String.format("%8d  %s", e.getValue(), e.getKey())).toList();
    return list;
  }

  record Snapshot(long statements, long roundTrips, long commits) {
    Snapshot minus(Snapshot before) {
      return new Snapshot(statements - before.statements, roundTrips - before.roundTrips, commits - before.commits);
    }
  }

  Snapshot snapshot() {
    return new Snapshot(statements.sum(), roundTrips.sum(), commits.sum());
  }

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (bean instanceof DataSource dataSource && !Proxy.isProxyClass(bean.getClass())) {
      return proxy(DataSource.class, dataSource, (target, method, args) -> {
        Object result = invoke(target, method, args);
        return result instanceof Connection c ? connection(c) : result;
      });
    }
    return bean;
  }

  private Connection connection(Connection connection) {
    return proxy(Connection.class, connection, (target, method, args) -> {
      Object result = invoke(target, method, args);
      switch (method.getName()) {
        case "commit" -> commits.increment();
        case "prepareCall" -> result = statement(CallableStatement.class, (CallableStatement) result, (String) args[0]);
        case "prepareStatement" -> result = statement(PreparedStatement.class, (PreparedStatement) result, (String) args[0]);
        case "createStatement" -> result = statement(Statement.class, (Statement) result, null);
        default -> { }
      }
      return result;
    });
  }

  private <S extends Statement> S statement(Class<S> type, S statement, String prepared) {
    return proxy(type, statement, (target, method, args) -> {
      String name = method.getName();
      if (EXECUTE.contains(name)) {
        statements.increment();
        roundTrips.increment();
        tally(prepared != null ? prepared : args != null && args.length > 0 ? String.valueOf(args[0]) : "?");
      } else if (name.equals("addBatch")) {
        statements.increment();
        tally(prepared != null ? prepared : "batch");
      } else if (name.startsWith("executeBatch") || name.equals("executeLargeBatch")) {
        roundTrips.increment();
      }
      return invoke(target, method, args);
    });
  }

  private void tally(String sql) {
    if (bySql != null) {
      String key = sql.replaceAll("\\s+", " ").trim();
      key = key.length() > 140 ? key.substring(0, 140) : key;
      bySql.computeIfAbsent(key, k -> new LongAdder()).increment();
    }
  }

  @FunctionalInterface
  private interface Handler<T> {
    Object handle(T target, Method method, Object[] args) throws Throwable;
  }

  @SuppressWarnings("unchecked")
  private static <T> T proxy(Class<T> type, T target, Handler<T> handler) {
    InvocationHandler h = (proxy, method, args) -> {
      switch (method.getName()) {
        case "unwrap" -> {
          Class<?> wanted = (Class<?>) args[0];
          return wanted.isInstance(target) ? target : invoke(target, method, args);
        }
        case "isWrapperFor" -> {
          return ((Class<?>) args[0]).isInstance(target) || (Boolean) invoke(target, method, args);
        }
        case "equals" -> {
          return proxy == args[0];
        }
        case "hashCode" -> {
          return System.identityHashCode(proxy);
        }
        default -> {
          return handler.handle(target, method, args);
        }
      }
    };
    return (T) Proxy.newProxyInstance(SqlCounter.class.getClassLoader(), new Class<?>[] {type}, h);
  }

  private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
