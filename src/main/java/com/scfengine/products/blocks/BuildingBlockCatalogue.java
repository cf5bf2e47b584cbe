package com.scfengine.products.blocks;

import com.scfengine.process.BuildingBlock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The one list of building blocks: served at {@code GET /api/building-blocks}, written to
 * {@code docs/building-blocks.md}, and the list the deployment validation checks every
 * {@code camunda:delegateExpression} against. Each module describes its own blocks as beans of type
 * {@link BuildingBlock}; the catalogue lists them by {@link BuildingBlock#order() order}, then kind, then name. A
 * test keeps it equal to the delegate beans of the application, so a block added in Java without a description
 * (or the reverse) fails the build.
 */
@Component
public class BuildingBlockCatalogue {

  private static final Comparator<BuildingBlock> LISTING = Comparator.comparingInt(BuildingBlock::order)
      .thenComparing(BuildingBlock::kind).thenComparing(BuildingBlock::name);

  private final List<BuildingBlock> blocks;
  private final Map<String, BuildingBlock> byName;

  /**
   * @param blocks every block the modules declare
   * @throws IllegalStateException if two blocks have the same name
   */
  public BuildingBlockCatalogue(List<BuildingBlock> blocks) {
    Map<String, List<BuildingBlock>> named = blocks.stream().collect(Collectors.groupingBy(BuildingBlock::name));
    named.forEach((name, same) -> {
      if (same.size() > 1) {
        throw new IllegalStateException("Building block '" + name + "' is declared " + same.size() + " times: "
            + same.stream().map(b -> b.kind().label()).toList());
      }
    });
    this.blocks = blocks.stream().sorted(LISTING).toList();
    this.byName = this.blocks.stream().collect(Collectors.toUnmodifiableMap(BuildingBlock::name, Function.identity()));
  }

  /** Every block, in catalogue order. */
  public List<BuildingBlock> all() {
    return blocks;
  }

  /** The delegate bean or task listener a model may name in {@code ${name}}; empty for anything else. */
  public Optional<BuildingBlock> bean(String name) {
    return Optional.ofNullable(byName.get(name)).filter(BuildingBlock::isBean);
  }
}
