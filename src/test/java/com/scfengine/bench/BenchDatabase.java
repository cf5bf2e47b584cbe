package com.scfengine.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A fresh database for every run, configured the way the product configures itself: the H2 URL of
 * {@code config/application.yaml} (its file moved with {@code SCF_H2_FILE}) or the {@code mysql} profile of
 * {@code config/application-mysql.yaml} (its database named with {@code SCF_DB_NAME}), so every tuning in
 * those files is what is measured.
 */
final class BenchDatabase {

  private final List<String> springArguments;
  private final String description;

  private BenchDatabase(List<String> springArguments, String description) {
    this.springArguments = springArguments;
    this.description = description;
  }

  List<String> springArguments() {
    return springArguments;
  }

  String description() {
    return description;
  }

  static BenchDatabase prepare(BenchSettings settings) throws IOException, SQLException {
    return settings.db().equals("mysql") ? mysql(settings) : h2(settings);
  }

  private static BenchDatabase h2(BenchSettings settings) throws IOException {
    Path dir = settings.dir();
    Files.createDirectories(dir);
    try (Stream<Path> old = Files.list(dir)) {
      for (Path file : old.filter(f -> f.getFileName().toString().startsWith("scf-bench.")).toList()) {
        Files.delete(file);
      }
    }
    List<String> args = new ArrayList<>();
    // bench.h2.options (e.g. ";QUERY_CACHE_SIZE=64") tries H2 settings before they go into the configured URL
    args.add("--SCF_H2_FILE=" + dir.resolve("scf-bench") + System.getProperty("bench.h2.options", ""));
    return new BenchDatabase(args, "H2 file " + dir.resolve("scf-bench.mv.db"));
  }

  private static BenchDatabase mysql(BenchSettings settings) throws SQLException {
    String server = "jdbc:mysql://" + settings.mysqlHost() + ":" + settings.mysqlPort()
        + "/?useSSL=false&allowPublicKeyRetrieval=true";
    String version;
    try (Connection connection = DriverManager.getConnection(server, settings.mysqlUser(), settings.mysqlPassword());
        Statement sql = connection.createStatement()) {
      version = connection.getMetaData().getDatabaseProductVersion();
      sql.execute("drop database if exists " + settings.mysqlDatabase());
      sql.execute("create database " + settings.mysqlDatabase());
    }
    boolean mariaDb = version.toLowerCase().contains("mariadb");
    List<String> args = new ArrayList<>();
    args.add("--spring.profiles.active=mysql");
    args.add("--SCF_DB_HOST=" + settings.mysqlHost());
    args.add("--SCF_DB_PORT=" + settings.mysqlPort());
    args.add("--SCF_DB_NAME=" + settings.mysqlDatabase());
    args.add("--SCF_DB_USER=" + settings.mysqlUser());
    args.add("--SCF_DB_PASSWORD=" + settings.mysqlPassword());
    // pitfall 4: MariaDB answers Connector/J as "MySQL 5.5"; name the dialect of the server really there
    args.add("--SCF_HIBERNATE_DIALECT=org.hibernate.dialect." + (mariaDb ? "MariaDBDialect" : "MySQLDialect"));
    // the demo users (rm, analyst) submit and set limits in the benchmark
    args.add("--scf.demo.enabled=true");
    return new BenchDatabase(args, (mariaDb ? "MariaDB " : "MySQL ") + version + " database "
        + settings.mysqlDatabase() + " at " + settings.mysqlHost() + ":" + settings.mysqlPort());
  }
}
