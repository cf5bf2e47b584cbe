package com.scfengine.products.validation;

import com.scfengine.products.blocks.BuildingBlockCatalogue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.springframework.stereotype.Component;
import org.xml.sax.SAXParseException;

/**
 * The rules every deployment must pass before anything of it is deployed, whichever door it comes through
 * (the product API, Camunda Modeler's Deploy, the engine's own auto-deployment, hot redeploy): each model
 * parses, runs no code of its own (no script, no expression beyond variables, literals and operators:
 * {@link NoCodeInModels}), BPMN has complete diagram information, delegates are building blocks, form, decision and called
 * process references resolve to the deployment or to what is deployed, every process and decision has a
 * history time-to-live and every executable process a name. Returns every problem, not just the first.
 */
@Component
public class BundleValidator {

  private final BuildingBlockCatalogue blocks;
  private final ObjectMapper json = new ObjectMapper();

  public BundleValidator(BuildingBlockCatalogue blocks) {
    this.blocks = blocks;
  }

  /**
   * @param resources the files of one deployment
   * @param deployed what the engine already holds
   * @param productRequired the deployment came through the product API: it must define exactly one product
   */
  public List<ModelProblem> validate(List<BundleResource> resources, DeployedDefinitions deployed,
      boolean productRequired) {
    List<ModelProblem> problems = new ArrayList<>();
    Bundle bundle = parse(resources, problems);
    resources.stream().filter(r -> r.isBpmn() || r.isDmn()).forEach(r -> NoCodeInModels.check(r, problems));
    bundle.bpmn.forEach((resource, model) ->
        new BpmnChecks(resource, model, bundle.contents(), deployed, blocks, problems).run());
    bundle.dmn.forEach((resource, model) -> checkDecisions(resource, model, problems));
    if (productRequired) {
      checkOneProduct(resources, bundle, problems);
    }
    return problems;
  }

  // ------------------------------------------------------------------ parsing

  private record Bundle(Map<String, BpmnModelInstance> bpmn, Map<String, DmnModelInstance> dmn,
      BundleContents contents) {}

  private Bundle parse(List<BundleResource> resources, List<ModelProblem> problems) {
    Map<String, BpmnModelInstance> bpmn = new LinkedHashMap<>();
    Map<String, DmnModelInstance> dmn = new LinkedHashMap<>();
    BundleContents contents = new BundleContents();
    for (BundleResource resource : resources) {
      if (resource.isBpmn()) {
        parseBpmn(resource, problems, contents).ifPresent(model -> bpmn.put(resource.name(), model));
      } else if (resource.isDmn()) {
        parseDmn(resource, problems, contents).ifPresent(model -> dmn.put(resource.name(), model));
      } else if (resource.isForm()) {
        parseForm(resource, problems, contents);
      }
    }
    return new Bundle(bpmn, dmn, contents);
  }

  private Optional<BpmnModelInstance> parseBpmn(BundleResource resource, List<ModelProblem> problems,
      BundleContents contents) {
    try {
      BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(resource.content()));
      for (Process process : model.getModelElementsByType(Process.class)) {
        if (process.isExecutable() && !contents.addProcess(process.getId(), resource.name())) {
          problems.add(ModelProblem.of(resource.name(), process.getId(), "process id '" + process.getId()
              + "' is used twice in this deployment"));
        }
      }
      return Optional.of(model);
    } catch (RuntimeException e) {
      problems.add(unparseable(resource, "a BPMN 2.0 model", e));
      return Optional.empty();
    }
  }

  private Optional<DmnModelInstance> parseDmn(BundleResource resource, List<ModelProblem> problems,
      BundleContents contents) {
    try {
      DmnModelInstance model = Dmn.readModelFromStream(new ByteArrayInputStream(resource.content()));
      for (Decision decision : model.getModelElementsByType(Decision.class)) {
        if (!contents.addDecision(decision.getId(), resource.name())) {
          problems.add(ModelProblem.of(resource.name(), decision.getId(), "decision id '" + decision.getId()
              + "' is used twice in this deployment"));
        }
      }
      return Optional.of(model);
    } catch (RuntimeException e) {
      problems.add(unparseable(resource, "a DMN 1.3 model", e));
      return Optional.empty();
    }
  }

  /** A Camunda form is JSON with an id (what {@code camunda:formRef} names) and a list of components. */
  private void parseForm(BundleResource resource, List<ModelProblem> problems, BundleContents contents) {
    JsonNode form;
    try {
      form = json.readTree(resource.content());
    } catch (JsonProcessingException e) {
      var at = e.getLocation();
      problems.add(new ModelProblem(resource.name(), null, "is not a Camunda form: not valid JSON ("
          + e.getOriginalMessage() + ")", at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr()));
      return;
    } catch (IOException e) {
      problems.add(ModelProblem.of(resource.name(), null, "cannot be read: " + e.getMessage()));
      return;
    }
    String id = form == null ? "" : form.path("id").asText("");
    if (form == null || !form.isObject() || id.isBlank()) {
      problems.add(ModelProblem.of(resource.name(), null, "is not a Camunda form: it needs a text \"id\" (what "
          + "camunda:formRef names)"));
      return;
    }
    if (!form.path("components").isArray()) {
      problems.add(ModelProblem.of(resource.name(), id, "is not a Camunda form: it needs a \"components\" list"));
    }
    if (!contents.addForm(id, resource.name())) {
      problems.add(ModelProblem.of(resource.name(), id, "form id '" + id + "' is used twice in this deployment"));
    }
  }

  private static final Pattern LINE = Pattern.compile("Line=(\\d+)");

  /** Where the XML parser says the document breaks: a SAXParseException in the causes, or its "Line=" text. */
  private static ModelProblem unparseable(BundleResource resource, String what, RuntimeException e) {
    Throwable root = e;
    int line = 0;
    int column = 0;
    for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      root = cause;
      if (cause instanceof SAXParseException sax && line <= 0) {
        line = sax.getLineNumber();
        column = sax.getColumnNumber();
      }
    }
    Matcher at = LINE.matcher(String.valueOf(e.getMessage()) + " " + root.getMessage());
    if (line <= 0 && at.find()) {
      line = Integer.parseInt(at.group(1));
    }
    String where = line > 0 ? " at line " + line + (column > 0 ? ", column " + column : "") : "";
    return new ModelProblem(resource.name(), null, "does not parse as " + what + where + ": " + root.getMessage(),
        Math.max(line, 0), Math.max(column, 0));
  }

  // ------------------------------------------------------------------ DMN and products

  private static void checkDecisions(String resource, DmnModelInstance model, List<ModelProblem> problems) {
    for (Decision decision : model.getModelElementsByType(Decision.class)) {
      if (isBlank(decision.getCamundaHistoryTimeToLiveString())) {
        problems.add(ModelProblem.of(resource, decision.getId(), "decision has no history time-to-live: set "
            + "camunda:historyTimeToLive (days, e.g. 365)"));
      }
    }
  }

  private static void checkOneProduct(List<BundleResource> resources, Bundle bundle, List<ModelProblem> problems) {
    List<BpmnChecks.ProductProcess> products = new ArrayList<>();
    bundle.bpmn.forEach((resource, model) -> products.addAll(BpmnChecks.products(resource, model)));
    if (products.size() == 1) {
      return;
    }
    if (products.isEmpty()) {
      if (resources.stream().filter(BundleResource::isBpmn).count() > bundle.bpmn.size()) {
        return; // a BPMN that does not parse is reported already, and may be the product
      }
      String resource = bundle.bpmn.isEmpty() ? null : bundle.bpmn.keySet().iterator().next();
      String process = resource == null ? null : bundle.bpmn.get(resource).getModelElementsByType(Process.class)
          .stream().filter(Process::isExecutable).map(Process::getId).findFirst().orElse(null);
      problems.add(ModelProblem.of(resource == null ? "bundle" : resource, process, "defines no product: set the "
          + "extension property productCode (and productName, productCategory) on the executable process; models "
          + "that are not products deploy through /engine-rest"));
      return;
    }
    products.stream().skip(1).forEach(p -> problems.add(ModelProblem.of(p.resource(), p.processId(),
        "a second product (" + p.code() + ") in one bundle: deploy one product per bundle")));
  }

  static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }
}
