package com.scfengine.security;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The fields a Camunda form (form-js JSON) offers: for each key, its type, whether a person may change it (neither
 * {@code disabled} nor {@code readonly}) and, for selects and radios with fixed options, the values allowed. Groups
 * and other containers are read through.
 */
record FormFields(Map<String, Field> fields) {

  record Field(String key, String type, boolean editable, Set<String> options) {}

  static FormFields of(JsonNode form) {
    Map<String, Field> fields = new LinkedHashMap<>();
    collect(form.path("components"), fields);
    return new FormFields(fields);
  }

  static FormFields none() {
    return new FormFields(Map.of());
  }

  private static void collect(JsonNode components, Map<String, Field> fields) {
    for (JsonNode component : components) {
      String key = component.path("key").asText("");
      String type = component.path("type").asText("");
      if (!key.isEmpty() && !type.equals("button")) {
        boolean editable = !component.path("disabled").asBoolean(false) && !component.path("readonly").asBoolean(false);
        Set<String> options = new LinkedHashSet<>();
        if (component.path("values").isArray()) {
          component.path("values").forEach(v -> options.add(v.path("value").asText()));
        }
        fields.put(key, new Field(key, type, editable, options));
      }
      if (component.path("components").isArray()) {
        collect(component.path("components"), fields);
      }
    }
  }
}
