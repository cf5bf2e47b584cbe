package com.scfengine.faults;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The build machine's MariaDB server (127.0.0.1:3306), stopped and started as an operator would: {@code mariadb-admin
 * shutdown}, then {@code start-stop-daemon --start --background --exec /usr/sbin/mariadbd}. Other commands through the
 * system properties {@code faults.mysql.stop} and {@code faults.mysql.start} (each split at spaces).
 */
final class MariaDbServer {

  private static final String STOP = System.getProperty("faults.mysql.stop",
      "mariadb-admin -h 127.0.0.1 -u root shutdown");
  private static final String START = System.getProperty("faults.mysql.start",
      "start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd");

  static void stop() throws Exception {
    run(STOP);
    await(false, Duration.ofSeconds(60));
  }

  static void start() throws Exception {
    run(START);
    await(true, Duration.ofSeconds(60));
  }

  private static void run(String command) throws Exception {
    Process process = new ProcessBuilder(List.of(command.split(" "))).redirectErrorStream(true).start();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("Still running after 60 s: " + command);
    }
    String output = new String(process.getInputStream().readAllBytes());
    if (process.exitValue() != 0) {
      throw new AssertionError("'" + command + "' failed (exit " + process.exitValue() + "): " + output);
    }
  }

  /** Waits until port 3306 accepts connections ({@code up}) or refuses them. */
  private static void await(boolean up, Duration timeout) throws InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (listening() == up) {
        if (up) {
          Thread.sleep(1000); // accepting is not yet serving
        }
        return;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("MariaDB did not " + (up ? "start" : "stop") + " within " + timeout);
  }

  private static boolean listening() {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", 3306), 500);
      return true;
    } catch (IOException refused) {
      return false;
    }
  }

  private MariaDbServer() {}
}
