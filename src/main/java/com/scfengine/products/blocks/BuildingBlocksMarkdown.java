package com.scfengine.products.blocks;

import com.scfengine.process.BuildingBlock;
import java.util.List;
import java.util.stream.Collectors;

/** The catalogue as the Markdown table of {@code docs/building-blocks.md} (a test keeps the file equal to it). */
public final class BuildingBlocksMarkdown {

  private BuildingBlocksMarkdown() {}

  public static String render(List<BuildingBlock> blocks) {
    StringBuilder md = new StringBuilder()
        .append("# Building blocks\n\n")
        .append("What a process designer composes a trade product from, without Java. Reference a block from a model ")
        .append("as the column *Use* shows; set its settings as input parameters (`camunda:inputParameter`) of the ")
        .append("task; catch its BPMN errors with error boundary events. Variables are the standard names of ")
        .append("`com.scfengine.process.Vars`; amounts are exact decimal text such as `\"100000.00\"`.\n\n")
        .append("Deployment refuses a model that names any other delegate, so this list is complete. It is generated ")
        .append("from `BuildingBlockCatalogue` (also served at `GET /api/building-blocks`); a test fails when the two ")
        .append("differ — regenerate with `mvn -q test -Dtest=BuildingBlockCatalogueTest -Dscf.docs.write=true`.\n\n")
        .append("## What else a model may contain\n\n")
        .append("A model is data, not code. Besides naming these blocks in `camunda:delegateExpression`, its ")
        .append("expressions — conditions, task names, due dates, timers, input and output parameters, listener ")
        .append("expressions, field injections — may use process variables, literals (`'text'`, `42`, `0.5`, `true`, ")
        .append("`null`) and operators (`==`, `!=`, `<`, `>=`, `&&`, `||`, `!`, `+`, `-`, `*`, `/`, `empty`, `? :`), and ")
        .append("three reads the engine offers: `execution.getVariable('name')` (a variable that may be unset), ")
        .append("`execution.processBusinessKey` (the application id) and `dateTime().plusDays(n).toDate()` (also ")
        .append("`plusHours`, `minusMinutes`, … with a number or a variable). Deployment refuses, through every door, ")
        .append("any other method or function call, member access (`a.b`), indexing (`a['b']`), the engine's objects ")
        .append("(`execution`, `task`, …), script tasks, scripts in listeners or parameters, any `scriptFormat`, and in ")
        .append("DMN any expression language but FEEL and FEEL functions bound to Java (`external`).\n\n")
        .append("## The blocks\n\n")
        .append("| Block | Use | What it does | Reads | Settings | Writes | BPMN errors |\n")
        .append("| --- | --- | --- | --- | --- | --- | --- |\n");
    for (BuildingBlock block : blocks) {
      md.append("| **").append(block.name()).append("**<br>").append(block.kind().label())
          .append(" | `").append(block.reference()).append('`')
          .append(" | ").append(cell(block.summary()))
          .append(" | ").append(items(block.inputs()))
          .append(" | ").append(items(block.settings()))
          .append(" | ").append(items(block.outputs()))
          .append(" | ").append(items(block.errors()))
          .append(" |\n");
    }
    return md.toString();
  }

  private static String items(List<BuildingBlock.Item> items) {
    if (items.isEmpty()) {
      return "—";
    }
    return items.stream().map(i -> "`" + i.name() + "`: " + cell(i.description())).collect(Collectors.joining("<br>"));
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }
}
