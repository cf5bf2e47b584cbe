package com.scfengine.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** docker-compose.yml stays the production shape: MySQL 8.4, two engine nodes, a load balancer. */
class ComposeFileTest {

  @SuppressWarnings("unchecked")
  private static Map<String, Object> services() throws IOException {
    try (Reader reader = Files.newBufferedReader(Path.of("docker-compose.yml"))) {
      Map<String, Object> compose = new Yaml().load(reader);
      return (Map<String, Object>) compose.get("services");
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> service(String name) throws IOException {
    return (Map<String, Object>) services().get(name);
  }

  @Test
  void mysqlIs84WithAVolumeAndReadCommitted() throws IOException {
    Map<String, Object> mysql = service("mysql");
    assertThat(mysql.get("image")).isEqualTo("mysql:8.4");
    assertThat((List<String>) mysql.get("volumes")).anyMatch(v -> v.startsWith("mysql-data:"));
    assertThat((List<String>) mysql.get("command")).contains("--transaction-isolation=READ-COMMITTED");
  }

  @Test
  @SuppressWarnings("unchecked")
  void twoIdenticalEngineNodesRunProdOnMysql() throws IOException {
    for (String node : List.of("engine-1", "engine-2")) {
      Map<String, Object> engine = service(node);
      assertThat(engine.get("build")).as(node).isEqualTo(".");
      Map<String, String> env = (Map<String, String>) engine.get("environment");
      assertThat(env.get("SPRING_PROFILES_ACTIVE")).as(node).isEqualTo("prod,mysql");
      assertThat(env.get("SCF_DB_HOST")).as(node).isEqualTo("mysql");
      assertThat(env).as(node).containsKeys("SCF_DB_USER", "SCF_DB_PASSWORD");
      // the production profile starts only with the operator's first administrator
      assertThat(env.get("CAMUNDA_BPM_ADMINUSER_ID")).as(node).startsWith("${SCF_ADMIN_USER:?");
      assertThat(env.get("CAMUNDA_BPM_ADMINUSER_PASSWORD")).as(node).startsWith("${SCF_ADMIN_PASSWORD:?");
      // the break-glass for a locked-out administrator reaches every node, empty unless the operator sets it
      assertThat(env.get("SCF_SECURITY_UNLOCK_AT_START")).as(node).isEqualTo("${SCF_SECURITY_UNLOCK_AT_START:-}");
      assertThat(engine).as(node).doesNotContainKey("ports");
    }
    assertThat(Files.readString(Path.of("Dockerfile"))).contains("FROM eclipse-temurin:17-jre");
  }

  @Test
  @SuppressWarnings("unchecked")
  void eachEngineNodeHasItsOwnStableId() throws IOException {
    // the job executor's lock owner: a node restarted under its id releases its own stale locks, never another's
    assertThat(((Map<String, String>) service("engine-1").get("environment")).get("SCF_NODE_ID")).isEqualTo("engine-1");
    assertThat(((Map<String, String>) service("engine-2").get("environment")).get("SCF_NODE_ID")).isEqualTo("engine-2");
  }

  @Test
  @SuppressWarnings("unchecked")
  void theLoadBalancerIsTheOnlyPublishedPortAndKnowsBothNodes() throws IOException {
    Map<String, Object> lb = service("load-balancer");
    assertThat((List<String>) lb.get("ports")).containsExactly("8080:80");
    String nginx = Files.readString(Path.of("deploy/nginx.conf"));
    assertThat(nginx).contains("server engine-1:8080").contains("server engine-2:8080");
  }
}
