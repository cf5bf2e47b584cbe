package com.scfengine.swift;

import static com.scfengine.swift.LetterOfCreditSamples.ADVISING_BANK;
import static com.scfengine.swift.LetterOfCreditSamples.ISSUING_BANK;
import static com.scfengine.swift.LetterOfCreditSamples.credit;
import static com.scfengine.swift.LetterOfCreditSamples.discrepancies;
import static com.scfengine.swift.LetterOfCreditSamples.numberedLines;
import static com.scfengine.swift.LetterOfCreditSamples.withApplicantAndAmount;
import static com.scfengine.swift.LetterOfCreditSamples.withSenderAndNumber;
import static com.scfengine.swift.LetterOfCreditSamples.withTexts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SwiftMessagesTest {

  private final SwiftMessages messages = new SwiftMessages();

  @Test
  void creditIsIssuedAsOneMt700ThatReadsBackEqual() {
    List<String> fins = messages.issue(credit());

    assertThat(fins).hasSize(1);
    String fin = fins.get(0);
    assertThat(fin).startsWith("{1:F01BKCHCNBJA3000000000000}{2:I700COBADEHHXXXXN}{4:\r\n:27:1/1\r\n:40A:IRREVOCABLE")
        .contains(":20:LC26SH0417\r\n", ":31C:261205\r\n", ":31D:270315HAMBURG\r\n", ":32B:USD250000,\r\n",
            ":39A:5/5\r\n", ":41D:ANY BANK\r\nBY NEGOTIATION\r\n", ":42A:BKCHCNBJ300\r\n",
            ":59:/DE89370400440532013000\r\nHANSEATIC MACHINERY EXPORT GMBH\r\n", ":48:21/AFTER THE DATE OF SHIPMENT")
        .endsWith("-}");
    assertThat(SwiftRules.check(fin)).isEmpty();
    assertThat(messages.readCredit(fin)).isEqualTo(credit());
  }

  @Test
  void longGoodsAndDocumentsContinueInMt701AndReadBackEqual() {
    DocumentaryCredit credit = withTexts(credit(), numberedLines("GOODS", 150, 60), numberedLines("DOCUMENT", 40, 60),
        LetterOfCreditSamples.CONDITIONS);

    List<String> fins = messages.issue(credit);

    assertThat(fins).hasSize(2);
    assertThat(fins.get(0)).contains("{2:I700COBADEHHXXXXN}", ":27:1/2\r\n");
    assertThat(fins.get(1)).contains("{2:I701COBADEHHXXXXN}", ":27:2/2\r\n:20:LC26SH0417\r\n:45A:+GOODS ITEM 101 ");
    assertThat(linesOf(fins.get(0), "45A")).isEqualTo(100);
    assertThat(linesOf(fins.get(1), "45A")).isEqualTo(50);
    assertThat(fins).allSatisfy(fin -> assertThat(SwiftRules.check(fin)).isEmpty());
    assertThat(messages.readCreditWithContinuations(fins)).isEqualTo(credit);
    assertThatThrownBy(() -> messages.readCredit(fins.get(0)))
        .isInstanceOfSatisfying(SwiftMessageException.class,
            e -> assertThat(e.problems()).extracting(SwiftProblem::tag).containsExactly("27"));
  }

  @Test
  void textsAsLongAsTheNetworkAllowsFillAllEightMessages() {
    DocumentaryCredit credit = withTexts(credit(), numberedLines("GOODS", 300, 65), numberedLines("DOCUMENT", 300, 65),
        numberedLines("CONDITION", 200, 65));

    List<String> fins = messages.issue(credit);

    assertThat(fins).hasSize(8);
    for (int i = 0; i < fins.size(); i++) {
      assertThat(fins.get(i)).contains(":27:" + (i + 1) + "/8\r\n");
      assertThat(SwiftRules.check(fins.get(i))).isEmpty();
    }
    assertThat(messages.readCreditWithContinuations(fins)).isEqualTo(credit);
    assertThatThrownBy(() -> messages.issue(withTexts(credit, numberedLines("GOODS", 400, 65),
        numberedLines("DOCUMENT", 400, 65), numberedLines("CONDITION", 400, 65))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("sequence: goods, documents and conditions need 12 messages");
  }

  @Test
  void continuationsOutOfOrderOrOfAnotherCreditAreRefused() {
    DocumentaryCredit credit = withTexts(credit(), numberedLines("GOODS", 150, 60), LetterOfCreditSamples.DOCUMENTS,
        null);
    List<String> fins = messages.issue(credit);
    String otherCredit = fins.get(1).replace(":20:LC26SH0417", ":20:LC26SH0999");

    assertThat(problemTags(() -> messages.readCreditWithContinuations(List.of(fins.get(0), otherCredit))))
        .containsExactly("20");
    assertThat(problemTags(() -> messages.readCreditWithContinuations(List.of(fins.get(1), fins.get(0)))))
        .contains("block 2");
    assertThat(problemTags(() -> messages.readCreditWithContinuations(List.of(fins.get(0), fins.get(1), fins.get(1)))))
        .contains("27");
  }

  @Test
  void longLinesAreWrappedAtWordsAndReadBackAsSwiftLines() {
    String goods = "+2 SETS CNC VERTICAL MACHINING CENTRES MODEL HMC-850 WITH FANUC 0I-MF PLUS CONTROLS, 24-TOOL"
        + " MAGAZINES AND CHIP CONVEYORS, AS PER PROFORMA INVOICE NO. HME-2026-118";
    DocumentaryCredit credit = withTexts(credit(), goods, LetterOfCreditSamples.DOCUMENTS, null);

    DocumentaryCredit read = messages.readCredit(messages.issue(credit).get(0));

    assertThat(read.goods()).isEqualTo(String.join("\n", SwiftRules.lines(goods, 65)))
        .isEqualTo("""
            +2 SETS CNC VERTICAL MACHINING CENTRES MODEL HMC-850 WITH FANUC
            0I-MF PLUS CONTROLS, 24-TOOL MAGAZINES AND CHIP CONVEYORS, AS PER
            PROFORMA INVOICE NO. HME-2026-118""");
    assertThat(read.goods().replace('\n', ' ')).isEqualTo(goods);
  }

  @Test
  void valuesThatDoNotFitAreRefusedBeforeAnythingIsWritten() {
    DocumentaryCredit fiveLineApplicant = withApplicantAndAmount(credit(),
        "SHANGHAI ORIENT TRADING CO., LTD.\nBUILDING 7\n1288 PUDONG AVENUE\nPUDONG NEW AREA\nSHANGHAI 200120, CHINA",
        "USD", new BigDecimal("250000.00"));
    DocumentaryCredit fractionOfAYen = withApplicantAndAmount(credit(), credit().applicant(), "JPY",
        new BigDecimal("25000000.5"));
    DocumentaryCredit euroSign = withTexts(credit(), "+MACHINING CENTRES, UNIT PRICE €125,000", "+INVOICE", null);

    assertThat(refusalTags(fiveLineApplicant)).containsExactly("50");
    assertThat(refusalTags(fractionOfAYen)).containsExactly("32B");
    assertThat(refusalTags(euroSign)).containsExactly("45A");
    assertThat(refusalTags(withSenderAndNumber(credit(), "BANK OF CHINA", "LC26SH0417"))).containsExactly("block 1");
    assertThat(refusalTags(withSenderAndNumber(credit(), ISSUING_BANK, null))).containsExactly("20");
    assertThat(refusalTags(withSenderAndNumber(credit(), ISSUING_BANK, "LC26/SH//0417"))).containsExactly("20");
    assertThatThrownBy(() -> messages.issue(fiveLineApplicant))
        .hasMessageContaining("50: has 5 lines, at most 4 allowed");
  }

  @Test
  void amendmentRoundTripsThroughMt707() {
    Amendment amendment = new Amendment(ISSUING_BANK, ADVISING_BANK, "LC26SH0417", "ADV26HH0088",
        LocalDate.of(2026, 12, 5), 1, LocalDate.of(2027, 1, 20), "ISSU",
        "USD", new BigDecimal("25000.00"), null, LocalDate.of(2027, 4, 15), "HAMBURG", LocalDate.of(2027, 3, 31),
        "THE INSURANCE POLICY MUST ALSO COVER WAR AND STRIKES RISKS\nINSTITUTE CARGO CLAUSES (A) REMAIN APPLICABLE",
        ISSUING_BANK);

    String fin = messages.amend(amendment);

    assertThat(fin).contains("{2:I707COBADEHHXXXXN}", ":27:1/1\r\n:20:LC26SH0417\r\n:21:ADV26HH0088\r\n"
        + ":23:LC26SH0417\r\n:52A:BKCHCNBJ300\r\n:31C:261205\r\n:26E:1\r\n:30:270120\r\n:22A:ISSU\r\n"
        + ":31D:270415HAMBURG\r\n:32B:USD25000,\r\n:44C:270331\r\n:47B:/ADD/THE INSURANCE POLICY");
    assertThat(SwiftRules.check(fin)).isEmpty();
    assertThat(messages.readAmendment(fin)).isEqualTo(amendment);
  }

  @Test
  void decreaseWithoutOtherChangesRoundTrips() {
    Amendment decrease = new Amendment(ISSUING_BANK, ADVISING_BANK, "LC26SH0417", "NONREF", LocalDate.of(2026, 12, 5),
        2, LocalDate.of(2027, 2, 1), "ISSU", "USD", null, new BigDecimal("12500.50"), null, null, null, null);

    String fin = messages.amend(decrease);

    assertThat(fin).contains(":33B:USD12500,5\r\n").doesNotContain(":32B:", ":47B:", ":52A:");
    assertThat(SwiftRules.check(fin)).isEmpty();
    assertThat(messages.readAmendment(fin)).isEqualTo(decrease);
  }

  @Test
  void amendmentThatBothIncreasesAndDecreasesIsRefused() {
    Amendment both = new Amendment(ISSUING_BANK, ADVISING_BANK, "LC26SH0417", "NONREF", LocalDate.of(2026, 12, 5), 3,
        LocalDate.of(2027, 2, 1), "ISSU", "USD", BigDecimal.TEN, BigDecimal.ONE, null, null, null, null);
    Amendment expiryWithoutPlace = new Amendment(ISSUING_BANK, ADVISING_BANK, "LC26SH0417", "NONREF",
        LocalDate.of(2026, 12, 5), 3, LocalDate.of(2027, 2, 1), "ISSU", null, null, null, LocalDate.of(2027, 5, 1),
        null, null, null);

    assertThatThrownBy(() -> messages.amend(both)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("33B: either an increase (32B) or a decrease (33B), not both");
    assertThatThrownBy(() -> messages.amend(expiryWithoutPlace)).hasMessageContaining("31D");
  }

  @Test
  void refusalRoundTripsThroughMt734() {
    Refusal refusal = new Refusal(ISSUING_BANK, "DEUTDEFF500", "LC26SH0417", "NEG-2027-0311",
        LocalDate.of(2027, 3, 12), "USD", new BigDecimal("250000.00"), new BigDecimal("80.00"), discrepancies(),
        "/HOLD/DOCUMENTS HELD PENDING YOUR INSTRUCTIONS");

    String fin = messages.refuse(refusal);

    assertThat(fin).contains("{2:I734DEUTDEFFX500N}", ":32A:270312USD250000,\r\n", ":73A:/COMM/USD80,\r\n",
        ":33B:USD80,\r\n", ":77J:+BILL OF LADING SHOWS SHIPMENT ON 2027-03-05,\r\nAFTER THE LATEST DATE",
        ":77B:/HOLD/DOCUMENTS HELD PENDING YOUR\r\n//INSTRUCTIONS\r\n");
    assertThat(SwiftRules.check(fin)).isEmpty();
    assertThat(messages.readRefusal(fin)).isEqualTo(refusal);
  }

  @Test
  void discrepancyAdviceRoundTripsThroughMt750() {
    DiscrepancyAdvice advice = new DiscrepancyAdvice("DEUTDEFF500", ISSUING_BANK, "NEG-2027-0311", "LC26SH0417",
        "USD", new BigDecimal("250000.00"), new BigDecimal("80.00"), new BigDecimal("249920.00"), discrepancies());

    String fin = messages.adviseDiscrepancies(advice);

    assertThat(fin).contains("{2:I750BKCHCNBJX300N}", ":32B:USD250000,\r\n:71D:/COMM/USD80,\r\n:34B:USD249920,\r\n");
    assertThat(SwiftRules.check(fin)).isEmpty();
    assertThat(messages.readDiscrepancyAdvice(fin)).isEqualTo(advice);
  }

  @Test
  void adviceWithChargesButNoTotalGetsPrincipalLessCharges() {
    DiscrepancyAdvice advice = new DiscrepancyAdvice("DEUTDEFF500", ISSUING_BANK, "NEG-2027-0311", "LC26SH0417",
        "USD", new BigDecimal("250000.00"), new BigDecimal("80.00"), null, List.of("INVOICE NOT SIGNED"));

    DiscrepancyAdvice read = messages.readDiscrepancyAdvice(messages.adviseDiscrepancies(advice));

    assertThat(read.totalAmount()).isEqualByComparingTo("249920.00");
    assertThat(read.discrepancies()).containsExactly("INVOICE NOT SIGNED");
  }

  @Test
  void messagesOfOneKindAreNotReadAsAnother() {
    String mt750 = messages.adviseDiscrepancies(new DiscrepancyAdvice("DEUTDEFF500", ISSUING_BANK, "NEG-2027-0311",
        "LC26SH0417", "USD", new BigDecimal("1000.00"), null, null, List.of("INVOICE NOT SIGNED")));

    assertThat(problemTags(() -> messages.readRefusal(mt750))).startsWith("block 2");
    assertThat(problemTags(() -> messages.readCredit(mt750))).startsWith("block 2");
  }

  private List<String> refusalTags(DocumentaryCredit credit) {
    try {
      messages.issue(credit);
    } catch (IllegalStateException e) {
      assertThat(e.getCause()).isInstanceOf(SwiftMessageException.class);
      return ((SwiftMessageException) e.getCause()).problems().stream().map(SwiftProblem::tag).toList();
    }
    throw new AssertionError("The credit was written");
  }

  private static List<String> problemTags(Runnable read) {
    try {
      read.run();
    } catch (SwiftMessageException e) {
      return e.problems().stream().map(SwiftProblem::tag).toList();
    }
    throw new AssertionError("The message was read");
  }

  /** How many lines a field has in a FIN text. */
  private static int linesOf(String fin, String tag) {
    Matcher field = Pattern.compile("\r\n:" + tag + ":(.*?)\r\n(?=:|-})", Pattern.DOTALL).matcher(fin);
    assertThat(field.find()).isTrue();
    return field.group(1).split("\r\n").length;
  }
}
