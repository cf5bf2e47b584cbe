package com.scfengine.credit;

import com.scfengine.common.SimulatedFaults;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;

/**
 * An in-process credit bureau. Enterprises listed in {@code scf.credit.simulator.ratings} get their
 * configured grade and PD. Any other enterprise gets a grade derived from its id — never random, the
 * same on every run and machine: {@code DERIVED_GRADES[crc32(utf8(id)) % 6]} out of AA, A, BBB, BB, B,
 * CCC, with the scale's typical PD for that grade ({@link #typicalPd}). Its source says which it was.
 */
public class CreditBureauSimulator implements CreditBureau {

  public static final String SOURCE_CONFIGURED = "simulator";
  public static final String SOURCE_DERIVED = "simulator-derived";

  static final List<String> DERIVED_GRADES = List.of("AA", "A", "BBB", "BB", "B", "CCC");

  private final CreditProperties.Simulator settings;
  private final SimulatedFaults faults;
  /** Ratings set at runtime (demos, tests): they win over the configured and derived ones. */
  private final java.util.Map<String, String> overrides = new java.util.concurrent.ConcurrentHashMap<>();

  public CreditBureauSimulator(CreditProperties.Simulator settings) {
    this.settings = settings;
    this.faults = new SimulatedFaults("credit bureau", settings.latency(), settings.failNextCalls());
  }

  /** The faults to inject at runtime: {@code faults().failNext(2)}, {@code faults().latency(…)}, {@code faults().reset()}. */
  public SimulatedFaults faults() {
    return faults;
  }

  /** Makes the bureau answer {@code grade} for the enterprise from now on, as a real bureau's downgrade would. */
  public void assign(String enterpriseId, String grade) {
    overrides.put(enterpriseId, grade);
  }

  @Override
  public CreditRating rate(String enterpriseId) {
    faults.beforeCall("rating of " + enterpriseId);
    if (enterpriseId == null || enterpriseId.isBlank()) {
      throw new IllegalArgumentException("an enterprise id is needed for a rating");
    }
    String assigned = overrides.get(enterpriseId);
    if (assigned != null) {
      return new CreditRating(enterpriseId, assigned, typicalPd(assigned), SOURCE_CONFIGURED);
    }
    CreditProperties.Rating configured = settings.ratings().get(enterpriseId);
    if (configured != null) {
      return new CreditRating(enterpriseId, configured.grade(), configured.pd(), SOURCE_CONFIGURED);
    }
    String grade = derivedGrade(enterpriseId);
    return new CreditRating(enterpriseId, grade, typicalPd(grade), SOURCE_DERIVED);
  }

  /** The grade an unlisted enterprise gets: a pure function of its id. */
  static String derivedGrade(String enterpriseId) {
    var crc = new CRC32();
    crc.update(enterpriseId.getBytes(StandardCharsets.UTF_8));
    return DERIVED_GRADES.get((int) (crc.getValue() % DERIVED_GRADES.size()));
  }

  /** A one-year probability of default typical of the grade. */
  static BigDecimal typicalPd(String grade) {
    return new BigDecimal(switch (grade) {
      case "AAA" -> "0.0005";
      case "AA" -> "0.0020";
      case "A" -> "0.0040";
      case "BBB" -> "0.0100";
      case "BB" -> "0.0300";
      case "B" -> "0.0800";
      case "CCC" -> "0.2000";
      default -> "1.0000";
    });
  }
}
