package com.scfengine.demo;

/** A capability's demo records for the embedded default; runs after the demo users exist. */
public interface DemoSeed {
  void seed();
}
