package com.scfengine.swift;

import static java.util.Map.entry;

import com.prowidesoftware.swift.model.IBAN;
import com.scfengine.money.Money;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The format of each field the letter-of-credit messages carry, per the SR2024 standard: length and lines, character
 * set, dates, currencies and amounts, BICs and the code lists. A check returns what is wrong in words, without the
 * tag; {@link MessageType} says which fields a message has.
 */
final class FieldFormats {

  /** FIN dates: YYMMDD, years 2000-2099. */
  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuMMdd").withResolverStyle(ResolverStyle.STRICT);

  static final List<String> AVAILABLE_BY =
      List.of("BY ACCEPTANCE", "BY DEF PAYMENT", "BY MIXED PYMT", "BY NEGOTIATION", "BY PAYMENT");

  static final List<String> AMENDMENT_CODES = List.of("ADD", "DELETE", "REPALL");

  private static final List<String> APPLICABLE_RULES = List.of("EUCP LATEST VERSION", "EUCPURR LATEST VERSION",
      "ISP LATEST VERSION", "OTHR", "UCP LATEST VERSION", "UCPURR LATEST VERSION");

  private static final List<String> SHIPMENT_CODES = List.of("ALLOWED", "CONDITIONAL", "NOT ALLOWED");

  private static final List<String> DISPOSAL_CODES = List.of("HOLD", "NOTIFY", "PREVINST", "RETURN");

  private static final Pattern AMOUNT = Pattern.compile("\\d+,\\d*");
  private static final Pattern CURRENCY_AMOUNT = Pattern.compile("([A-Z]{3})(.*)", Pattern.DOTALL);
  private static final Pattern TOLERANCE = Pattern.compile("\\d{1,2}/\\d{1,2}");
  private static final Pattern PRESENTATION = Pattern.compile("(\\d{1,3})(?:/(.*))?");
  private static final Pattern LOOKS_LIKE_IBAN = Pattern.compile("[A-Z]{2}\\d{2}[A-Z0-9]{11,30}");
  private static final Pattern LINE_CODE = Pattern.compile("/([^/]*)/.*");

  /** Checks the lines of one field value and adds what is wrong. */
  @FunctionalInterface
  private interface Format {
    void check(List<String> lines, List<String> problems);
  }

  private static final Map<String, Format> FORMATS = Map.ofEntries(
      entry("20", FieldFormats::reference),
      entry("21", FieldFormats::reference),
      entry("23", FieldFormats::reference),
      entry("22A", code(List.of("ACNF", "ICCF", "ISSU"))),
      entry("23S", code(List.of("CANCEL"))),
      entry("26E", oneLine(Pattern.compile("\\d{1,3}"), "a number of up to 3 digits (3n)")),
      entry("27", oneLine(Pattern.compile("\\d/\\d"), "message number/total, one digit each (1!n/1!n)")),
      entry("30", FieldFormats::date),
      entry("31C", FieldFormats::date),
      entry("44C", FieldFormats::date),
      entry("31D", FieldFormats::dateAndPlace),
      entry("32A", FieldFormats::dateCurrencyAmount),
      entry("33A", FieldFormats::dateCurrencyAmount),
      entry("32B", FieldFormats::currencyAmount),
      entry("33B", FieldFormats::currencyAmount),
      entry("34B", FieldFormats::currencyAmount),
      entry("39A", oneLine(TOLERANCE, "plus/minus percentages of up to 2 digits each (2n/2n), e.g. 10/10")),
      entry("39C", text(4, 35, 'x')),
      entry("40A", code(List.of("IRREVOCABLE", "IRREVOCABLE TRANSFERABLE"))),
      entry("40E", FieldFormats::applicableRules),
      entry("41A", FieldFormats::availableWithBank),
      entry("41D", FieldFormats::availableWithName),
      entry("42A", FieldFormats::partyWithBic),
      entry("42C", text(3, 35, 'x')),
      entry("42D", FieldFormats::partyWithName),
      entry("42M", text(4, 35, 'x')),
      entry("42P", text(4, 35, 'x')),
      entry("43P", code(SHIPMENT_CODES)),
      entry("43T", code(SHIPMENT_CODES)),
      entry("44A", text(1, 140, 'z')),
      entry("44B", text(1, 140, 'z')),
      entry("44D", text(6, 65, 'x')),
      entry("44E", text(1, 140, 'z')),
      entry("44F", text(1, 140, 'z')),
      entry("45A", text(100, 65, 'z')),
      entry("46A", text(100, 65, 'z')),
      entry("47A", text(100, 65, 'z')),
      entry("49G", text(100, 65, 'z')),
      entry("49H", text(100, 65, 'z')),
      entry("45B", FieldFormats::amendedText),
      entry("46B", FieldFormats::amendedText),
      entry("47B", FieldFormats::amendedText),
      entry("49M", FieldFormats::amendedText),
      entry("49N", FieldFormats::amendedText),
      entry("48", FieldFormats::presentationPeriod),
      entry("49", code(List.of("CONFIRM", "MAY ADD", "WITHOUT"))),
      entry("50", text(4, 35, 'x')),
      entry("50B", text(4, 35, 'x')),
      entry("51A", FieldFormats::partyWithBic),
      entry("51D", FieldFormats::partyWithName),
      entry("52A", FieldFormats::partyWithBic),
      entry("52D", FieldFormats::partyWithName),
      entry("53A", FieldFormats::partyWithBic),
      entry("53D", FieldFormats::partyWithName),
      entry("57A", FieldFormats::partyWithBic),
      entry("57B", FieldFormats::partyWithLocation),
      entry("57D", FieldFormats::partyWithName),
      entry("58A", FieldFormats::partyWithBic),
      entry("58D", FieldFormats::partyWithName),
      entry("59", FieldFormats::beneficiary),
      entry("71D", text(6, 35, 'z')),
      entry("71N", FieldFormats::chargesPayableBy),
      entry("72Z", text(6, 35, 'z')),
      entry("73A", text(6, 35, 'z')),
      entry("77B", FieldFormats::disposal),
      entry("77J", text(70, 50, 'z')),
      entry("78", text(12, 65, 'x')),
      entry("79Z", text(35, 50, 'z')));

  private FieldFormats() {}

  /** What is wrong with the value of a field, in words; empty when it is right. */
  static List<String> check(String tag, String value) {
    List<String> problems = new ArrayList<>();
    Format format = FORMATS.get(tag);
    if (format == null) {
      problems.add("is not a field of the letter-of-credit messages");
    } else {
      format.check(Texts.finLines(value), problems);
    }
    return problems;
  }

  /** A FIN date (YYMMDD) as a date, or null if it is none. */
  static LocalDate date(String yymmdd) {
    try {
      return yymmdd == null || yymmdd.length() != 6 ? null : LocalDate.parse(yymmdd, DATE);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** A well-formed IBAN-looking account that fails the IBAN check, in words, or null. */
  static String ibanProblem(String account) {
    if (account != null && LOOKS_LIKE_IBAN.matcher(account).matches() && !new IBAN(account).isValid()) {
      return "account " + account + " looks like an IBAN but its country, length or check digits are wrong";
    }
    return null;
  }

  private static Format text(int maxLines, int width, char charset) {
    return (lines, problems) -> problems.addAll(Texts.problems(lines, maxLines, width, charset));
  }

  private static Format oneLine(Pattern pattern, String expected) {
    return (lines, problems) -> {
      String line = single(lines, problems);
      if (line != null && !pattern.matcher(line).matches()) {
        problems.add(Texts.quoted(line) + " is not " + expected);
      }
    };
  }

  private static Format code(List<String> codes) {
    return (lines, problems) -> {
      String line = single(lines, problems);
      if (line != null && !codes.contains(line)) {
        problems.add(Texts.quoted(line) + " is not one of " + String.join(", ", codes));
      }
    };
  }

  /** The one line of a single-line field, or null after adding the problem. */
  private static String single(List<String> lines, List<String> problems) {
    if (lines.isEmpty() || lines.get(0).isEmpty()) {
      problems.add("is empty");
      return null;
    }
    if (lines.size() > 1) {
      problems.add("has " + lines.size() + " lines, one allowed");
      return null;
    }
    return lines.get(0);
  }

  /** 16x: a reference, which must not start or end with '/' nor contain '//'. */
  private static void reference(List<String> lines, List<String> problems) {
    problems.addAll(Texts.problems(lines, 1, 16, 'x'));
    if (lines.size() == 1) {
      String reference = lines.get(0);
      if (reference.startsWith("/") || reference.endsWith("/")) {
        problems.add(Texts.quoted(reference) + " must not start or end with '/'");
      }
      if (reference.contains("//")) {
        problems.add(Texts.quoted(reference) + " must not contain '//'");
      }
    }
  }

  private static void date(List<String> lines, List<String> problems) {
    String line = single(lines, problems);
    if (line != null) {
      dateProblem(line, problems);
    }
  }

  private static void dateProblem(String yymmdd, List<String> problems) {
    if (date(yymmdd) == null) {
      problems.add(Texts.quoted(yymmdd) + " is not a valid date YYMMDD");
    }
  }

  /** 6!n29x: expiry date and place. */
  private static void dateAndPlace(List<String> lines, List<String> problems) {
    String line = single(lines, problems);
    if (line == null) {
      return;
    }
    dateProblem(line.substring(0, Math.min(6, line.length())), problems);
    String place = line.length() > 6 ? line.substring(6) : "";
    if (place.isBlank()) {
      problems.add("the place after the date is missing");
    } else {
      Texts.problems(List.of(place), 1, 29, 'x').forEach(p -> problems.add("the place " + p));
    }
  }

  /** 6!n3!a15d. */
  private static void dateCurrencyAmount(List<String> lines, List<String> problems) {
    String line = single(lines, problems);
    if (line != null) {
      dateProblem(line.substring(0, Math.min(6, line.length())), problems);
      currencyAmount(line.length() > 6 ? line.substring(6) : "", problems);
    }
  }

  /** 3!a15d. */
  private static void currencyAmount(List<String> lines, List<String> problems) {
    String line = single(lines, problems);
    if (line != null) {
      currencyAmount(line, problems);
    }
  }

  private static void currencyAmount(String value, List<String> problems) {
    Matcher matcher = CURRENCY_AMOUNT.matcher(value);
    if (!matcher.matches()) {
      problems.add(Texts.quoted(value) + " does not start with a 3-letter currency code");
      return;
    }
    String currency = matcher.group(1);
    String amount = matcher.group(2);
    boolean knownCurrency = Money.isKnownCurrency(currency);
    if (!knownCurrency) {
      problems.add(currency + " is not an ISO 4217 currency");
    }
    if (!AMOUNT.matcher(amount).matches()) {
      problems.add("amount " + Texts.quoted(amount) + " must be digits with a decimal comma, e.g. 1500,00");
      return;
    }
    if (amount.length() > 15) {
      problems.add("amount " + amount + " has " + amount.length() + " characters, at most 15 with the comma");
    }
    int decimals = amount.length() - amount.indexOf(',') - 1;
    if (knownCurrency && decimals > Money.scale(currency)) {
      problems.add("amount " + amount + " has " + decimals + " decimals, " + currency + " has "
          + Money.scale(currency));
    }
  }

  /** 30x[/35x]: the rules, words only with OTHR. */
  private static void applicableRules(List<String> lines, List<String> problems) {
    String line = single(lines, problems);
    if (line == null) {
      return;
    }
    int slash = line.indexOf('/');
    String rules = slash < 0 ? line : line.substring(0, slash);
    if (!APPLICABLE_RULES.contains(rules)) {
      problems.add(Texts.quoted(rules) + " is not one of " + String.join(", ", APPLICABLE_RULES));
    }
    if (slash >= 0) {
      String narrative = line.substring(slash + 1);
      if (!"OTHR".equals(rules)) {
        problems.add("words after the rules are only allowed with OTHR");
      }
      Texts.problems(List.of(narrative), 1, 35, 'x').forEach(p -> problems.add("the words " + p));
    }
  }

  /** 41A: 4!a2!a2!c[3!c] then 14x, the way the credit is available. */
  private static void availableWithBank(List<String> lines, List<String> problems) {
    if (lines.size() != 2) {
      problems.add("must be two lines: the bank's BIC and how the credit is available");
      return;
    }
    bicProblem(lines.get(0), problems);
    availableByProblem(lines.get(1), problems);
  }

  /** 41D: 4*35x then 14x. */
  private static void availableWithName(List<String> lines, List<String> problems) {
    if (lines.size() < 2) {
      problems.add("must be the bank's name (up to 4 lines) and then how the credit is available");
      return;
    }
    problems.addAll(Texts.problems(lines.subList(0, lines.size() - 1), 4, 35, 'x'));
    availableByProblem(lines.get(lines.size() - 1), problems);
  }

  private static void availableByProblem(String code, List<String> problems) {
    if (!AVAILABLE_BY.contains(code)) {
      problems.add(Texts.quoted(code) + " is not one of " + String.join(", ", AVAILABLE_BY));
    }
  }

  private static void bicProblem(String bic, List<String> problems) {
    if (!SwiftRules.isBic(bic)) {
      problems.add(Texts.quoted(bic) + " is not a BIC");
    }
  }

  /** Option A: [/1!a][/34x] then a BIC. */
  private static void partyWithBic(List<String> lines, List<String> problems) {
    if (lines.isEmpty() || lines.size() > 2) {
      problems.add("must be a BIC, after an optional line with the party identifier");
      return;
    }
    if (lines.size() == 2) {
      partyIdentifierProblem(lines.get(0), problems);
    }
    bicProblem(lines.get(lines.size() - 1), problems);
  }

  /** Option D: [/1!a][/34x] then 4*35x. */
  private static void partyWithName(List<String> lines, List<String> problems) {
    List<String> name = lines;
    if (!lines.isEmpty() && lines.get(0).startsWith("/")) {
      partyIdentifierProblem(lines.get(0), problems);
      name = lines.subList(1, lines.size());
    }
    problems.addAll(Texts.problems(name, 4, 35, 'x'));
  }

  /** Option B: [/1!a][/34x] then [35x], a location. */
  private static void partyWithLocation(List<String> lines, List<String> problems) {
    List<String> location = lines;
    if (!lines.isEmpty() && lines.get(0).startsWith("/")) {
      partyIdentifierProblem(lines.get(0), problems);
      location = lines.subList(1, lines.size());
    }
    if (!location.isEmpty()) {
      problems.addAll(Texts.problems(location, 1, 35, 'x'));
    }
  }

  private static void partyIdentifierProblem(String line, List<String> problems) {
    boolean withMark = line.length() > 2 && line.charAt(2) == '/';
    int max = withMark ? 37 : 35;
    if (!line.startsWith("/") || line.length() < 2 || line.length() > max
        || Texts.firstOutside(line, 'x') != null) {
      problems.add("party identifier " + Texts.quoted(line) + " must be [/1!a][/34x]");
    }
  }

  /** 59: [/34x] then 4*35x, an account that looks like an IBAN must be one. */
  private static void beneficiary(List<String> lines, List<String> problems) {
    List<String> name = lines;
    if (!lines.isEmpty() && lines.get(0).startsWith("/")) {
      String account = lines.get(0).substring(1);
      Texts.problems(List.of(account), 1, 34, 'x').forEach(p -> problems.add("the account " + p));
      String iban = ibanProblem(account);
      if (iban != null) {
        problems.add(iban);
      }
      name = lines.subList(1, lines.size());
    }
    problems.addAll(Texts.problems(name, 4, 35, 'x'));
  }

  /** 3n[/35x]. */
  private static void presentationPeriod(List<String> lines, List<String> problems) {
    String line = single(lines, problems);
    if (line == null) {
      return;
    }
    Matcher matcher = PRESENTATION.matcher(line);
    if (!matcher.matches()) {
      problems.add(Texts.quoted(line) + " is not days (up to 3 digits) and optionally /words (3n[/35x])");
    } else if (matcher.group(2) != null) {
      Texts.problems(List.of(matcher.group(2)), 1, 35, 'x').forEach(p -> problems.add("the words " + p));
    }
  }

  /** 45B, 46B, 47B, 49M, 49N: 100*65z, lines that start with /ADD/, /DELETE/ or /REPALL/ and their continuation. */
  private static void amendedText(List<String> lines, List<String> problems) {
    problems.addAll(Texts.problems(lines, 100, 65, 'z'));
    if (lines.isEmpty()) {
      return;
    }
    if (!lines.get(0).startsWith("/")) {
      problems.add("must start with /ADD/, /DELETE/ or /REPALL/");
    }
    Set<String> used = new TreeSet<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith("/")) {
        Matcher matcher = LINE_CODE.matcher(lines.get(i));
        String code = matcher.matches() ? matcher.group(1) : "";
        if (!AMENDMENT_CODES.contains(code)) {
          problems.add("line " + (i + 1) + " starts with '/' but not with /ADD/, /DELETE/ or /REPALL/");
        } else {
          used.add(code);
        }
      }
    }
    if (used.contains("REPALL") && used.size() > 1) {
      problems.add("/REPALL/ replaces all the text: no other code may be used with it");
    }
  }

  /** 71N: APPL, BENE or OTHR, words (6*35z) only with OTHR. */
  private static void chargesPayableBy(List<String> lines, List<String> problems) {
    if (lines.isEmpty() || !List.of("APPL", "BENE", "OTHR").contains(lines.get(0))) {
      problems.add("must start with APPL, BENE or OTHR");
      return;
    }
    List<String> words = lines.subList(1, lines.size());
    if (!words.isEmpty()) {
      if (!"OTHR".equals(lines.get(0))) {
        problems.add("words are only allowed with OTHR");
      }
      Texts.problems(words, 6, 35, 'z').forEach(p -> problems.add("the words " + p));
    }
  }

  /** 77B: /HOLD/, /NOTIFY/, /PREVINST/ or /RETURN/ and words, lines 2-3 continue with //, 3*35x. */
  private static void disposal(List<String> lines, List<String> problems) {
    problems.addAll(Texts.problems(lines, 3, 35, 'x'));
    if (lines.isEmpty()) {
      return;
    }
    Matcher matcher = LINE_CODE.matcher(lines.get(0));
    if (!matcher.matches() || !DISPOSAL_CODES.contains(matcher.group(1))) {
      problems.add("must start with one of /" + String.join("/, /", DISPOSAL_CODES) + "/");
    }
    for (int i = 1; i < lines.size(); i++) {
      if (!lines.get(i).startsWith("//")) {
        problems.add("line " + (i + 1) + " must continue with '//'");
      }
    }
  }
}
