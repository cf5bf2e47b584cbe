package com.scfengine.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code scf.demo.*}: whether the embedded default seeds demo users and data. */
@ConfigurationProperties(prefix = "scf.demo")
public record DemoProperties(boolean enabled) {}
