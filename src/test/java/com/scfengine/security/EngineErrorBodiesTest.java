package com.scfengine.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Error answers in Camunda's shape keep their shape and lose what only the engine's insides should see. Answers as
 * Camunda's REST API writes them (status, then headers with the length, then the body); through the running product
 * in {@code EngineDoorsTest}.
 */
class EngineErrorBodiesTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void aServerErrorSaysOnlyThatItFailedAndWhereTheLogHasIt() throws Exception {
    String sql = "{\"type\":\"ProcessEngineException\",\"message\":\"### Error updating database. Cause: "
        + "org.h2.jdbc.JdbcSQLDataException: Value too long for column NAME_ VARCHAR(255)\\n### SQL: insert into "
        + "ACT_RU_VARIABLE values (?)\",\"code\":0}";
    MockHttpServletResponse response = answer(500, sql);
    assertThat(response.getStatus()).isEqualTo(500);
    JsonNode body = JSON.readTree(response.getContentAsString());
    assertThat(body.path("type").asText()).isEqualTo("ServerError");
    assertThat(body.path("message").asText()).startsWith("The engine could not process the request")
        .containsPattern("reference [0-9a-f-]{36}");
    assertThat(body.path("code").asInt()).isZero();
    assertThat(response.getContentAsString()).doesNotContain("SQL", "ACT_", "org.h2", "Exception");
    assertThat(response.getContentLength()).isEqualTo(response.getContentAsByteArray().length);
  }

  @Test
  void aClientErrorKeepsItsMessageWithoutJavaPackages() throws Exception {
    String jackson = "{\"type\":\"InvalidRequestException\",\"message\":\"Cannot deserialize value of type "
        + "`java.util.HashMap<java.lang.String,org.camunda.bpm.engine.rest.dto.VariableValueDto>` from Array value\","
        + "\"code\":null}";
    JsonNode body = JSON.readTree(answer(400, jackson).getContentAsString());
    assertThat(body.path("type").asText()).isEqualTo("InvalidRequestException");
    assertThat(body.path("message").asText())
        .isEqualTo("Cannot deserialize value of type `HashMap<String,VariableValueDto>` from Array value");

    String trace = "{\"type\":\"RestException\",\"message\":\"failed\\n\\tat org.camunda.Foo.bar(Foo.java:1)\"}";
    JsonNode traced = JSON.readTree(answer(400, trace).getContentAsString());
    assertThat(traced.path("message").asText()).startsWith("The request is not valid").doesNotContain("Foo");
  }

  @Test
  void aSuccessfulAnswerPassesUntouched() throws Exception {
    String text = "[{\"id\":\"t1\",\"name\":\"SQL select from the org.camunda.bpm.Example queue\"}]";
    MockHttpServletResponse response = answer(200, text);
    assertThat(response.getContentAsString()).isEqualTo(text);
    assertThat(response.getContentLength()).isEqualTo(text.getBytes(StandardCharsets.UTF_8).length);
  }

  private static MockHttpServletResponse answer(int status, String body) throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();
    new EngineErrorBodies().doFilter(new MockHttpServletRequest("GET", "/engine-rest/task"), response,
        new MockFilterChain(new HttpServlet() {
          @Override
          protected void service(HttpServletRequest req, HttpServletResponse res) throws IOException {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            res.setStatus(status);
            res.setContentType("application/json");
            res.setContentLength(bytes.length);
            res.getOutputStream().write(bytes);
            res.flushBuffer();
          }
        }));
    return response;
  }
}
