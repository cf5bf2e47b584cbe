package com.scfengine.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The product as a separate operating-system process, started from the test's own classes and libraries — or, when
 * the system property {@code app.jar} names it, from the packaged jar with {@code java -jar} — on a port of its own — for what only a process can show: a {@code kill -9}, a profile's start refused, two engines on one
 * database. Its output goes to a file under {@code target/processes}, quoted when it fails to start.
 */
public final class AppProcess implements AutoCloseable {

  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private final Process process;
  private final int port;
  private final Path log;

  private AppProcess(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
  }

  /**
   * Starts the product with {@code args} (Spring Boot's {@code --name=value}) and the environment {@code env},
   * without waiting for it: {@link #awaitReady} or {@link #awaitExit} next.
   */
  public static AppProcess launch(String name, Map<String, String> env, List<String> args) {
    try {
      int port = freePort();
      Path dir = Files.createDirectories(Path.of("target", "processes"));
      Path log = dir.resolve(name + "-" + port + ".log");
      List<String> command = new ArrayList<>(List.of(
          Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-XX:+UseParallelGC"));
      String jar = System.getProperty("app.jar");
      if (jar != null && !jar.isBlank()) {
        if (!Files.isRegularFile(Path.of(jar))) {
          throw new AssertionError("No packaged product at " + jar + " (app.jar): run mvn package first");
        }
        command.addAll(List.of("-jar", Path.of(jar).toAbsolutePath().toString()));
      } else {
        command.addAll(List.of("-cp", classpath(), "com.scfengine.ScfEngineApplication"));
      }
      command.add("--server.port=" + port);
      // the product's own start: hot redeploy off (tests never deploy what someone edits in ./processes)
      command.add("--scf.models.watch=false");
      command.addAll(args);
      ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
      if (jar != null && !jar.isBlank()) {
        // the jar carries its models and configuration: the checkout's ./config and ./processes are not its to read
        builder.directory(dir.toAbsolutePath().toFile());
      }
      builder.environment().putAll(env);
      return new AppProcess(builder.start(), port, log);
    } catch (IOException e) {
      throw new AssertionError("Could not start the product as a process", e);
    }
  }

  /** Starts the product and waits until it answers. */
  public static AppProcess start(String name, Map<String, String> env, List<String> args) {
    AppProcess app = launch(name, env, args);
    app.awaitReady(Duration.ofSeconds(120));
    return app;
  }

  public int port() {
    return port;
  }

  public Api api() {
    return Api.on(port);
  }

  /** Waits until {@code /actuator/health} answers UP; fails with the end of the log if the process dies first. */
  public void awaitReady(Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new AssertionError("The product stopped while starting (exit " + process.exitValue() + "):\n" + tail());
      }
      try {
        HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + port + "/actuator/health")).timeout(Duration.ofSeconds(2)).build(),
            HttpResponse.BodyHandlers.ofString());
        if (health.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
      sleep(250);
    }
    throw new AssertionError("The product did not start within " + timeout + ":\n" + tail());
  }

  /** Waits for the process to end by itself; answers its exit code. */
  public int awaitExit(Duration timeout) {
    try {
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new AssertionError("The product was still running after " + timeout + ":\n" + tail());
      }
      return process.exitValue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** {@code kill -9}: the JVM ends at once, without shutdown hooks or a last write of anything. */
  public void kill() {
    process.destroyForcibly();
    try {
      process.waitFor(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Everything the process has printed. */
  public String output() {
    try {
      return Files.readString(log);
    } catch (IOException e) {
      return "(no output: " + e.getMessage() + ")";
    }
  }

  private String tail() {
    String out = output();
    return out.length() > 6000 ? out.substring(out.length() - 6000) : out;
  }

  /** A graceful stop (SIGTERM) if still running. */
  @Override
  public void close() {
    if (process.isAlive()) {
      process.destroy();
      try {
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        process.destroyForcibly();
      }
    }
  }

  /**
   * The arguments that put a process on a database of its own named {@code name}, new and empty: an H2 file under
   * {@code target/processes}, or under {@code mvn verify -Pmysql} a database of that name on the test's MySQL server
   * (with the demo data, as the embedded default has it).
   */
  public static List<String> freshDatabase(String name) {
    if ("mysql".equals(System.getProperty("test.db"))) {
      String url = System.getProperty("spring.datasource.url");
      String user = System.getProperty("spring.datasource.username");
      String password = System.getProperty("spring.datasource.password", "");
      try (Connection connection = DriverManager.getConnection(url, user, password);
          Statement ddl = connection.createStatement()) {
        ddl.execute("drop database if exists " + name);
        ddl.execute("create database " + name);
      } catch (SQLException e) {
        throw new AssertionError("Could not create database " + name + " for a product process", e);
      }
      String own = url.replaceFirst("(jdbc:mysql://[^/]+/)[^?]*", "$1" + name);
      return List.of("--spring.profiles.active=mysql", "--scf.demo.enabled=true", "--spring.datasource.url=" + own,
          "--spring.datasource.username=" + user, "--spring.datasource.password=" + password,
          "--spring.jpa.database-platform=" + System.getProperty("spring.jpa.database-platform"));
    }
    Path file = Path.of("target", "processes", name + "-" + System.nanoTime()).toAbsolutePath();
    return List.of("--SCF_H2_FILE=" + file); // the product's own H2 URL and settings, on this file
  }

  /**
   * The test's classpath (surefire starts tests from a jar whose manifest names it, and tells the whole of it in
   * {@code surefire.test.class.path}), without the working directory: there, {@code processes/} is the checkout's
   * folder of models, which the product must not find a second time on its classpath.
   */
  private static String classpath() {
    String surefire = System.getProperty("surefire.test.class.path");
    String all = surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    Path workingDirectory = Path.of("").toAbsolutePath().normalize();
    return java.util.Arrays.stream(all.split(java.io.File.pathSeparator))
        .filter(entry -> !entry.isBlank() && !Path.of(entry).toAbsolutePath().normalize().equals(workingDirectory))
        .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
