package com.scfengine.platform;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Size;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code scf.node.*}: this node's identity among the nodes sharing one database. {@code id} is the job executor's lock
 * owner (Camunda's {@code LOCK_OWNER_} on the jobs it runs): stable across restarts of the same installation, and
 * different for every node running at the same time. Unset, it is the host name and the server port
 * ({@code bank-host-3:8080}); in containers, whose host names change when they are made again, set it
 * ({@code SCF_NODE_ID}).
 *
 * <p>Every {@code heartbeat} the node records that it is alive; a node not seen for {@code presumedDeadAfter} is
 * presumed dead by the others, which release its job locks so that its work goes on at once.
 */
@Validated
@ConfigurationProperties(prefix = "scf.node")
public record NodeProperties(
    @Size(max = 255) String id,
    @DefaultValue("5s") Duration heartbeat,
    @DefaultValue("30s") Duration presumedDeadAfter) {

  /** The configured id, or the host name and {@code port}. */
  public String idOr(int port) {
    return id != null && !id.isBlank() ? id.strip() : hostName() + ":" + port;
  }

  /** A live node misses a beat or two (a pause, a slow commit) before the others take over its jobs. */
  @AssertTrue(message = "scf.node.presumed-dead-after must be at least three heartbeats, and the heartbeat at least 1s")
  public boolean isPresumedDeadAfterSeveralHeartbeats() {
    return heartbeat.compareTo(Duration.ofSeconds(1)) >= 0
        && presumedDeadAfter.compareTo(heartbeat.multipliedBy(3)) >= 0;
  }

  private static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      String fromEnvironment = System.getenv("HOSTNAME");
      return fromEnvironment != null && !fromEnvironment.isBlank() ? fromEnvironment : "localhost";
    }
  }
}
