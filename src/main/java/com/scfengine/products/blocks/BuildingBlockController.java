package com.scfengine.products.blocks;

import com.scfengine.process.BuildingBlock;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/building-blocks}: what a designer may compose products from (JSON, or Markdown on request). */
@RestController
@RequestMapping("/api/building-blocks")
@Tag(name = "Products")
class BuildingBlockController {

  private final BuildingBlockCatalogue catalogue;

  BuildingBlockController(BuildingBlockCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  /** Every block with how to reference it. */
  @GetMapping(produces = "application/json")
  @Operation(summary = "The building-block catalogue", description = "What a product's models may compose, each "
      + "with how to reference it; as a Markdown table with `Accept: text/markdown`.")
  List<Entry> blocks() {
    return catalogue.all().stream().map(Entry::of).toList();
  }

  /** The same catalogue as the Markdown table of docs/building-blocks.md. */
  @GetMapping(produces = "text/markdown")
  String markdown() {
    return BuildingBlocksMarkdown.render(catalogue.all());
  }

  /** A block as the API shows it: its fields plus the text to put in the model. */
  record Entry(String name, BuildingBlock.Kind kind, String use, String summary, List<BuildingBlock.Item> inputs,
      List<BuildingBlock.Item> settings, List<BuildingBlock.Item> outputs, List<BuildingBlock.Item> errors) {
    static Entry of(BuildingBlock b) {
      return new Entry(b.name(), b.kind(), b.reference(), b.summary(), b.inputs(), b.settings(), b.outputs(), b.errors());
    }
  }
}
