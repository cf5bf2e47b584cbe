/**
 * The problem+json answers of the product's API.
 */
@ApplicationModule(displayName = "Web")
package com.scfengine.web;

import org.springframework.modulith.ApplicationModule;
