package com.scfengine.swift;

import static com.scfengine.swift.LetterOfCreditSamples.GOODS;
import static com.scfengine.swift.LetterOfCreditSamples.ISSUING_BANK;
import static com.scfengine.swift.LetterOfCreditSamples.MT700_RECEIVED;
import static com.scfengine.swift.LetterOfCreditSamples.credit;
import static com.scfengine.swift.LetterOfCreditSamples.discrepancies;
import static com.scfengine.swift.LetterOfCreditSamples.numberedLines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class SwiftRulesTest {

  private final SwiftMessages messages = new SwiftMessages();

  @Test
  void handWrittenMt700PassesTheRulesAndMapsCompletely() {
    assertThat(SwiftRules.check(MT700_RECEIVED)).isEmpty();

    DocumentaryCredit read = messages.readCredit(MT700_RECEIVED);

    assertThat(read).isEqualTo(credit());
    assertThat(read.senderBic()).isEqualTo("BKCHCNBJ300");
    assertThat(read.receiverBic()).isEqualTo("COBADEHH");
    assertThat(read.amount()).isEqualTo(new BigDecimal("250000.00"));
    assertThat(read.goods()).isEqualTo(GOODS);
  }

  @Test
  void messageWithCrlfAndWithoutOptionalBlocksReadsTheSame() {
    String bare = MT700_RECEIVED.replace("{3:{108:LC26SH0417}}", "").replaceAll("\\{5:.*$", "")
        .replace("\n", "\r\n");

    assertThat(messages.readCredit(bare)).isEqualTo(credit());
  }

  static Stream<Arguments> brokenCopies() {
    return Stream.of(
        arguments("20 missing", ":20:LC26SH0417\n", "", "20"),
        arguments("31D missing", ":31D:270315HAMBURG\n", "", "31D"),
        arguments("32B missing", ":32B:USD250000,00\n", "", "32B"),
        arguments("45A missing: no goods", ":45A:" + GOODS + "\n", "", "45A"),
        arguments("49 missing", ":49:WITHOUT\n", "", "49"),
        arguments("27 missing", ":27:1/1\n", "", "27"),
        arguments("27 not message 1", ":27:1/1", ":27:2/2", "27"),
        arguments("27 more than 8 messages", ":27:1/1", ":27:1/9", "27"),
        arguments("27 continued in MT701 not given", ":27:1/1", ":27:1/2", "27"),
        arguments("20 with //", ":20:LC26SH0417", ":20:LC26//0417", "20"),
        arguments("20 starting with /", ":20:LC26SH0417", ":20:/LC26SH0417", "20"),
        arguments("20 over 16 characters", ":20:LC26SH0417", ":20:LC26SH0417/2026/1", "20"),
        arguments("20 with # outside x", ":20:LC26SH0417", ":20:LC26#0417", "20"),
        arguments("31C month 13", ":31C:261205", ":31C:261332", "31C"),
        arguments("31D 30 February", ":31D:270315HAMBURG", ":31D:270230HAMBURG", "31D"),
        arguments("31D without place", ":31D:270315HAMBURG", ":31D:270315", "31D"),
        arguments("44C short date", ":44C:270228", ":44C:27022", "44C"),
        arguments("32B three decimals for USD", ":32B:USD250000,00", ":32B:USD250000,001", "32B"),
        arguments("32B decimals for JPY", ":32B:USD250000,00", ":32B:JPY250000,5", "32B"),
        arguments("32B unknown currency", ":32B:USD250000,00", ":32B:XYZ250000,00", "32B"),
        arguments("32B decimal point", ":32B:USD250000,00", ":32B:USD250000.00", "32B"),
        arguments("32B amount over 15 characters", ":32B:USD250000,00", ":32B:USD1234567890123,45", "32B"),
        arguments("39A three digits", ":39A:05/05", ":39A:5/100", "39A"),
        arguments("39A one percentage", ":39A:05/05", ":39A:5", "39A"),
        arguments("40A unknown form", ":40A:IRREVOCABLE", ":40A:REVOCABLE", "40A"),
        arguments("40E unknown rules", ":40E:UCP LATEST VERSION", ":40E:UCP 600", "40E"),
        arguments("40E words without OTHR", ":40E:UCP LATEST VERSION", ":40E:UCP LATEST VERSION/ICC 2007", "40E"),
        arguments("41D unknown availability", "BY NEGOTIATION", "BY CHEQUE", "41D"),
        arguments("43P unknown code", ":43P:NOT ALLOWED", ":43P:PERHAPS", "43P"),
        arguments("43T unknown code", ":43T:ALLOWED", ":43T:YES", "43T"),
        arguments("49 unknown code", ":49:WITHOUT", ":49:MAYBE", "49"),
        arguments("48 four digits", ":48:21/", ":48:1000/", "48"),
        arguments("50 line over 35", "SHANGHAI ORIENT TRADING CO., LTD.\n",
            "SHANGHAI ORIENT INTERNATIONAL TRADING CO., LTD.\n", "50"),
        arguments("50 five lines", "1288 PUDONG AVENUE\n", "BUILDING 7\n1288 PUDONG AVENUE\nPUDONG NEW AREA\n", "50"),
        arguments("45A 101 lines", ":45A:" + GOODS, ":45A:" + numberedLines("GOODS", 101, 60), "45A"),
        arguments("45A line of 66", "+CIF SHANGHAI INCOTERMS 2020", "+CIF SHANGHAI INCOTERMS 2020 " + "X".repeat(37),
            "45A"),
        arguments("45A euro sign outside z", "INCOTERMS 2020", "INCOTERMS 2020 EUR/€", "45A"),
        arguments("45A tilde outside z", "INCOTERMS 2020", "INCOTERMS 2020 ~", "45A"),
        arguments("45A line starting with -", "\n+CIF SHANGHAI", "\n-CIF SHANGHAI", "45A"),
        arguments("50 @ outside x", "1288 PUDONG AVENUE", "1288 PUDONG AVENUE @ PLAZA", "50"),
        arguments("50 umlaut outside x", "1288 PUDONG AVENUE", "1288 PUDONG AVENUE Ä", "50"),
        arguments("block 2 invalid BIC", "BKCHCNBJA300", "BKCH1NBJA300", "block 2"),
        arguments("block 1 invalid BIC", "{1:F01COBADEHHAXXX", "{1:F01COBAZZHHAXXX", "block 1"),
        arguments("41A invalid BIC", ":41D:ANY BANK", ":41A:COBAZZHH", "41A"),
        arguments("42A not a BIC", ":42A:BKCHCNBJ300", ":42A:BKCHCNB", "42A"),
        arguments("59 account fails the IBAN check", "/DE89370400440532013000", "/DE89370400440532013001", "59"),
        arguments("42C without drawee", ":42A:BKCHCNBJ300\n", "", "42a"),
        arguments("drafts and deferred payment", ":42A:BKCHCNBJ300\n", ":42A:BKCHCNBJ300\n:42P:AT 90 DAYS\n", "42P"),
        arguments("44C and 44D", ":44C:270228\n", ":44C:270228\n:44D:FEBRUARY 2027\n", "44D"),
        arguments("unknown field", ":49:WITHOUT\n", ":49:WITHOUT\n:99Z:SOMETHING\n", "99Z"),
        arguments("field twice", ":49:WITHOUT\n", ":49:WITHOUT\n:49:WITHOUT\n", "49"),
        arguments("fields out of order", ":40A:IRREVOCABLE\n:20:LC26SH0417", ":20:LC26SH0417\n:40A:IRREVOCABLE",
            "sequence"),
        arguments("field the credit has no place for", ":44C:270228", ":44D:FEBRUARY 2027", "44D"),
        arguments("text block over 10,000 characters", ":45A:" + GOODS,
            ":45A:" + numberedLines("GOODS", 100, 65) + "\n:46A:" + numberedLines("DOCUMENT", 100, 65)
                + "\n:47A:" + numberedLines("CONDITION", 100, 65), "message"),
        arguments("not a letter-of-credit message", "{2:O700", "{2:O103", "block 2"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenCopies")
  void brokenCopyIsRefusedNamingTheTag(String broken, String original, String replacement, String tag) {
    assertThat(MT700_RECEIVED).contains(original);
    String fin = MT700_RECEIVED.replace(original, replacement);

    assertThatThrownBy(() -> messages.readCredit(fin))
        .isInstanceOfSatisfying(SwiftMessageException.class, e -> assertThat(e.problems())
            .extracting(SwiftProblem::tag).contains(tag))
        .hasMessageContaining(tag + ": ");
  }

  @ParameterizedTest
  @ValueSource(strings = {"THIS IS NOT A SWIFT MESSAGE", "", "{4:\n:20:LC26SH0417\n-}", "{1:F01COBADEHHAXXX0000000000"})
  void textThatIsNotFinIsRefusedAsMessage(String text) {
    assertThatThrownBy(() -> messages.readCredit(text))
        .isInstanceOfSatisfying(SwiftMessageException.class, e -> assertThat(e.problems())
            .extracting(SwiftProblem::tag).containsExactly("message"));
  }

  @Test
  void amendmentRulesAreChecked() {
    String fin = messages.amend(new Amendment(ISSUING_BANK, "COBADEHH", "LC26SH0417", "NONREF",
        LocalDate.of(2026, 12, 5), 1, LocalDate.of(2027, 1, 20), "ISSU", "USD", new BigDecimal("25000.00"), null, null,
        null, "ALL OTHER TERMS AND CONDITIONS REMAIN UNCHANGED", null));

    assertThat(tags(fin.replace(":22A:ISSU", ":22A:AMND"))).containsExactly("22A");
    assertThat(tags(fin.replace(":32B:USD25000,\r\n", ":32B:USD25000,\r\n:33B:USD1000,\r\n"))).containsExactly("33B");
    assertThat(tags(fin.replace(":47B:/ADD/", ":47B:/APPEND/"))).containsExactly("47B");
    assertThat(tags(fin.replace(":26E:1\r\n", ":26E:1000\r\n"))).containsExactly("26E");
    assertThat(tags(fin.replace(":21:NONREF\r\n", ""))).containsExactly("21");
  }

  @Test
  void refusalRulesAreChecked() {
    String fin = messages.refuse(new Refusal(ISSUING_BANK, "DEUTDEFF500", "LC26SH0417", "NEG-2027-0311",
        LocalDate.of(2027, 3, 12), "USD", new BigDecimal("250000.00"), new BigDecimal("80.00"), discrepancies(),
        "/HOLD/DOCUMENTS HELD PENDING YOUR INSTRUCTIONS"));

    assertThat(tags(fin.replace(":33B:USD80,\r\n", ""))).containsExactly("33a");
    assertThat(tags(fin.replace(":33B:USD80,", ":33B:EUR80,"))).containsExactly("33a");
    assertThat(tags(fin.replace(":77B:/HOLD/", ":77B:/KEEP/"))).containsExactly("77B");
    assertThat(tags(fin.replace("//INSTRUCTIONS", "INSTRUCTIONS"))).containsExactly("77B");
    assertThat(tags(fin.replace(":32A:270312", ":32A:270332"))).containsExactly("32A");
  }

  @Test
  void discrepancyAdviceRulesAreChecked() {
    String fin = messages.adviseDiscrepancies(new DiscrepancyAdvice("DEUTDEFF500", ISSUING_BANK, "NEG-2027-0311",
        "LC26SH0417", "USD", new BigDecimal("250000.00"), new BigDecimal("80.00"), null, discrepancies()));

    assertThat(tags(fin.replace(":34B:USD249920,\r\n", ""))).containsExactly("34B");
    assertThat(tags(fin.replace(":34B:USD", ":34B:EUR"))).containsExactly("34B");
    assertThat(tags(fin.replace(":77J:", ":77J:" + "+X\r\n".repeat(70)))).containsExactly("77J");
    assertThat(tags(fin.replace(":20:NEG-2027-0311\r\n", ":20:NEG-2027-0311\r\n:27:1/1\r\n")))
        .containsExactly("27");
  }

  @Test
  void characterSetsAreSwifts() {
    assertThat(SwiftRules.isXCharacters("abc XYZ 0123456789 /-?:().,'+\r\n")).isTrue();
    assertThat(SwiftRules.isXCharacters("A@B")).isFalse();
    assertThat(SwiftRules.isXCharacters("FEE=USD80")).isFalse();
    assertThat(SwiftRules.isZCharacters("FEE=USD80; 100% \"A\" & <B> {C @D #E _F !G *H")).isTrue();
    assertThat(SwiftRules.isZCharacters("EUR/€")).isFalse();
    assertThat(SwiftRules.isZCharacters("A~B")).isFalse();
    assertThat(SwiftRules.isZCharacters("$100")).isFalse();
  }

  @Test
  void bicsAreCheckedForStructureAndCountry() {
    assertThat(SwiftRules.isBic("BKCHCNBJ")).isTrue();
    assertThat(SwiftRules.isBic("BKCHCNBJ300")).isTrue();
    assertThat(SwiftRules.isBic("BKCHZZBJ")).isFalse();
    assertThat(SwiftRules.isBic("BKCHCNBJ30")).isFalse();
    assertThat(SwiftRules.isBic("bkchcnbj")).isFalse();
    assertThat(SwiftRules.isBic("ANY BANK")).isFalse();
    assertThat(SwiftRules.isBic(null)).isFalse();
  }

  @Test
  void textIsWrappedAtWordsKeepingGivenLines() {
    assertThat(SwiftRules.lines("SHANGHAI ORIENT TRADING CO., LTD. 1288 PUDONG AVENUE\nSHANGHAI", 35))
        .containsExactly("SHANGHAI ORIENT TRADING CO., LTD.", "1288 PUDONG AVENUE", "SHANGHAI");
    assertThat(SwiftRules.lines("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 10))
        .containsExactly("ABCDEFGHIJ", "KLMNOPQRST", "UVWXYZ");
    assertThat(SwiftRules.lines("COVERING ALL RISKS -INCLUDING WAR", 20))
        .containsExactly("COVERING ALL", "RISKS -INCLUDING WAR");
    assertThat(SwiftRules.lines("FIRST\n\nSECOND", 35)).containsExactly("FIRST", "SECOND");
    assertThat(SwiftRules.lines(null, 35)).isEmpty();
  }

  @Test
  void fitsSaysWhatDoesNotFit() {
    assertThat(SwiftRules.fits("SHANGHAI ORIENT TRADING CO., LTD.\n1288 PUDONG AVENUE", 4, 35, 'x')).isNull();
    assertThat(SwiftRules.fits("A\nB\nC\nD\nE", 4, 35, 'x')).contains("5 lines, at most 4");
    assertThat(SwiftRules.fits("JOHN@EXAMPLE.COM", 4, 35, 'x')).contains("'@'", "x character set");
    assertThat(SwiftRules.fits("JOHN@EXAMPLE.COM", 4, 35, 'z')).isNull();
    assertThat(SwiftRules.fits("PRICE €100", 100, 65, 'z')).contains("U+20AC");
    assertThat(SwiftRules.fits("-ITEM ONE", 100, 65, 'z')).contains("starts with '-'");
    assertThat(SwiftRules.fits("", 4, 35, 'x')).contains("is empty");
  }

  private static List<String> tags(String fin) {
    return SwiftRules.check(fin).stream().map(SwiftProblem::tag).toList();
  }
}
