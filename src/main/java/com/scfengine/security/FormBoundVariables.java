package com.scfengine.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * People change a process's variables only through the forms the model gives them, through every door into the
 * engine: Camunda's REST API ({@code /engine-rest}) and the webapps' own ({@code /camunda/api/engine/…}, which
 * Tasklist uses).
 * <ul>
 *   <li><b>Completing a task</b> ({@code complete}, {@code submit-form}, {@code resolve}) carries only the fields the
 *       task's form declares editable, with their types (a checkbox a boolean, a number a number, a select one of its
 *       options); a field the form shows read-only may come back only unchanged (Tasklist sends them). Anything else —
 *       an amount, a price, the authority, a limit the process computed — is refused: 400 naming each field, nothing
 *       changed.</li>
 *   <li><b>Starting a process</b> carries only its start form's editable fields, and no business key (the engine gives
 *       the application its id), no start instructions and no skipping of listeners or mappings. A process without a
 *       start form (a called process: {@code collection}, {@code credit-decision}, {@code document-checks}) starts
 *       only from the process that calls it: 403 to everyone at the doors.</li>
 *   <li><b>Task variables</b> are not written directly ({@code PUT/POST/DELETE …/task/{id}/variables…} and
 *       {@code localVariables}) but by administrators (403 to everyone else).</li>
 * </ul>
 * Runs after authentication (Spring Security for {@code /engine-rest}, the webapps' session for Tasklist), so the
 * engine knows who asks.
 */
class FormBoundVariables extends OncePerRequestFilter {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ENGINE = "(?:/engine-rest|/camunda/api/engine/engine/[^/]+)";
  private static final Pattern COMPLETE = Pattern.compile(ENGINE + "/task/([^/]+)/(complete|submit-form|resolve)");
  private static final Pattern TASK_VARIABLES = Pattern.compile(ENGINE + "/task/([^/]+)/(variables|localVariables)(/.*)?");
  private static final Pattern START = Pattern.compile(ENGINE
      + "/process-definition/(?:key/([^/]+)(?:/tenant-id/[^/]+)?|([^/]+))/(start|submit-form)");
  private static final int MAX_TEXT = 4000;
  private static final String WEBAPP_DOOR = "/camunda/api/engine/";
  private static final Pattern WEBAPP_ENGINE = Pattern.compile("/camunda/api/engine/engine/([^/]+)/");

  private final IdentityService identityService;
  private final TaskService taskService;
  private final FormService formService;
  private final RepositoryService repositoryService;

  FormBoundVariables(IdentityService identityService, TaskService taskService, FormService formService,
      RepositoryService repositoryService) {
    this.identityService = identityService;
    this.taskService = taskService;
    this.formService = formService;
    this.repositoryService = repositoryService;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String method = request.getMethod();
    if (path.startsWith(WEBAPP_DOOR) && webappUser(request) == null) {
      chain.doFilter(request, response); // not signed in to the webapps: their own filters answer
      return;
    }
    Matcher complete = COMPLETE.matcher(path);
    Matcher variables = TASK_VARIABLES.matcher(path);
    Matcher start = START.matcher(path);
    if (method.equals("POST") && complete.matches()) {
      byte[] body = request.getInputStream().readAllBytes();
      Refusal refusal = asSystem(() -> taskCompletion(complete.group(1), body));
      if (refuse(response, refusal, "Only the task's form fields may be submitted")) {
        return;
      }
      chain.doFilter(new Replayed(request, body), response);
    } else if (!method.equals("GET") && !method.equals("HEAD") && variables.matches() && !isAdministrator(request)) {
      refuse(response, new Refusal(403, List.of("variables: a task's variables change only through its form (complete"
          + " or submit-form)")), "Task variables are not written directly");
    } else if (method.equals("POST") && start.matches()) {
      byte[] body = request.getInputStream().readAllBytes();
      Refusal refusal = asSystem(() -> processStart(start.group(1), start.group(2), body));
      if (refuse(response, refusal, "This start is not allowed")) {
        return;
      }
      chain.doFilter(new Replayed(request, body), response);
    } else {
      chain.doFilter(request, response);
    }
  }

  /** Why a request is refused, with the status to answer; no errors: it may pass. */
  private record Refusal(int status, List<String> errors) {}

  // ------------------------------------------------------------------ task completion

  private Refusal taskCompletion(String taskId, byte[] body) {
    List<String> errors = new ArrayList<>();
    Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
    if (task == null) {
      return new Refusal(400, errors); // nothing to refuse: Camunda answers 404 itself
    }
    JsonNode request = read(body, errors);
    if (request == null) {
      return new Refusal(400, errors);
    }
    FormFields form = taskForm(taskId);
    JsonNode submitted = request.path("variables");
    for (Iterator<Map.Entry<String, JsonNode>> it = submitted.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> variable = it.next();
      check(form, variable.getKey(), variable.getValue(), () -> taskService.getVariable(taskId, variable.getKey()),
          "the form of task '" + task.getName() + "'", errors);
    }
    return new Refusal(400, errors);
  }

  private FormFields taskForm(String taskId) {
    try (InputStream form = formService.getDeployedTaskForm(taskId)) {
      return FormFields.of(JSON.readTree(form));
    } catch (RuntimeException | IOException noCamundaForm) {
      return FormFields.none();
    }
  }

  // ------------------------------------------------------------------ process start

  private Refusal processStart(String key, String id, byte[] body) {
    List<String> errors = new ArrayList<>();
    ProcessDefinition definition = key != null
        ? repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult()
        : repositoryService.createProcessDefinitionQuery().processDefinitionId(id).singleResult();
    if (definition == null) {
      return new Refusal(400, errors); // nothing to refuse: Camunda answers 404 itself
    }
    FormFields form;
    try (InputStream startForm = formService.getDeployedStartForm(definition.getId())) {
      form = FormFields.of(JSON.readTree(startForm));
    } catch (RuntimeException | IOException none) {
      errors.add("processDefinition: '" + definition.getKey() + "' starts only from the process that calls it, not on"
          + " its own");
      return new Refusal(403, errors);
    }
    JsonNode request = read(body, errors);
    if (request == null) {
      return new Refusal(400, errors);
    }
    for (String forbidden : List.of("businessKey", "startInstructions", "caseInstanceId")) {
      JsonNode given = request.path(forbidden);
      boolean empty = given.isMissingNode() || given.isNull() || given.isTextual() && given.asText().isBlank()
          || given.isArray() && given.isEmpty();
      if (!empty) {
        errors.add(forbidden + ": not allowed here; the engine gives the application its id and starts it at its"
            + " start event");
      }
    }
    for (String skip : List.of("skipCustomListeners", "skipIoMappings")) {
      if (request.path(skip).asBoolean(false)) {
        errors.add(skip + ": the model's listeners and mappings always run");
      }
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = request.path("variables").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> variable = it.next();
      check(form, variable.getKey(), variable.getValue(), () -> null, "the start form of '" + definition.getKey() + "'",
          errors);
    }
    return new Refusal(400, errors);
  }

  // ------------------------------------------------------------------ fields

  private static void check(FormFields form, String name, JsonNode submitted, java.util.function.Supplier<Object> current,
      String where, List<String> errors) {
    FormFields.Field field = form.fields().get(name);
    JsonNode value = submitted.path("value");
    if (field == null) {
      errors.add(name + ": is not a field of " + where);
      return;
    }
    if (!field.editable()) {
      if (!sameValue(current.get(), value)) {
        errors.add(name + ": is shown read-only on " + where + " and may not be changed");
      }
      return;
    }
    if (value.isNull() || value.isMissingNode()) {
      return;
    }
    switch (field.type()) {
      case "checkbox" -> {
        if (!value.isBoolean()) {
          errors.add(name + ": must be true or false");
        }
      }
      case "number" -> {
        if (!value.isNumber() && !(value.isTextual() && isNumber(value.asText()))) {
          errors.add(name + ": must be a number");
        }
      }
      case "checklist", "taglist" -> {
        if (!value.isArray() && !value.isTextual()) {
          errors.add(name + ": must be a list");
        }
      }
      default -> {
        if (!value.isTextual()) {
          errors.add(name + ": must be text");
        } else if (value.asText().length() > MAX_TEXT) {
          errors.add(name + ": must be at most " + MAX_TEXT + " characters");
        } else if (!field.options().isEmpty() && !field.options().contains(value.asText())) {
          errors.add(name + ": must be one of " + field.options());
        }
      }
    }
  }

  /** Whether a read-only field comes back as it was (or empty, as a form sends a field it has no value for). */
  private static boolean sameValue(Object current, JsonNode submitted) {
    if (submitted.isNull() || submitted.isMissingNode()) {
      return true;
    }
    if (current == null) {
      return submitted.isTextual() && submitted.asText().isEmpty();
    }
    String now = current instanceof java.util.Date date ? date.toInstant().toString() : current.toString();
    String sent = submitted.isTextual() ? submitted.asText() : submitted.toString();
    if (now.equals(sent)) {
      return true;
    }
    return isNumber(now) && isNumber(sent) && new BigDecimal(now).compareTo(new BigDecimal(sent)) == 0;
  }

  private static boolean isNumber(String text) {
    try {
      new BigDecimal(text);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static JsonNode read(byte[] body, List<String> errors) {
    if (body.length == 0) {
      return JSON.createObjectNode();
    }
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      errors.add("body: is not valid JSON");
      return null;
    }
  }

  // ------------------------------------------------------------------ plumbing

  /** The user signed in to the webapps (Tasklist, Cockpit) in this request's session, or null. */
  private static org.camunda.bpm.webapp.impl.security.auth.UserAuthentication webappUser(HttpServletRequest request) {
    Matcher engine = WEBAPP_ENGINE.matcher(request.getRequestURI().substring(request.getContextPath().length()));
    var session = request.getSession(false);
    if (!engine.lookingAt() || session == null) {
      return null;
    }
    var signedIn = org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil.getAuthsFromSession(session);
    var user = signedIn == null ? null : signedIn.getAuthenticationForProcessEngine(engine.group(1));
    return user instanceof org.camunda.bpm.webapp.impl.security.auth.UserAuthentication known ? known : null;
  }

  /** An administrator signed in to the webapps, or (at /engine-rest) handed to the engine with his groups. */
  private boolean isAdministrator(HttpServletRequest request) {
    var webapp = webappUser(request);
    if (webapp != null) {
      return webapp.getGroupIds() != null && webapp.getGroupIds().contains(Roles.ADMIN);
    }
    var engine = identityService.getCurrentAuthentication();
    return engine != null && engine.getGroupIds() != null && engine.getGroupIds().contains(Roles.ADMIN);
  }

  /** Reads what the rule needs without the user's authorisations (the user's own request then meets them). */
  private <T> T asSystem(java.util.function.Supplier<T> work) {
    var who = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return work.get();
    } finally {
      if (who != null) {
        identityService.setAuthentication(who);
      }
    }
  }

  private static boolean refuse(HttpServletResponse response, Refusal refusal, String title) throws IOException {
    List<String> errors = refusal.errors();
    int status = refusal.status();
    if (errors.isEmpty()) {
      return false;
    }
    var problem = JSON.createObjectNode();
    problem.put("type", "about:blank");
    problem.put("title", title);
    problem.put("status", status);
    problem.put("detail", String.join("; ", errors));
    var list = problem.putArray("errors");
    for (String error : errors) {
      int colon = Math.max(error.indexOf(':'), 0);
      list.addObject().put("field", error.substring(0, colon)).put("message", error.substring(colon).replaceFirst("^:", "")
          .trim());
    }
    response.setStatus(status);
    response.setContentType("application/problem+json");
    response.getOutputStream().write(JSON.writeValueAsBytes(problem));
    return true;
  }

  /** The request with its body read once here and offered again to Camunda. */
  private static final class Replayed extends HttpServletRequestWrapper {
    private final byte[] body;

    Replayed(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override public int read() { return in.read(); }
        @Override public int read(byte[] b, int off, int len) { return in.read(b, off, len); }
        @Override public boolean isFinished() { return in.available() == 0; }
        @Override public boolean isReady() { return true; }
        @Override public void setReadListener(ReadListener listener) { throw new UnsupportedOperationException(); }
      };
    }

    @Override
    public java.io.BufferedReader getReader() {
      return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
    }
  }
}
