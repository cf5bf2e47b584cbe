package com.scfengine.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Forfaiting deals, each bought as soon as its instruments are checked.
 * <ul>
 *   <li>{@link #setUp}: as {@code rm}, exporters and importers, one guarantor bank rated AA in each of the countries of
 *       risk class 1 ({@link #COUNTRIES}, {@code scf.forfaiting.country-risk-classes}) and the bank's own enterprise;
 *       as {@code analyst}, each guarantor's BANK facility and each country's COUNTRY facility;</li>
 *   <li>each deal one promissory note of 45,000.00 and some cents (a number of its own, so the registry takes it),
 *       avalised by a guarantor in turn: at most 50,000 on a bank rated AA is decided straight through
 *       ({@code credit-authority.dmn}), and AA in class 1 is eligible ({@code forfaiting-pricing.dmn});</li>
 *   <li>the model always has trade operations check the instruments ({@code UserTask_CheckInstruments}): a
 *       {@link TaskDesk} as {@code ops} submits the check, all in order, for each as it appears, so a deal's latency
 *       includes that desk's reading of the queue;</li>
 *   <li>counted when the step that pays the net proceeds ({@link #COUNTED_STEP}) commits: the deal is DISBURSED.</li>
 * </ul>
 */
final class ForfaitingBench extends TradeProductBench {

  static final String PROCESS = "forfaiting";
  static final String COUNTED_STEP = "ServiceTask_Disburse";
  static final String CHECK_TASK = "UserTask_CheckInstruments";
  /** Countries of risk class 1: one guarantor bank in each. */
  static final List<String> COUNTRIES = List.of("US", "GB", "DE", "FR", "NL", "CH", "JP", "SG");
  /** Trade operations' threads submitting the checks. */
  static final int DESK_WORKERS = 4;
  private static final String OWN_BANK = "BENCH-OWN-BANK";

  private final int parties;
  private final List<String> exporters = new ArrayList<>();
  private final List<String> importers = new ArrayList<>();
  private final List<String> guarantors = new ArrayList<>();
  private final TaskDesk desk;

  /** {@code parties} exporters, each with its own importer, the deals go round. */
  ForfaitingBench(Http http, LocalDate today, int parties) {
    super(http, today, "forfaiting", "FORFAITING", "DISBURSED");
    this.parties = parties;
    this.desk = new TaskDesk(http.as("ops"), PROCESS, CHECK_TASK, Map.of("avalPresent", true,
        "endorsedWithoutRecourse", true, "amountsAndDatesMatch", true, "signaturesVerified", true), DESK_WORKERS);
  }

  @Override
  void setUp() {
    rm.post("/api/enterprises", Map.of("id", OWN_BANK, "name", "Bench country limits of the bank", "country", "GB",
        "role", "BANK", "ratingGrade", "AA"));
    for (String country : COUNTRIES) {
      String guarantor = "BENCH-GUARANTOR-" + country;
      rm.post("/api/enterprises", Map.of("id", guarantor, "name", "Bench Guarantor Bank " + country, "country",
          country, "role", "BANK", "ratingGrade", "AA", "probabilityOfDefault", "0.002"));
      facility(Map.of("enterpriseId", guarantor, "kind", "BANK"));
      facility(Map.of("enterpriseId", OWN_BANK, "kind", "COUNTRY", "country", country));
      guarantors.add(guarantor);
    }
    for (int i = 1; i <= parties; i++) {
      String exporter = String.format("BENCH-EXPORTER-%03d", i);
      String importer = String.format("BENCH-IMPORTER-%03d", i);
      registerPair(rm, exporter, "Bench Exporter " + i + " Ltd", importer, "Bench Importer " + i + " Inc");
      exporters.add(exporter);
      importers.add(importer);
    }
  }

  @Override
  Map<String, Object> application(String run, int seq, int unique) {
    Map<String, Object> note = new LinkedHashMap<>();
    note.put("number", "PN-BENCH-" + run + "-" + seq);
    note.put("kind", "PROMISSORY_NOTE");
    note.put("faceAmount", amount("45000.00", unique));
    note.put("issueDate", today.minusDays(2).toString());
    note.put("maturityDate", today.plusDays(90 + seq % 90).toString());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("exporterId", exporters.get(seq % exporters.size()));
    body.put("importerId", importers.get(seq % importers.size()));
    body.put("guarantorBankId", guarantors.get(seq % guarantors.size()));
    body.put("guaranteeType", "AVAL");
    body.put("currency", "USD");
    body.put("method", "DISCOUNT_TO_YIELD");
    body.put("instruments", List.of(note));
    body.put("underlyingContract", "Sales contract BENCH-" + run + "-" + seq);
    return body;
  }

  @Override
  void open() {
    desk.open();
  }

  @Override
  void close() {
    try {
      desk.close();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  Map<String, Object> details() {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("guarantor_banks", guarantors.size());
    details.put("instrument_queue_reads", desk.reads());
    details.put("instrument_checks_submitted", desk.submitted());
    details.put("instrument_checks_failed", desk.failed());
    if (desk.firstFailure() != null) {
      details.put("first_failed_check", desk.firstFailure());
    }
    return details;
  }
}
