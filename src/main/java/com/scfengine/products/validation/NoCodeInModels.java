package com.scfengine.products.validation;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * A model deployed by a product designer runs no code of its own: no script (script tasks, script listeners,
 * {@code camunda:script} input parameters, any {@code scriptFormat}), no expression beyond what
 * {@link ModelExpressions} allows — in any attribute or text of a BPMN model (conditions, names, timers, input and
 * output mappings, listeners, fields) — and in DMN no expression language but FEEL and no FEEL function bound to
 * Java ({@code external}).
 */
final class NoCodeInModels {

  private static final Set<String> FEEL = Set.of("feel", "https://www.omg.org/spec/dmn/20191111/feel",
      "http://www.omg.org/spec/feel/20140401", "https://www.omg.org/spec/dmn/20180521/feel",
      "https://www.omg.org/spec/dmn/20230324/feel");

  private NoCodeInModels() {}

  static void check(BundleResource resource, List<ModelProblem> problems) {
    Element root;
    try {
      root = parse(resource.content());
    } catch (Exception unparseable) {
      return; // reported by the model's own parser
    }
    walk(resource, root, null, problems);
  }

  private static void walk(BundleResource resource, Element element, String owner, List<ModelProblem> problems) {
    String name = element.getLocalName() == null ? element.getTagName() : element.getLocalName();
    String id = element.getAttribute("id");
    // problems point at what Modeler shows: the flow, task or event, not its condition or timer definition
    boolean part = name.endsWith("Expression") || name.endsWith("EventDefinition") || name.startsWith("time");
    String here = id.isEmpty() || part && owner != null ? owner : id;
    if (name.equals("scriptTask") || name.equals("script")) {
      problems.add(ModelProblem.of(resource.name(), here, "contains a script (" + name + "): a model may not run code;"
          + " use the building blocks (GET /api/building-blocks)"));
      return;
    }
    NamedNodeMap attributes = element.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      Attr attribute = (Attr) attributes.item(i);
      String attributeName = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
      if (attributeName.equals("scriptFormat")) {
        problems.add(ModelProblem.of(resource.name(), here, "names a script language (scriptFormat '"
            + attribute.getValue() + "'): a model may not run code"));
      } else if (attributeName.equals("language") && resource.isBpmn()
          && !attribute.getValue().isBlank() && !attribute.getValue().equalsIgnoreCase("juel")) {
        problems.add(ModelProblem.of(resource.name(), here, "is written in the script language '" + attribute.getValue()
            + "': a model may not run code; conditions are expressions such as ${approved}"));
      } else if (attributeName.equals("expressionLanguage") && resource.isDmn()
          && !FEEL.contains(attribute.getValue().toLowerCase(Locale.ROOT))) {
        problems.add(ModelProblem.of(resource.name(), here, "uses the expression language '" + attribute.getValue()
            + "': decisions are written in FEEL"));
      } else if (!attributeName.equals("delegateExpression")) { // building blocks: BpmnChecks
        expressions(resource, here, attribute.getValue(), "attribute " + attributeName, problems);
      }
    }
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element childElement) {
        walk(resource, childElement, here, problems);
      } else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
        String text = child.getNodeValue();
        expressions(resource, here, text, name, problems);
        if (resource.isDmn() && text.matches("(?s).*\\bexternal\\b.*\\bjava\\b.*")) {
          problems.add(ModelProblem.of(resource.name(), here, "binds a FEEL function to Java (external): a decision"
              + " may not run code"));
        }
      }
    }
  }

  private static void expressions(BundleResource resource, String owner, String text, String where,
      List<ModelProblem> problems) {
    for (String expression : ModelExpressions.in(text)) {
      ModelExpressions.refusal(expression).ifPresent(why -> problems.add(ModelProblem.of(resource.name(), owner,
          where + ": the expression " + expression + " " + why + "; a model may use variables, literals and"
              + " operators (and execution.getVariable('name'), execution.processBusinessKey, dateTime()…toDate())")));
    }
  }

  private static Element parse(byte[] content) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setExpandEntityReferences(false);
    DocumentBuilder builder = factory.newDocumentBuilder();
    builder.setErrorHandler(null);
    return builder.parse(new ByteArrayInputStream(content)).getDocumentElement();
  }
}
