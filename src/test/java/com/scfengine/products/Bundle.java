package com.scfengine.products;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A product bundle for tests: the files of {@code src/test/resources/bundles/po-advance/} by name, and copies
 * of it under another product code (so that each scenario owns its product) or with one file broken.
 */
public final class Bundle {

  public static final String BPMN = "po-advance.bpmn";
  public static final String DMN = "po-advance-pricing.dmn";
  public static final String FORM = "po-advance-review.form";

  private final String key;
  private final String code;
  private final Map<String, String> files;

  private Bundle(String key, String code, Map<String, String> files) {
    this.key = key;
    this.code = code;
    this.files = files;
  }

  /** A purchase-order advance (PO_ADVANCE, process po-advance), a product not shipped in processes/, as a designer would deploy it. */
  public static Bundle poAdvance() {
    Map<String, String> files = new LinkedHashMap<>();
    for (String name : List.of(BPMN, DMN, FORM)) {
      try (InputStream in = Bundle.class.getResourceAsStream("/bundles/po-advance/" + name)) {
        files.put(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return new Bundle("po-advance", "PO_ADVANCE", files);
  }

  /** The same product under its own code and keys: {@code po-advance-<suffix>}, {@code PO_ADVANCE_<SUFFIX>}. */
  public Bundle as(String suffix) {
    String newKey = key + "-" + suffix;
    String newCode = code + "_" + suffix.toUpperCase(Locale.ROOT).replace('-', '_');
    Map<String, String> renamed = new LinkedHashMap<>();
    files.forEach((name, text) -> renamed.put(name.replace(key, newKey),
        text.replace(key, newKey).replace(code, newCode)));
    return new Bundle(newKey, newCode, renamed);
  }

  /** A copy with one file changed; {@code file} is the original name (po-advance.bpmn …). */
  public Bundle edit(String file, UnaryOperator<String> change) {
    String name = name(file);
    if (!files.containsKey(name)) {
      throw new IllegalArgumentException(name + " is not in the bundle");
    }
    Map<String, String> copy = new LinkedHashMap<>(files);
    String changed = change.apply(copy.get(name));
    if (changed.equals(copy.get(name))) {
      throw new IllegalArgumentException("The change left " + name + " as it was");
    }
    copy.put(name, changed);
    return new Bundle(key, code, copy);
  }

  public Bundle without(String file) {
    Map<String, String> copy = new LinkedHashMap<>(files);
    copy.remove(name(file));
    return new Bundle(key, code, copy);
  }

  /** The file's name in this copy, e.g. po-advance-api.bpmn for po-advance.bpmn. */
  public String name(String file) {
    return file.replace("po-advance", key);
  }

  public String processKey() {
    return key;
  }

  public String code() {
    return code;
  }

  public String decisionKey() {
    return key + "-pricing";
  }

  public String formKey() {
    return key + "-review";
  }

  public Map<String, String> files() {
    return files;
  }
}
