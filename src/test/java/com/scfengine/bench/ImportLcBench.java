package com.scfengine.bench;

import com.scfengine.credit.CreditBureauSimulator;
import com.scfengine.support.LetterOfCreditRequests;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Import letters of credit issued straight through.
 * <ul>
 *   <li>{@link #setUp}: as {@code rm}, the applicants (importers); as {@code analyst}, each one's OBLIGOR facility;
 *       the credit bureau rates each A;</li>
 *   <li>each credit the tests' import L/C ({@link LetterOfCreditRequests#importLc}) for 40,000.00 and some cents, with
 *       an order number of its own in the goods: 5 % tolerance makes its maximum at most 42,000 and some, within the
 *       50,000 that {@code credit-authority.dmn} decides straight through for A, without a cash margin;</li>
 *   <li>counted when the step that sends the MT700 ({@link #COUNTED_STEP}) commits: the credit is ISSUED.</li>
 * </ul>
 */
final class ImportLcBench extends TradeProductBench {

  static final String PROCESS = "import-lc";
  static final String COUNTED_STEP = "ServiceTask_IssueCredit";

  private final CreditBureauSimulator bureau;
  private final int parties;
  private final List<String> applicants = new ArrayList<>();

  /** {@code parties} applicants the credits go round. */
  ImportLcBench(Http http, LocalDate today, CreditBureauSimulator bureau, int parties) {
    super(http, today, "importlc", "IMPORT_LC", "ISSUED");
    this.bureau = bureau;
    this.parties = parties;
  }

  @Override
  void setUp() {
    for (int i = 1; i <= parties; i++) {
      String applicant = String.format("BENCH-LC-APPLICANT-%03d", i);
      rm.post("/api/enterprises", Map.of("id", applicant, "name", "Bench L/C Applicant " + i + " Ltd", "country",
          "HK", "role", "SME"));
      facility(Map.of("enterpriseId", applicant, "kind", "OBLIGOR"));
      bureau.assign(applicant, "A");
      applicants.add(applicant);
    }
  }

  @Override
  Map<String, Object> application(String run, int seq, int unique) {
    Map<String, Object> body = LetterOfCreditRequests.importLc(applicants.get(seq % applicants.size()),
        amount("40000.00", unique));
    body.put("goods", "10000 WIDGETS MODEL W-1, CIF LOS ANGELES, ORDER BENCH-" + run + "-" + seq);
    return body;
  }
}
