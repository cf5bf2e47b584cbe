/**
 * The product catalogue derived from the deployed models, submission of applications to any product, product
 * deployment; the model validation in front of every deployment (products.validation, used by the engine plugin),
 * the building-block catalogue (products.blocks) and hot redeploy of the repository's models (products.redeploy).
 */
@ApplicationModule(displayName = "Products")
package com.scfengine.products;

import org.springframework.modulith.ApplicationModule;
