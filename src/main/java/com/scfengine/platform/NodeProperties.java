package com.scfengine.platform;

import jakarta.validation.constraints.Size;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code scf.node.*}: this node's identity among the nodes sharing one database. {@code id} is the job executor's lock
 * owner (Camunda's {@code LOCK_OWNER_} on the jobs it runs): stable across restarts of the same installation, and
 * different for every node running at the same time. Unset, it is the host name and the server port
 * ({@code bank-host-3:8080}); in containers, whose host names change when they are made again, set it
 * ({@code SCF_NODE_ID}).
 */
@Validated
@ConfigurationProperties(prefix = "scf.node")
public record NodeProperties(@Size(max = 255) String id) {

  /** The configured id, or the host name and {@code port}. */
  public String idOr(int port) {
    return id != null && !id.isBlank() ? id.strip() : hostName() + ":" + port;
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
