/**
 * The problem+json answers of the product's API, and its OpenAPI description (Swagger UI).
 */
@ApplicationModule(displayName = "Web")
package com.scfengine.web;

import org.springframework.modulith.ApplicationModule;
