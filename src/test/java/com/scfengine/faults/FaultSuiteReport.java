package com.scfengine.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * Prints the fault suite's figures as one table when the test run ends (every scenario that ran, on this run's
 * database), the table docs/reliability.md keeps. Silent in runs without fault scenarios.
 */
public class FaultSuiteReport implements TestExecutionListener {

  @Override
  public void testPlanExecutionStarted(TestPlan testPlan) {
    try {
      Files.deleteIfExists(FaultSuite.FIGURES);
    } catch (IOException e) {
      throw new IllegalStateException("Could not clear " + FaultSuite.FIGURES, e);
    }
  }

  @Override
  public void testPlanExecutionFinished(TestPlan testPlan) {
    if (!Files.exists(FaultSuite.FIGURES)) {
      return;
    }
    try {
      List<String> rows = Files.readAllLines(FaultSuite.FIGURES);
      StringBuilder table = new StringBuilder(System.lineSeparator()).append("Fault suite").append(System.lineSeparator())
          .append("| scenario | database | applications | faults injected | findings | measured |")
          .append(System.lineSeparator()).append("| --- | --- | --- | --- | --- | --- |").append(System.lineSeparator());
      for (String row : rows) {
        table.append("| ").append(String.join(" | ", row.split("\t"))).append(" |").append(System.lineSeparator());
      }
      System.out.println(table);
    } catch (IOException e) {
      throw new IllegalStateException("Could not read " + FaultSuite.FIGURES, e);
    }
  }
}
