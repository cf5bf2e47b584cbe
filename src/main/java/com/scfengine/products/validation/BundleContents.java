package com.scfengine.products.validation;

import java.util.HashMap;
import java.util.Map;

/** The processes, decisions and forms a deployment defines itself, by key, with the resource holding each. */
final class BundleContents {

  private final Map<String, String> processes = new HashMap<>();
  private final Map<String, String> decisions = new HashMap<>();
  private final Map<String, String> forms = new HashMap<>();

  /** False when the key is already taken in this deployment. */
  boolean addProcess(String key, String resource) {
    return processes.putIfAbsent(key, resource) == null;
  }

  boolean addDecision(String key, String resource) {
    return decisions.putIfAbsent(key, resource) == null;
  }

  boolean addForm(String key, String resource) {
    return forms.putIfAbsent(key, resource) == null;
  }

  boolean hasProcess(String key) {
    return processes.containsKey(key);
  }

  boolean hasDecision(String key) {
    return decisions.containsKey(key);
  }

  boolean hasForm(String key) {
    return forms.containsKey(key);
  }
}
