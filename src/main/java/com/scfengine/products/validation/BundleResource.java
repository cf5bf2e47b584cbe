package com.scfengine.products.validation;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** One file of a deployment: its resource name and content. */
public record BundleResource(String name, byte[] content) {

  public boolean isBpmn() {
    return endsWith(".bpmn") || endsWith(".bpmn20.xml");
  }

  public boolean isDmn() {
    return endsWith(".dmn") || endsWith(".dmn11.xml");
  }

  public boolean isForm() {
    return endsWith(".form");
  }

  public String text() {
    return new String(content, StandardCharsets.UTF_8);
  }

  private boolean endsWith(String suffix) {
    return name.toLowerCase(Locale.ROOT).endsWith(suffix);
  }
}
