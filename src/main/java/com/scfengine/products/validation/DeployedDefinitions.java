package com.scfengine.products.validation;

import java.util.Optional;

/** What the engine already has, for the references a bundle does not resolve itself. */
public interface DeployedDefinitions {

  boolean hasProcess(String key);

  boolean hasDecision(String key);

  /** A Camunda form ({@code camunda:formRef}) of this id is deployed. */
  boolean hasForm(String key);

  /** The key of a deployed process (latest version) that carries this product code, if any. */
  Optional<String> processOfProduct(String productCode);
}
