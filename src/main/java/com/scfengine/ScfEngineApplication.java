package com.scfengine;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The supply-chain finance workflow engine: Spring Boot with an embedded Camunda 7 engine. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ScfEngineApplication {

  public static void main(String[] args) {
    SpringApplication.run(ScfEngineApplication.class, args);
  }
}
