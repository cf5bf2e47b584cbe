package com.scfengine.process;

import java.util.List;

/**
 * Variables of a product's applications that are set before its called processes run and that those processes get as
 * copies and never change — options chosen with the request, figures of the product's pricing. Declared by the
 * product as a bean beside {@link Vars}' shared terms; the history keeps them once, on the application's own
 * instance ({@code platform.engine.CalledProcessHistory}).
 */
public record CopiedTerms(List<String> names) {

  public CopiedTerms {
    names = List.copyOf(names);
  }
}
