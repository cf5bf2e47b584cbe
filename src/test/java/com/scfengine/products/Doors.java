package com.scfengine.products;

import com.scfengine.support.Api;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

/** The two ways a bundle is deployed: the product API, and Camunda Modeler's Deploy button. */
final class Doors {

  private Doors() {}

  /** {@code POST /api/products}: one part named {@code file} per file. */
  static Api.Response productApi(Api api, Bundle bundle) {
    Multipart body = new Multipart();
    bundle.files().forEach((name, text) -> body.file("file", name, text));
    return api.send(body.post(api.request("/api/products")));
  }

  /** {@code POST /engine-rest/deployment/create} as Camunda Modeler sends it: a part per file, named by the file. */
  static Api.Response modeler(Api api, Bundle bundle, String deploymentName) {
    Multipart body = new Multipart();
    body.field("deployment-name", deploymentName);
    body.field("deployment-source", "Camunda Modeler");
    body.field("deploy-changed-only", "true");
    bundle.files().forEach((name, text) -> body.file(name, name, text));
    return api.send(body.post(api.request("/engine-rest/deployment/create")));
  }

  /** multipart/form-data, written by hand: the JDK's HTTP client has no builder for it. */
  static final class Multipart {
    private final String boundary = "----scf" + UUID.randomUUID().toString().replace("-", "");
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    Multipart field(String name, String value) {
      part(Map.of("Content-Disposition", "form-data; name=\"" + name + "\""), value);
      return this;
    }

    Multipart file(String name, String fileName, String content) {
      part(Map.of("Content-Disposition", "form-data; name=\"" + name + "\"; filename=\"" + fileName + "\"",
          "Content-Type", "application/octet-stream"), content);
      return this;
    }

    private void part(Map<String, String> headers, String content) {
      StringBuilder head = new StringBuilder("--").append(boundary).append("\r\n");
      headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
      head.append("\r\n");
      bytes.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
      bytes.writeBytes(content.getBytes(StandardCharsets.UTF_8));
      bytes.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }

    HttpRequest.Builder post(HttpRequest.Builder request) {
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      all.writeBytes(bytes.toByteArray());
      all.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
      return request.header("Content-Type", "multipart/form-data; boundary=" + boundary)
          .POST(HttpRequest.BodyPublishers.ofByteArray(all.toByteArray()));
    }
  }
}
